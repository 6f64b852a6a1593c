import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrawlResult, createCrawler } from '../../lib/crawl/crawler.ts';
import { abortableSleep } from '../../lib/crawl/sleep.ts';
import { urlKey } from '../../lib/crawl/url-key.ts';
import {
  bytes,
  document,
  encodeWindows874,
  type FaultServer,
  failThen,
  html,
  htmlPage,
  huge,
  redirect,
  reset,
  slow,
  startFaultServer,
  text,
} from '../support/fault-server.ts';

const THAI_TITLE = 'สวัสดีครับ ภาษาไทย';
const thaiPage = (head: string): string => `<html><head>${head}<title>${THAI_TITLE}</title></head><body><p>${THAI_TITLE}</p></body></html>`;

/** Paths the crawler may legitimately request more than once (retries, redirect hops). */
const RETRIED = new Set(['/slow', '/reset', '/flaky500', '/rate-limited', '/loop-a', '/loop-b']);
const STATE_CHANGING = ['/Pages/increment_download_5', '/news?action=delete&id=3', '/logout', '/counter.php', '/download.php?id=1&count=1', '/poll/vote?id=2'];

describe('crawl against a fault-injecting server', () => {
  let server: FaultServer;
  let result: CrawlResult;
  const sleeps: number[] = [];

  beforeAll(async () => {
    server = await startFaultServer({
      '/robots.txt': text('User-agent: *\nDisallow: /private/\n'),
      '/': html(
        htmlPage('หน้าแรก', [
          ['/about', 'เกี่ยวกับเรา'],
          ['/about?utm_source=fb&PHPSESSID=abc', 'เกี่ยวกับเรา (ซ้ำ)'],
          ['/about#history', 'ประวัติ'],
          ['/slow', 'ช้ามาก'],
          ['/reset', 'ตัดการเชื่อมต่อ'],
          ['/flaky500', 'ผิดพลาดครั้งแรก'],
          ['/rate-limited', 'ถูกจำกัด'],
          ['/loop-a', 'วนลูป'],
          ['/chain-1', 'เปลี่ยนเส้นทาง'],
          ['/missing', 'หน้าที่หายไป'],
          ['/binary', 'ไฟล์ไบนารี'],
          ['/huge', 'หน้าใหญ่มาก'],
          ['/tis620', 'TIS-620'],
          ['/win874', 'x-windows-874'],
          ['/unlabelled874', 'ไม่ระบุ charset'],
          ['/word1252', 'Word'],
          ['/private/secret', 'ส่วนตัว'],
          ['/docs/report.pdf', 'รายงานผลการดำเนินงาน'],
          ['/docs/gone.pdf', 'เอกสารที่หายไป'],
          ['/download?id=7', 'ดาวน์โหลดแผน'],
          ['https://drive.google.com/file/d/abc/view', 'Google Drive'],
          ['mailto:saraban@example.go.th', 'อีเมล'],
          ['javascript:void(0)', 'เมนู'],
          ['#', 'ว่าง'],
          ...STATE_CHANGING.map((p) => [p, 'นับ'] as const),
        ]),
      ),
      '/about': html(htmlPage('เกี่ยวกับเรา', [['/', 'หน้าแรก']])),
      '/slow': slow(1500, htmlPage('slow')),
      '/reset': reset,
      '/flaky500': failThen(1, 500, {}, html(htmlPage('flaky ok'))),
      '/rate-limited': failThen(1, 429, { 'retry-after': '1' }, html(htmlPage('rate ok'))),
      '/loop-a': redirect('/loop-b'),
      '/loop-b': redirect('/loop-a'),
      '/chain-1': redirect('/chain-2', 301),
      '/chain-2': redirect('/chain-3', 302),
      '/chain-3': html(htmlPage('end of chain', [['sub', 'relative to the final URL']])),
      '/sub': html(htmlPage('sub')),
      '/binary': bytes(Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 0), Buffer.from('<html>')]), 'text/html'),
      '/huge': huge(50 * 1024 * 1024),
      '/after-huge': html(htmlPage('after huge')),
      '/tis620': bytes(encodeWindows874(thaiPage('')), 'text/html; charset=TIS-620'),
      '/win874': bytes(encodeWindows874(thaiPage('')), 'text/html; charset=x-windows-874'),
      '/unlabelled874': bytes(encodeWindows874(thaiPage('')), 'text/html'),
      '/word1252': bytes(
        Buffer.from(
          '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><title>&#3626;&#3623;&#3633;&#3626;&#3604;&#3637;</title></head><body>x</body></html>',
          'latin1',
        ),
        'text/html',
      ),
      '/private/secret': html(htmlPage('secret')),
      '/docs/report.pdf': document('application/pdf', 12345, 'Wed, 21 Oct 2025 07:28:00 GMT'),
      '/docs/gone.pdf': text('gone', 404, 'text/html'),
      '/download': document('application/pdf', 2048),
      ...Object.fromEntries(STATE_CHANGING.map((p) => [p.split('?')[0] as string, html(htmlPage('state changed!'))])),
    });
    const crawler = createCrawler({
      fetch: globalThis.fetch.bind(globalThis),
      clock: () => Date.now(),
      sleep: (ms, signal) => {
        sleeps.push(ms);
        return abortableSleep(ms, signal);
      },
    });
    result = await crawler.run({
      startUrl: `${server.origin}/`,
      maxPages: 60,
      // a limit below the default (4), so that the test below sees the gate hold it under faults and retries
      perHostConcurrency: 2,
      delayMs: 2,
      requestTimeoutMs: 300,
      retries: 2,
      retryBaseMs: 20,
      failurePauseMs: 50,
      maxBytesPerPage: 256 * 1024,
    });
  }, 20_000);

  afterAll(() => server.close());

  const failure = (path: string) => result.failures.find((f) => new URL(f.url).pathname === path);
  const page = (path: string) => result.pages.find((p) => new URL(p.url).pathname === path);

  it('finishes within its bounds', () => {
    expect(result.stoppedBy).toBe('done');
    expect(result.pages.length).toBeLessThanOrEqual(60);
    expect(result.homeUrl).toBe(`${server.origin}/`);
  });

  it('never has more requests in flight than the per-host limit', () => {
    expect(server.maxInFlight, server.peak.join(", ")).toBeLessThanOrEqual(2);
  });

  it('requests no URL twice (by key) except for retries and redirect hops', () => {
    const perKey = new Map<string, number>();
    for (const { method, path } of server.log) {
      if (RETRIED.has(path.split('?')[0] as string)) continue;
      const k = `${method} ${urlKey(new URL(path, server.origin))}`;
      perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
    expect([...perKey].filter(([, n]) => n > 1)).toEqual([]);
    expect(server.hitCount('GET', '/about')).toBe(1);
    expect(server.pathHits('GET', '/robots.txt')).toBe(1);
  });

  it('never requests state-changing URLs, and says so', () => {
    for (const p of STATE_CHANGING) expect(server.pathHits('GET', p.split('?')[0] as string), p).toBe(0);
    expect(result.skipped.filter((s) => s.reason.includes('state-changing'))).toHaveLength(STATE_CHANGING.length);
  });

  it('obeys robots.txt and reports the blocked page', () => {
    expect(server.pathHits('GET', '/private/secret')).toBe(0);
    expect(failure('/private/secret')?.reason).toBe('blocked by robots.txt');
  });

  it('reports every failure with a plain reason and the status where known', () => {
    expect(failure('/reset')?.reason).toBe('connection reset');
    expect(server.pathHits('GET', '/reset')).toBe(3); // 1 + 2 retries
    expect(failure('/slow')?.reason).toMatch(/^timeout after 300 ms/);
    expect(failure('/loop-a')?.reason).toBe('too many redirects / redirect loop');
    expect(failure('/missing')).toMatchObject({ reason: 'HTTP 404', status: 404 });
    expect(failure('/binary')?.reason).toBe('not HTML (binary)');
    const reported = new Set(result.failures.map((f) => new URL(f.url).pathname));
    expect([...reported].sort()).toEqual(['/binary', '/loop-a', '/missing', '/private/secret', '/reset', '/slow']);
  });

  it('retries a 500 and honours Retry-After on a 429', () => {
    expect(server.pathHits('GET', '/flaky500')).toBe(2);
    expect(page('/flaky500')?.title).toBe('flaky ok');
    expect(server.pathHits('GET', '/rate-limited')).toBe(2);
    expect(page('/rate-limited')?.title).toBe('rate ok');
    expect(sleeps.some((ms) => ms >= 900 && ms <= 1000)).toBe(true);
  });

  it('follows redirect chains and resolves links against the final URL', () => {
    expect(page('/chain-1')?.finalUrl).toBe(`${server.origin}/chain-3`);
    expect(page('/sub')).toBeDefined();
  });

  it('truncates a 50 MB page without reading it all', () => {
    expect(page('/huge')?.truncated).toBe(true);
    expect(server.bytesWritten.get('/huge') ?? 0).toBeLessThan(16 * 1024 * 1024);
    expect(page('/after-huge')).toBeDefined();
  });

  it('decodes TIS-620, x-windows-874, unlabelled windows-874 and Word windows-1252 entity pages to Thai', () => {
    for (const p of ['/tis620', '/win874', '/unlabelled874']) {
      expect(page(p)?.title, p).toBe(THAI_TITLE);
      expect(page(p)?.charset, p).toBe('windows-874');
    }
    expect(page('/word1252')?.title).toBe('สวัสดี');
  });

  it('checks same-site documents with HEAD only and records type, size and Last-Modified', () => {
    expect(server.pathHits('GET', '/docs/report.pdf')).toBe(0);
    expect(server.pathHits('HEAD', '/docs/report.pdf')).toBe(1);
    expect(result.documents.find((d) => d.url.endsWith('/docs/report.pdf'))).toEqual({
      url: `${server.origin}/docs/report.pdf`,
      status: 200,
      contentType: 'application/pdf',
      size: 12345,
      lastModified: '2025-10-21T07:28:00.000Z',
    });
    expect(result.documents.find((d) => d.url.endsWith('/docs/gone.pdf'))?.status).toBe(404);
  });

  it('records a page link that turns out to be a PDF as a document, not a failure', () => {
    expect(result.documents.find((d) => d.url.endsWith('/download?id=7'))).toMatchObject({ status: 200, contentType: 'application/pdf', size: 2048 });
  });

  it('keeps external, contact and placeholder links in the snapshot without following them', () => {
    const home = page('/');
    expect(home?.links.find((l) => l.url?.startsWith('https://drive.google.com'))?.kind).toBe('external');
    expect(home?.links.some((l) => l.kind === 'contact')).toBe(true);
    expect(home?.links.filter((l) => l.kind === 'placeholder').length).toBeGreaterThanOrEqual(2);
    expect(result.pending).toEqual([]);
  });
});
