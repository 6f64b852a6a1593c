import { afterEach, describe, expect, it } from 'vitest';
import { createCrawler, type CrawlOptions, type CrawlProgress } from '../../lib/crawl/crawler.ts';
import { abortableSleep } from '../../lib/crawl/sleep.ts';
import { urlKey } from '../../lib/crawl/url-key.ts';
import { type FaultServer, html, htmlPage, slow, startFaultServer, text } from '../support/fault-server.ts';

let server: FaultServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const FAST: Partial<CrawlOptions> = { delayMs: 0, retryBaseMs: 10, requestTimeoutMs: 2000, failurePauseMs: 20 };

function crawler(extra: { sleeps?: number[] } = {}) {
  return createCrawler({
    fetch: globalThis.fetch.bind(globalThis),
    clock: () => Date.now(),
    sleep: (ms, signal) => {
      extra.sleeps?.push(ms);
      return abortableSleep(ms, signal);
    },
  });
}

function noDuplicateGets(s: FaultServer): string[] {
  const seen = new Map<string, number>();
  for (const { method, path } of s.log) {
    if (method !== 'GET') continue;
    const k = urlKey(new URL(path, s.origin));
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

describe('crawl bounds and traps', () => {
  it('caps an endless calendar, endless pagination, a list that adds nothing and a chain of one URL pattern', async () => {
    server = await startFaultServer({
      '/': html(
        htmlPage('home', [
          ['/cal?month=1', 'ปฏิทินกิจกรรม'],
          ['/list?page=1', 'ข่าวประชาสัมพันธ์'],
          ['/empty?page=1', 'รายการว่าง'],
          ['/seq/1/view', 'บทความ'],
        ]),
      ),
      '/cal': html(({ url }) => {
        const m = Number(url.searchParams.get('month'));
        return htmlPage(`month ${m}`, [
          [`/cal?month=${m + 1}`, 'เดือนถัดไป'],
          [`/cal?month=${m - 1}`, 'เดือนก่อน'],
        ]);
      }),
      '/list': html(({ url }) => {
        const p = Number(url.searchParams.get('page'));
        return htmlPage(`list ${p}`, [
          [`/item?id=${p * 10}`, `ข่าว ${p * 10}`],
          [`/item?id=${p * 10 + 1}`, `ข่าว ${p * 10 + 1}`],
          [`/list?page=${p + 1}`, 'ต่อไป'],
        ]);
      }),
      '/item': html(({ url }) => htmlPage(`item ${url.searchParams.get('id')}`)),
      '/empty': html(({ url }) => htmlPage('empty list', [[`/empty?page=${Number(url.searchParams.get('page')) + 1}`, 'ต่อไป']])),
      '/seq/': html('unused'),
    }, (req, res) => {
      const m = /^\/seq\/(\d+)\/view$/.exec(req.url ?? '');
      if (!m) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(htmlPage(`seq ${m[1]}`, [[`/seq/${Number(m[1]) + 1}/view`, 'ถัดไป']]));
    });
    const result = await crawler().run({
      startUrl: `${server.origin}/`,
      ...FAST,
      maxPages: 100,
      maxDepth: 50,
      traps: { calendarPages: 12, paginationPages: 5, patternChain: 10 },
    });
    expect(result.stoppedBy).toBe('done');
    expect(result.pages.length).toBeLessThanOrEqual(100);
    expect(server.pathHits('GET', '/cal')).toBe(12);
    // page 1, linked by name from home, is a content page; pages 2-6 reached by 'ต่อไป' are the 5 capped list pages
    expect(server.pathHits('GET', '/list')).toBe(6);
    expect(server.pathHits('GET', '/item')).toBe(12);
    // page 2 of /empty added no new links: page 3 is never fetched
    expect(server.pathHits('GET', '/empty')).toBe(2);
    expect(server.log.filter((l) => l.path.startsWith('/seq/')).length).toBe(11); // 1 from home + 10 chained
    expect(noDuplicateGets(server)).toEqual([]);
    expect(result.skipped.some((s) => s.reason.startsWith('calendar'))).toBe(true);
    expect(result.skipped.some((s) => s.reason.startsWith('pagination'))).toBe(true);
    expect(result.skipped.some((s) => s.reason.startsWith('URL pattern'))).toBe(true);
  });

  it('crawls every named menu page at /page/N, and still caps a numbered pager of the same shape', async () => {
    const departments = Array.from({ length: 60 }, (_, i) => [`/page/${i + 1}`, `กองงานที่ ${i + 1} ฝ่าย${['คลัง', 'ช่าง', 'ศึกษา'][i % 3]}`] as const);
    server = await startFaultServer({
      '/': html(htmlPage('home', [...departments, ['/news/page/1', 'ข่าวประชาสัมพันธ์']])),
      '/page/': html('unused'),
    }, (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const news = /^\/news\/page\/(\d+)$/.exec(req.url ?? '');
      if (news) {
        const n = Number(news[1]);
        // A pager: numbers and ถัดไป, each page with two new items.
        res.end(htmlPage(`news ${n}`, [[`/news/item/${n}a`, `ข่าว ${n}a`], [`/news/item/${n}b`, `ข่าว ${n}b`], [`/news/page/${n + 1}`, String(n + 1)], [`/news/page/${n + 1}`, 'ถัดไป »']]));
        return;
      }
      res.end(htmlPage('page', departments));
    });
    const result = await crawler().run({ startUrl: `${server.origin}/`, ...FAST, maxPages: 500, traps: { paginationPages: 5 } });
    const fetched = result.pages.map((p) => new URL(p.url).pathname);
    expect(fetched.filter((p) => /^\/page\/\d+$/.test(p))).toHaveLength(60);
    // page 1 by name, then 5 pages reached by the pager
    expect(fetched.filter((p) => p.startsWith('/news/page/'))).toHaveLength(6);
    expect(result.skipped.some((s) => s.url.endsWith('/news/page/7') && s.reason.startsWith('pagination'))).toBe(true);
  });

  it('slows down on 429 and says so in the progress', async () => {
    const links = Array.from({ length: 10 }, (_, i) => [`/p${i}`, `หน้า ${i}`] as const);
    server = await startFaultServer({ '/': html(htmlPage('home', links)) }, (_req, res) => {
      res.writeHead(429, { 'content-type': 'text/html' });
      res.end('busy');
    });
    const events: CrawlProgress[] = [];
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), onProgress: (p) => events.push(p) }).run({
      startUrl: `${server.origin}/`,
      ...FAST,
      retries: 0,
      perHostConcurrency: 4,
    });
    expect(result.failures).toHaveLength(10);
    expect(events.some((e) => e.throttle?.reason === 'overloaded' && e.throttle.concurrency < 4)).toBe(true);
    expect(events[0]?.throttle).toBeUndefined();
  });

  it('handles a page with 10,000 links within maxPages and lists what was left', async () => {
    const links = Array.from({ length: 10_000 }, (_, i) => [`/item/${i}`, `รายการ ${i}`] as const);
    server = await startFaultServer({ '/': html(htmlPage('big', links)) }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(htmlPage('item'));
    });
    const result = await crawler().run({ startUrl: `${server.origin}/`, ...FAST, maxPages: 20 });
    expect(result.stoppedBy).toBe('max-pages');
    expect(result.pages).toHaveLength(20);
    expect(server.log.filter((l) => l.method === 'GET' && l.path !== '/robots.txt')).toHaveLength(20);
    expect(result.pending).toHaveLength(10_000 - 19);
    expect(result.pending[0]).toEqual({ url: `${server.origin}/item/19`, label: 'รายการ 19', kind: 'page' });
  });

  it('respects maxDepth', async () => {
    server = await startFaultServer({}, (req, res) => {
      const n = Number(/^\/d(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(htmlPage(`depth ${n}`, [[`/d${n + 1}`, `ลึก ${n + 1}`]]));
    });
    const result = await crawler().run({ startUrl: `${server.origin}/d0`, ...FAST, maxDepth: 3 });
    expect(result.pages.map((p) => p.depth)).toEqual([0, 1, 2, 3]);
    expect(server.pathHits('GET', '/d4')).toBe(0);
  });

  it('crawls site maps, ITA pages and checklist terms first', async () => {
    server = await startFaultServer({
      '/': html(
        htmlPage('home', [
          ['/news', 'ข่าวประชาสัมพันธ์'],
          ['/contact', 'ติดต่อเรา'],
          ['/summary', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน'],
          ['/ita', 'ITA 2568'],
          ['/Pages/all_web', 'ผังเว็บไซต์'],
        ]),
      ),
      '/ita': html(htmlPage('ita', [['/ita/o1', 'โครงสร้าง']])),
    }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(htmlPage('page'));
    });
    const result = await crawler().run({ startUrl: `${server.origin}/`, ...FAST, perHostConcurrency: 1, priorityTerms: ['สรุปผลการจัดซื้อจัดจ้าง'] });
    expect(result.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/ita', '/Pages/all_web', '/summary', '/news', '/contact', '/ita/o1']);
  });

  it('never exceeds the per-host concurrency, and uses it', async () => {
    const links = Array.from({ length: 12 }, (_, i) => [`/p${i}`, `หน้า ${i}`] as const);
    server = await startFaultServer({ '/': html(htmlPage('home', links)) }, slow(30, htmlPage('slow page')));
    const two = await crawler().run({ startUrl: `${server.origin}/`, ...FAST, perHostConcurrency: 2 });
    expect(two.pages).toHaveLength(13);
    expect(server.maxInFlight).toBe(2);
    await server.close();

    server = await startFaultServer({ '/': html(htmlPage('home', links)) }, slow(30, htmlPage('slow page')));
    await crawler().run({ startUrl: `${server.origin}/`, ...FAST, perHostConcurrency: 1 });
    expect(server.maxInFlight).toBe(1);
  });

  it('obeys robots.txt Disallow and Crawl-delay (and allows everything when robots.txt is 404 or 500)', async () => {
    const sleeps: number[] = [];
    server = await startFaultServer({
      '/robots.txt': text('User-agent: *\nDisallow: /admin\nCrawl-delay: 1\n'),
      '/': html(htmlPage('home', [['/admin/list', 'ผู้ดูแล'], ['/a', 'A']])),
      '/a': html(htmlPage('a')),
    });
    const result = await crawler({ sleeps }).run({ startUrl: `${server.origin}/`, ...FAST, respectRobots: true });
    expect(server.pathHits('GET', '/admin/list')).toBe(0);
    expect(result.failures).toEqual([{ url: `${server.origin}/admin/list`, reason: 'blocked by robots.txt' }]);
    expect(sleeps.some((ms) => ms > 900 && ms <= 1000)).toBe(true); // waited for the Crawl-delay before /a
    await server.close();

    server = await startFaultServer({
      '/robots.txt': text('oops', 500),
      '/': html(htmlPage('home', [['/admin/list', 'ผู้ดูแล']])),
      '/admin/list': html(htmlPage('admin')),
    });
    const unreadable = await crawler().run({ startUrl: `${server.origin}/`, ...FAST, retries: 1 });
    expect(unreadable.pages).toHaveLength(2);
    expect(unreadable.notes.some((n) => n.includes('robots.txt') && n.includes('HTTP 500'))).toBe(true);
    await server.close();

    server = await startFaultServer({ '/': html(htmlPage('home', [['/admin/list', 'ผู้ดูแล']])), '/admin/list': html(htmlPage('admin')) });
    const missing = await crawler().run({ startUrl: `${server.origin}/`, ...FAST });
    expect(missing.pages).toHaveLength(2);
    expect(missing.notes).toEqual([]);
  });

  it('can ignore robots.txt when told to', async () => {
    server = await startFaultServer({
      '/robots.txt': text('User-agent: *\nDisallow: /\n'),
      '/': html(htmlPage('home', [['/a', 'A']])),
      '/a': html(htmlPage('a')),
    });
    const result = await crawler().run({ startUrl: `${server.origin}/`, ...FAST, respectRobots: false });
    expect(result.pages).toHaveLength(2);
    expect(server.pathHits('GET', '/robots.txt')).toBe(0);
  });

  it('pauses and slows down when most recent responses fail', async () => {
    const sleeps: number[] = [];
    const links = Array.from({ length: 8 }, (_, i) => [`/broken${i}`, `เสีย ${i}`] as const);
    server = await startFaultServer({ '/': html(htmlPage('home', links)) }, (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('down');
    });
    const result = await crawler({ sleeps }).run({ startUrl: `${server.origin}/`, ...FAST, retries: 0, failurePauseMs: 333, perHostConcurrency: 1 });
    expect(result.failures).toHaveLength(8);
    expect(result.failures.every((f) => f.status === 503)).toBe(true);
    expect(sleeps.some((ms) => ms > 250 && ms <= 333)).toBe(true);
  });
});
