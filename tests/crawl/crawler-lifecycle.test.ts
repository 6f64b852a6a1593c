import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryCheckpointStore } from '../../lib/crawl/checkpoint.ts';
import { checkpointKey, type CrawlOptions, type CrawlProgress, createCrawler, StartUrlError } from '../../lib/crawl/crawler.ts';
import { urlKey } from '../../lib/crawl/url-key.ts';
import { bytes, document, type FaultServer, html, htmlPage, redirect, slow, startFaultServer } from '../support/fault-server.ts';

let servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function serve(...args: Parameters<typeof startFaultServer>): Promise<FaultServer> {
  const s = await startFaultServer(...args);
  servers.push(s);
  return s;
}

const FAST: Partial<CrawlOptions> = { delayMs: 0, retryBaseMs: 10, requestTimeoutMs: 1000, failurePauseMs: 20 };
const crawler = (extra: Partial<Parameters<typeof createCrawler>[0]> = {}) =>
  createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), ...extra });

/** A small tree: home → 4 sections → 2 pages each (13 pages), every page linking home. */
function tree(): Parameters<typeof startFaultServer>[0] {
  const routes: Parameters<typeof startFaultServer>[0] = {
    '/': html(htmlPage('home', [1, 2, 3, 4].map((s) => [`/s${s}`, `หมวด ${s}`] as const))),
  };
  for (const s of [1, 2, 3, 4]) {
    routes[`/s${s}`] = html(htmlPage(`section ${s}`, [['/', 'หน้าแรก'], [`/s${s}/a`, 'ก'], [`/s${s}/b`, 'ข']]));
    for (const p of ['a', 'b']) routes[`/s${s}/${p}`] = html(htmlPage(`page ${s}${p}`, [['/', 'หน้าแรก'], [`/s${s}`, 'กลับ']]));
  }
  return routes;
}

