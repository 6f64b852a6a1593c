/**
 * What a crawled page's two writes cost to serialise, before and after branch perf20, on the generated site's pages
 * (bench/generated-site.ts): the spill to the snapshot store and the checkpoint journal's line. Before: each write
 * serialised and encoded the page (the spill's UTF-8 of `JSON.stringify(page)`, then `JSON.stringify(delta)` with the
 * page in it, encoded by fs.appendFile). After: the spill's bytes are copied into the journal line's
 * (`journalBytes(delta, [bytes])`). Checks that both give the same bytes, then times both ways in alternating rounds (CPU time of this process; fastest and median round), one page per save as a
 * crawl at 4 at a time mostly saves. Run: node bin/run-ts.mjs bench/page-serialise.ts [rounds]
 */
import { CHECKPOINT_VERSION, type CheckpointDelta, journalBytes, journalLine } from '../lib/crawl/checkpoint.ts';
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

const encoder = new TextEncoder();
const spillBytes = (page: PageSnapshot | undefined): Uint8Array => encoder.encode(`${JSON.stringify(page)}\n`);
let same = 0;
for (const d of deltas) {
  const spilled = spillBytes(d.pages[0]);
  if (Buffer.from(journalBytes({ ...d, pages: [spilled.subarray(0, spilled.length - 1)] })).equals(Buffer.from(journalLine(d), 'utf8'))) same += 1;
}
let bytes = 0;
for (const p of pages) bytes += JSON.stringify(p).length;
console.log(`${pages.length} generated pages, ${Math.round(bytes / pages.length)} characters of JSON each on average; journal lines identical both ways: ${same} of ${deltas.length}`);

let sink = 0;
const before = (): void => {
  for (const d of deltas) {
    // As main writes them: the spill's bytes, and the journal line, which fs.appendFile encodes to UTF-8.
    const spill = spillBytes(d.pages[0]);
    const line = Buffer.from(`${JSON.stringify(d)}\n`, 'utf8');
    sink += spill.length + line.length;
  }
};
const after = (): void => {
  for (const d of deltas) {
    const spill = spillBytes(d.pages[0]);
    const line = journalBytes({ ...d, pages: [spill.subarray(0, spill.length - 1)] });
    sink += spill.length + line.length;
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
