import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { type ReportStore, createIdbReportStore, createMemoryReportStore } from '../../lib/extension/report-store.ts';
import type { CrawlData } from '../../lib/audit/site-index.ts';
import { makeItem, makeReport } from '../ui/make-report.ts';

const A = 'https://a.go.th';
const B = 'https://b.go.th';
const at = (n: number): string => `2026-05-${String(n).padStart(2, '0')}T00:00:00.000Z`;
const crawl: CrawlData = { startUrl: `${A}/`, homeUrl: `${A}/`, pages: [], documents: [], failures: [], stoppedBy: 'done', elapsedMs: 5, pending: [] };

let n = 0;
const stores: [string, () => ReportStore][] = [
  ['IndexedDB', () => createIdbReportStore(indexedDB, { dbName: `history-test-${n++}` })],
  ['memory', () => createMemoryReportStore()],
];

describe.each(stores)('%s report store', (_name, make) => {
  it('keeps every audit of a site newest first, at most the limit, per site', async () => {
    const store = make();
    for (const day of [1, 3, 2, 4]) await store.add(makeReport([makeItem('O1', 'pass')], { site: A, generatedAt: at(day) }), 3);
    await store.add(makeReport([makeItem('O1', 'missing')], { site: B, generatedAt: at(9) }), 3);
    expect((await store.list(A)).map((r) => r.generatedAt)).toEqual([at(4), at(3), at(2)]);
    expect((await store.list(B)).map((r) => r.items[0]?.status)).toEqual(['missing']);
    expect(await store.sites()).toEqual([A, B]);
    await store.trimAll(1);
    expect((await store.list(A)).map((r) => r.generatedAt)).toEqual([at(4)]);
    await store.close();
  });

  it('keeps the crawl of the latest audit for re-judging', async () => {
    const store = make();
    expect(await store.latestCrawl(A)).toBeNull();
    await store.add(makeReport([], { site: A, generatedAt: at(1) }), 5, { ...crawl, elapsedMs: 1 });
    await store.add(makeReport([], { site: A, generatedAt: at(2) }), 5, crawl);
    expect(await store.latestCrawl(A)).toEqual(crawl);
    await store.close();
  });
});

describe('IndexedDB report store', () => {
  it('skips stored records that no longer parse', async () => {
    const dbName = 'history-corrupt';
    const store = createIdbReportStore(indexedDB, { dbName });
    await store.add(makeReport([], { site: A, generatedAt: at(1) }), 5);
    await store.close();
    const raw = indexedDB.open(dbName, 1);
    await new Promise((resolve) => (raw.onsuccess = resolve));
    const tx = raw.result.transaction('reports', 'readwrite');
    tx.objectStore('reports').put({ not: 'a report' }, [A, at(2)]);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    raw.result.close();
    const again = createIdbReportStore(indexedDB, { dbName });
    expect((await again.list(A)).map((r) => r.generatedAt)).toEqual([at(1)]);
    await again.close();
  });
});