describe('start URL', () => {
  const startError = async (url: string, options: Partial<CrawlOptions> = {}): Promise<StartUrlError> => {
    try {
      await crawler().run({ startUrl: url, ...FAST, ...options });
    } catch (e) {
      if (e instanceof StartUrlError) return e;
      throw e;
    }
    throw new Error('expected a StartUrlError');
  };

  it('rejects an invalid URL', async () => {
    const e = await startError('not a url');
    expect(e.message).toBe('Cannot audit not a url: not a valid URL');
  });

  it('reports a refused connection, an HTTP error, a timeout, non-HTML and binary start pages in one line', async () => {
    const closed = await serve();
    const port = closed.port;
    await closed.close();
    servers = [];
    expect((await startError(`http://127.0.0.1:${port}/`)).message).toBe(`Cannot audit http://127.0.0.1:${port}/: connection refused`);

    const s = await serve({
      '/gone': html('x'),
      '/err': (_req, res) => {
        res.writeHead(500).end();
      },
      '/slow': slow(1000, htmlPage('slow')),
      '/file.pdf': document('application/pdf', 100),
      '/bin': bytes(Buffer.alloc(100, 0), 'text/html'),
    });
    s.route('/gone', (_req, res) => {
      res.writeHead(404).end();
    });
    const e404 = await startError(`${s.origin}/gone`);
    expect(e404.message).toBe(`Cannot audit ${s.origin}/gone: HTTP 404`);
    expect(e404.status).toBe(404);
    expect((await startError(`${s.origin}/err`, { retries: 1 })).message).toBe(`Cannot audit ${s.origin}/err: HTTP 500`);
    expect(s.pathHits('GET', '/err')).toBe(2);
    expect((await startError(`${s.origin}/slow`, { requestTimeoutMs: 100, retries: 0 })).message).toBe(`Cannot audit ${s.origin}/slow: timeout after 100 ms`);
    expect((await startError(`${s.origin}/file.pdf`)).message).toBe(`Cannot audit ${s.origin}/file.pdf: not HTML (application/pdf)`);
    expect((await startError(`${s.origin}/bin`)).message).toBe(`Cannot audit ${s.origin}/bin: not HTML (binary)`);
    for (const e of [e404]) expect(e.message).not.toContain('\n');
  });

  it('passes through a splash page to the real home page', async () => {
    const s = await serve({
      '/': html(`<html><body><img src="/intro.jpg"><a href="/home"><img src="/enter.png" alt="เข้าสู่เว็บไซต์"></a><a href="https://facebook.com/x">fb</a></body></html>`),
      '/home': html(htmlPage('หน้าหลัก', [['/news', 'ข่าว'], ['/ita', 'ITA']])),
      '/news': html(htmlPage('news')),
      '/ita': html(htmlPage('ita')),
    });
    const result = await crawler().run({ startUrl: `${s.origin}/`, ...FAST });
    expect(result.homeUrl).toBe(`${s.origin}/home`);
    expect(result.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/home', '/ita', '/news']);
    expect(result.pages.find((p) => p.url.endsWith('/home'))?.depth).toBe(0);
    expect(s.pathHits('GET', '/home')).toBe(1);
  });

  it('does not take an ordinary small page for a splash', async () => {
    const s = await serve({ '/': html(htmlPage('home', [['/news', 'ข่าว']])), '/news': html(htmlPage('news')) });
    const result = await crawler().run({ startUrl: `${s.origin}/`, ...FAST });
    expect(result.homeUrl).toBe(`${s.origin}/`);
  });

  it('passes through a start page that forwards by meta refresh or by a bare page\'s script', async () => {
    const pages = {
      '/main.php': html(htmlPage('หน้าหลัก', [['/news.php', 'ข่าวประชาสัมพันธ์']])),
      '/news.php': html(htmlPage('news')),
    };
    const meta = await serve({ '/': html('<html><head><meta http-equiv="refresh" content="0; url=main.php"></head><body></body></html>'), ...pages });
    const viaMeta = await crawler().run({ startUrl: `${meta.origin}/`, ...FAST });
    expect(viaMeta.homeUrl).toBe(`${meta.origin}/main.php`);
    expect(viaMeta.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/', '/main.php', '/news.php']);
    const script = await serve({ '/': html('<html><head><script>window.location = "main.php";</script></head><body></body></html>'), ...pages });
    const viaScript = await crawler().run({ startUrl: `${script.origin}/`, ...FAST });
    expect(viaScript.homeUrl).toBe(`${script.origin}/main.php`);
    expect(viaScript.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/', '/main.php', '/news.php']);
  });

  it('crawls a frameset\'s frames, its main frame as the home page', async () => {
    const s = await serve({
      '/': html('<html><head><title>อบต.ตัวอย่าง</title></head><frameset rows="120,*"><frame src="top.php" name="top"><frameset cols="200,*"><frame src="left.php"><frame src="main.php"></frameset></frameset></html>'),
      '/top.php': html(htmlPage('top')),
      '/left.php': html(htmlPage('menu', [['/ita.php', 'ITA'], ['/news.php', 'ข่าว']])),
      '/main.php': html(htmlPage('หน้าหลัก')),
      '/ita.php': html(htmlPage('ita')),
      '/news.php': html(htmlPage('news')),
    });
    const result = await crawler().run({ startUrl: `${s.origin}/`, ...FAST });
    expect(result.homeUrl).toBe(`${s.origin}/main.php`);
    expect(result.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(['/', '/ita.php', '/left.php', '/main.php', '/news.php', '/top.php']);
  });

  it('follows a start URL that redirects, and scopes the crawl to where it lands', async () => {
    const s = await serve({ '/': redirect('/th/index.php'), '/th/index.php': html(htmlPage('home', [['about.php', 'เกี่ยวกับ']])), '/th/about.php': html(htmlPage('about')) });
    const result = await crawler().run({ startUrl: `${s.origin}/`, ...FAST });
    expect(result.homeUrl).toBe(`${s.origin}/th/index.php`);
    expect(result.pages.map((p) => p.finalUrl)).toEqual([`${s.origin}/th/index.php`, `${s.origin}/th/about.php`]);
  });
});

describe('redirects to another host', () => {
  it('records the page as external and does not crawl it', async () => {
    const s = await serve({
      '/': html(htmlPage('home', [['/moved', 'ย้ายไป']])),
      '/moved': html(htmlPage('other host', [['/deeper', 'ลึก']])),
    });
    // The test server has one host; pretend /moved answers from another one, as a redirect would.
    const fetchOffsite: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('/moved')) Object.defineProperty(response, 'url', { value: 'https://elsewhere.example/landing' });
      return response;
    };
    const result = await createCrawler({ fetch: fetchOffsite, clock: () => Date.now() }).run({ startUrl: `${s.origin}/`, ...FAST });
    expect(result.pages.map((p) => new URL(p.url).pathname)).toEqual(['/']);
    expect(result.skipped).toEqual([{ url: `${s.origin}/moved`, reason: 'redirects to another site (https://elsewhere.example/landing); recorded as external, not crawled' }]);
    expect(s.pathHits('GET', '/deeper')).toBe(0);
  });
});

describe('cancel, time budget, progress and keep-alive', () => {
  it('stops promptly when cancelled, aborting requests in flight', async () => {
    const links = Array.from({ length: 10 }, (_, i) => [`/slow${i}`, `ช้า ${i}`] as const);
    const s = await serve({ '/': html(htmlPage('home', links)), '/robots.txt': html('') }, slow(5000, htmlPage('slow')));
    const controller = new AbortController();
    const result = await crawler({
      signal: controller.signal,
      onProgress: (p) => {
        if (p.fetched === 1) setTimeout(() => controller.abort(), 50);
      },
    }).run({ startUrl: `${s.origin}/`, ...FAST, requestTimeoutMs: 10_000 });
    expect(result.stoppedBy).toBe('cancelled');
    expect(result.pages).toHaveLength(1);
    expect(result.failures).toEqual([]);
    expect(result.pending).toHaveLength(10);
  }, 4000);

  it('stops at maxTimeMs and lists the pages it did not reach', async () => {
    const links = Array.from({ length: 10 }, (_, i) => [`/p${i}`, `หน้า ${i}`] as const);
    const s = await serve({ '/': html(htmlPage('home', links)) }, slow(150, htmlPage('page')));
    const result = await crawler().run({ startUrl: `${s.origin}/`, ...FAST, maxTimeMs: 400, perHostConcurrency: 1 });
    expect(result.stoppedBy).toBe('max-time');
    expect(result.pages.length).toBeLessThan(11);
    expect(result.pages.length + result.pending.length).toBe(11);
  }, 4000);

  it('reports progress and calls keepAlive at least once per page', async () => {
    const s = await serve(tree());
    const events: CrawlProgress[] = [];
    let alive = 0;
    const result = await crawler({
      onProgress: (p) => events.push(p),
      keepAlive: async () => {
        alive += 1;
      },
      // Two at a time: each progress report names the URL launched last, so with more at once /s2/a may never be the one shown.
    }).run({ startUrl: `${s.origin}/`, ...FAST, perHostConcurrency: 2 });
    expect(result.pages).toHaveLength(13);
    expect(alive).toBeGreaterThanOrEqual(13);
    expect(events.at(-1)).toMatchObject({ fetched: 13, queued: 0, failed: 0 });
    expect(events.some((e) => e.currentUrl === `${s.origin}/s2/a`)).toBe(true);
    const fetched = events.map((e) => e.fetched);
    expect(fetched).toEqual([...fetched].sort((a, b) => a - b));
  });
});

describe('resume', () => {
  it('continues an interrupted audit: the union equals a full crawl, and no page is fetched twice', async () => {
    const full = await serve(tree());
    const reference = await crawler().run({ startUrl: `${full.origin}/`, ...FAST });
    const refPaths = reference.pages.map((p) => new URL(p.url).pathname).sort();
    expect(refPaths).toHaveLength(13);

    const s = await serve(tree());
    const store = createMemoryCheckpointStore();
    const first = await crawler({ store }).run({ startUrl: `${s.origin}/`, ...FAST, maxPages: 3 });
    expect(first.stoppedBy).toBe('max-pages');
    expect(first.pages).toHaveLength(3);
    expect(first.pending.length).toBeGreaterThan(0);
    expect(store.raw.has(checkpointKey(`${s.origin}/`))).toBe(true);

    const second = await crawler({ store }).run({ startUrl: `${s.origin}/`, ...FAST }, true);
    expect(second.stoppedBy).toBe('done');
    expect(second.pages.map((p) => new URL(p.url).pathname).sort()).toEqual(refPaths);
    expect(second.pages.slice(0, 3)).toEqual(first.pages);
    expect(second.homeUrl).toBe(first.homeUrl);
    const gets = s.log.filter((l) => l.method === 'GET' && l.path !== '/robots.txt').map((l) => urlKey(new URL(l.path, s.origin)));
    expect(gets).toHaveLength(13);
    expect(new Set(gets).size).toBe(13);
  });

  it('resumes after a cancel without losing the pages that were in flight', async () => {
    const s = await serve(tree());
    const store = createMemoryCheckpointStore();
    const controller = new AbortController();
    const first = await crawler({ store, signal: controller.signal, onProgress: (p) => p.fetched >= 4 && controller.abort() }).run({ startUrl: `${s.origin}/`, ...FAST });
    expect(first.stoppedBy).toBe('cancelled');
    const second = await crawler({ store }).run({ startUrl: `${s.origin}/`, ...FAST }, true);
    expect(second.pages).toHaveLength(13);
    expect(new Set(second.pages.map((p) => p.url)).size).toBe(13);
  });

  it('starts afresh without resume, and when there is nothing to resume', async () => {
    const s = await serve(tree());
    const store = createMemoryCheckpointStore();
    await crawler({ store }).run({ startUrl: `${s.origin}/`, ...FAST, maxPages: 2 });
    const fresh = await crawler({ store }).run({ startUrl: `${s.origin}/`, ...FAST, maxPages: 2 });
    expect(fresh.pages.map((p) => new URL(p.url).pathname)).toEqual(['/', '/s1']);
    // /s1 has never been audited: resume starts from scratch (and the splash pass-through respects maxPages).
    const other = await crawler({ store }).run({ startUrl: `${s.origin}/s1`, ...FAST, maxPages: 1 }, true);
    expect(other.pages.map((p) => new URL(p.url).pathname)).toEqual(['/s1']);
  });

  it('writes one checkpoint append at a time; pages finished meanwhile share the next, and nothing is lost', async () => {
    const s = await serve(tree());
    const memory = createMemoryCheckpointStore();
    let appends = 0;
    let writing = 0;
    let overlapped = false;
    const slowStore = {
      ...memory,
      async append(key: string, delta: Parameters<typeof memory.append>[1]) {
        appends += 1;
        writing += 1;
        if (writing > 1) overlapped = true;
        await new Promise((r) => setTimeout(r, 40));
        await memory.append(key, delta);
        writing -= 1;
      },
    };
    const result = await crawler({ store: slowStore }).run({ startUrl: `${s.origin}/`, ...FAST, perHostConcurrency: 4 });
    expect(result.pages).toHaveLength(13);
    expect(overlapped).toBe(false);
    expect(appends).toBeLessThan(13);
    const restored = await memory.load(checkpointKey(`${s.origin}/`));
    expect(restored?.pages.map((p) => p.url).sort()).toEqual(result.pages.map((p) => p.url).sort());
  });

  it('gives a clear error naming the key for a corrupt checkpoint', async () => {
    const s = await serve(tree());
    const store = createMemoryCheckpointStore();
    const key = checkpointKey(`${s.origin}/`);
    store.raw.set(key, JSON.stringify({ version: 1, startUrl: 5 }));
    await expect(crawler({ store }).run({ startUrl: `${s.origin}/`, ...FAST }, true)).rejects.toThrow(`Checkpoint "${key}" is unreadable`);
  });
});
