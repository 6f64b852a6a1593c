/**
 * What a crawled page's two writes cost to serialise, before and after branch perf20, on the generated site's pages
 * (bench/generated-site.ts): the spill to the snapshot store and the checkpoint journal's line. Before: each write
 * serialised the page (`JSON.stringify(page)`, then `JSON.stringify(delta)` with the page in it). After: the spill's
 * text is spliced into the journal line (`journalLine(delta, [text])`). Checks that both give the same line, then
 * times both ways, each text then encoded to UTF-8 as its write does, in alternating rounds (CPU time of this process; fastest and median round), one page per save as a
 * crawl at 4 at a time mostly saves. Run: node bin/run-ts.mjs bench/page-serialise.ts [rounds]
 */
import { performance } from 'node:perf_hooks';
import { CHECKPOINT_VERSION, type CheckpointDelta, journalLine } from '../lib/crawl/checkpoint.ts';
import { createSiteScope } from '../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../lib/snapshot/build-snapshot.ts';
import type { PageSnapshot } from '../lib/snapshot/page-snapshot.ts';
import { renderPage, samplePaths } from './generated-site.ts';

const PAGES = 600;
const base = 'http://127.0.0.1:8080';
const pages: PageSnapshot[] = samplePaths(PAGES).flatMap((p) => {
  const [pathname = '', search = ''] = p.split('?');
  const html = renderPage(PAGES, pathname, search ? `?${search}` : '');
  if (!html) return [];
  const url = base + p;
  return [buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 1, fetchedAt: '2026-12-05T00:00:00.000Z', site: createSiteScope(url) })];
});

const delta = (page: PageSnapshot, i: number): CheckpointDelta => ({
  version: CHECKPOINT_VERSION,
  startUrl: `${base}/`,
  homeUrl: `${base}/`,
  pages: [page],
  documents: [],
  failures: [],
  skipped: [],
  notes: [],
  queued: [{ url: `${base}/q${i}`, key: `127.0.0.1:8080/q${i}`, kind: 'page', depth: 2, label: 'ถัดไป', tier: 2, year: 0, seq: i, parent: page.url }],
  done: [page.url],
  seq: i,
  traps: {},
  counters: { pagesRequested: i, documentsRequested: 0 },
  elapsedMs: i,
  savedAt: '2026-12-06T00:00:00.000Z',
});
const deltas = pages.map(delta);

let same = 0;
for (const d of deltas) if (journalLine(d, [JSON.stringify(d.pages[0])]) === `${JSON.stringify(d)}\n`) same += 1;
let bytes = 0;
for (const p of pages) bytes += JSON.stringify(p).length;
console.log(`${pages.length} generated pages, ${Math.round(bytes / pages.length)} characters of JSON each on average; journal lines identical both ways: ${same} of ${deltas.length}`);

let sink = 0;
// Both texts encoded as the writes encode them (the spill's TextEncoder, fs.appendFile's Buffer.from), so a spliced
// line's flattening is counted.
const encoder = new TextEncoder();
const before = (): void => {
  for (const d of deltas) {
    const spill = `${JSON.stringify(d.pages[0])}\n`;
    const line = `${JSON.stringify(d)}\n`;
    sink += encoder.encode(spill).length + Buffer.from(line, 'utf8').length;
  }
};
const after = (): void => {
  for (const d of deltas) {
    const text = JSON.stringify(d.pages[0]);
    const spill = `${text}\n`;
    const line = journalLine(d, [text]);
    sink += encoder.encode(spill).length + Buffer.from(line, 'utf8').length;
  }
};
const cpuMs = (fn: () => void): number => {
  const c = process.cpuUsage();
  fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const rounds = Number(process.argv[2] ?? 20);
const times: Record<'before' | 'after', number[]> = { before: [], after: [] };
for (let r = 0; r < rounds; r += 1) {
  for (const [name, fn] of r % 2 === 0 ? ([['before', before], ['after', after]] as const) : ([['after', after], ['before', before]] as const)) times[name].push(cpuMs(fn) / pages.length);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const name of ['before', 'after'] as const) console.log(`${name}: per page fastest ${Math.min(...times[name]).toFixed(3)} ms, median ${median(times[name]).toFixed(3)} ms`);
console.log(`after ÷ before, median: ${(median(times.after) / median(times.before)).toFixed(2)} (${sink > 0 ? 'ok' : ''})`);
