/**
 * The pipeline's own costs, measured in one run and printed as figures and ratios:
 * - snapshot: building a snapshot of a real 160 KB อบต. home page, against cheerio's parse alone;
 * - crawl vs re-judge: crawling the demo site on 127.0.0.1 against judging the stored snapshots again
 *   (the design promise: a new checklist or as-of date needs no new crawl);
 * - snapshot size: stored JSON bytes per page against the page's HTML bytes.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { load } from 'cheerio';
import { auditSite } from '../lib/audit/audit-site.ts';
import { builtInConcepts, getChecklist } from '../lib/checklist/built-in-checklists.ts';
import { createCrawler } from '../lib/crawl/crawler.ts';
import { createSiteScope } from '../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../lib/snapshot/build-snapshot.ts';
import { DEMO_AS_OF, DEMO_SITE_DIR } from '../tests/support/run-demo.ts';
import { serveSite } from '../tests/support/site-server.ts';
import { parseIsoDate } from '../lib/thai/fiscal-year.ts';
import type { BenchResult } from './run.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeIt(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function benchPipeline(): Promise<BenchResult[]> {
  const html = readFileSync(new URL('../tests/fixtures/realworld/phukradungsao-home.html', import.meta.url), 'utf8');
  const url = 'https://phukradungsao.go.th/public/';
  const site = createSiteScope(url);
  const input = { url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 0, fetchedAt: new Date().toISOString(), site };
  const parseMs = timeIt(15, () => void load(html));
  const snapshotMs = timeIt(15, () => void buildSnapshot(input));
  const snapshot = buildSnapshot(input);
  const snapshotBytes = Buffer.byteLength(JSON.stringify(snapshot));

  const served = await serveSite(DEMO_SITE_DIR);
  const crawlStart = performance.now();
  const crawl = await createCrawler({ fetch, clock: Date.now }).run({ startUrl: served.url, delayMs: 0, maxPages: 200 });
  const crawlMs = performance.now() - crawlStart;
  await served.close();
  const checklist = getChecklist('ita-2569');
  const asOf = parseIsoDate(DEMO_AS_OF);
  if (!checklist || !asOf) throw new Error('demo checklist or date missing');
  const judgeMs = timeIt(9, () => void auditSite({ crawl, checklist, concepts: builtInConcepts.concepts, asOf, generatedAt: '' }));

  return [
    { name: 'snapshot of a 160 KB home page', value: snapshotMs, unit: 'ms' },
    { name: 'snapshot ÷ cheerio parse alone', value: snapshotMs / parseMs, unit: '×', target: '≤ 4' },
    { name: 'snapshot JSON ÷ page HTML', value: snapshotBytes / Buffer.byteLength(html), unit: '×', target: '≤ 1' },
    { name: `crawl demo site (${crawl.pages.length} pages, ${crawl.documents.length} docs, 0 ms delay)`, value: crawlMs, unit: 'ms' },
    { name: 'judge stored snapshots again', value: judgeMs, unit: 'ms' },
    { name: 're-judge speed-up over crawling again', value: crawlMs / judgeMs, unit: '×', target: '≥ 10' },
  ];
}
