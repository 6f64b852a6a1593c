import { afterEach, describe, expect, it } from 'vitest';
import { type CrawlOptions, type CrawlProgress, createCrawler } from '../../lib/crawl/crawler.ts';
import type { RenderPage } from '../../lib/crawl/crawl-deps.ts';
import { type FaultServer, html, htmlPage, startFaultServer } from '../support/fault-server.ts';

let server: FaultServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const FAST: Partial<CrawlOptions> = { delayMs: 0, retryBaseMs: 10, requestTimeoutMs: 2000, failurePauseMs: 20, respectRobots: false, checkDocuments: false };

/** What the served shell's script would build: a menu of hash routes, and each route's own page. */
const SHELL = `<!doctype html><html><head><title>อบต.ตัวอย่าง</title><script src="/app.js"></script></head><body><div id="app"></div></body></html>`;
const ROUTES: Record<string, string> = {
  '': htmlPage('หน้าแรก', [['#/o1', 'O1 โครงสร้างหน่วยงาน'], ['#/o2', 'O2 ข้อมูลผู้บริหาร'], ['#/o3', 'O3 อำนาจหน้าที่']]),
  '#/o1': htmlPage('โครงสร้างหน่วยงาน', [['/files/o1.pdf', 'แผนผังโครงสร้าง']]),
  '#/o2': htmlPage('ข้อมูลผู้บริหาร', [['#/o1', 'O1 โครงสร้างหน่วยงาน']]),
  '#/o3': htmlPage('อำนาจหน้าที่', [], '<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม</p>'),
};

/** A fake browser: the DOM the shell's script would build for the URL's route. */
function fakeRenderer(calls: string[], fail: (url: URL) => string | null = () => null): RenderPage {
  return async (url) => {
    calls.push(url);
    const u = new URL(url);
    const error = fail(u);
    if (error !== null) return { error };
    const page = ROUTES[u.hash];
    return page === undefined ? { error: `no route ${u.hash}` } : { html: page.replace('<body>', '<body><script src="/app.js"></script>'), finalUrl: u.href };
  };
}

async function shellSite(): Promise<FaultServer> {
  return startFaultServer({ '/': html(SHELL) });
}

describe('crawl with a renderer', () => {
  it('renders the application shell, then each hash route as a page of its own', async () => {
    server = await shellSite();
    const calls: string[] = [];
    const progress: CrawlProgress[] = [];
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: fakeRenderer(calls), onProgress: (p) => progress.push(p) }).run({ startUrl: `${server.origin}/`, ...FAST });
    const home = result.pages[0];
    expect(home).toMatchObject({ scriptBuilt: 'shell', rendered: 'yes', scriptFilled: false, title: 'หน้าแรก' });
    const routes = result.pages.slice(1).map((p) => new URL(p.url).hash).sort();
    expect(routes).toEqual(['#/o1', '#/o2', '#/o3']);
    for (const p of result.pages.slice(1)) expect(p).toMatchObject({ scriptBuilt: 'shell', rendered: 'yes' });
    const o1 = result.pages.find((p) => p.url.endsWith('#/o1'));
    expect(o1?.title).toBe('โครงสร้างหน่วยงาน');
    expect(o1?.finalUrl).toBe(`${server.origin}/#/o1`);
    expect(o1?.links.find((l) => l.label === 'แผนผังโครงสร้าง')?.kind).toBe('document');
    // Each route once, though two pages link to #/o1.
    expect(calls.filter((c) => c.endsWith('#/o1'))).toHaveLength(1);
    expect(calls).toHaveLength(4);
    expect(progress.at(-1)?.rendered).toBe(4);
  });

  it('marks a failed render as failed, with the reason, and keeps the served snapshot', async () => {
    server = await shellSite();
    const calls: string[] = [];
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: fakeRenderer(calls, () => 'net::ERR_CONNECTION_RESET') }).run({ startUrl: `${server.origin}/`, ...FAST });
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]).toMatchObject({ scriptBuilt: 'shell', rendered: 'failed', renderNote: 'net::ERR_CONNECTION_RESET', scriptFilled: true, title: 'อบต.ตัวอย่าง' });
  });

  it('gives up on a render that never settles after the per-page timeout', async () => {
    server = await shellSite();
    let sawAbort = false;
    const hanging: RenderPage = (_url, signal) =>
      new Promise(() => {
        signal.addEventListener('abort', () => {
          sawAbort = true;
        });
      });
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: hanging }).run({ startUrl: `${server.origin}/`, ...FAST, renderTimeoutMs: 50 });
    expect(result.pages[0]).toMatchObject({ rendered: 'failed', scriptFilled: true });
    expect(result.pages[0]?.renderNote).toMatch(/longer than/);
    expect(sawAbort).toBe(true);
  });

  it('says the page is still empty when the rendered DOM is the same empty shell', async () => {
    server = await shellSite();
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: async (url) => ({ html: SHELL, finalUrl: url }) }).run({ startUrl: `${server.origin}/`, ...FAST });
    expect(result.pages[0]).toMatchObject({ rendered: 'failed', scriptFilled: true });
    expect(result.pages[0]?.renderNote).toMatch(/still an empty application shell/);
  });

  it('renders no more pages than the cap; the rest say why they were not rendered', async () => {
    server = await shellSite();
    const calls: string[] = [];
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: fakeRenderer(calls) }).run({ startUrl: `${server.origin}/`, ...FAST, maxRenderedPages: 2, perHostConcurrency: 1 });
    expect(calls).toHaveLength(2);
    const unrendered = result.pages.filter((p) => p.rendered === 'no');
    expect(unrendered.length).toBeGreaterThan(0);
    for (const p of unrendered) expect(p).toMatchObject({ scriptFilled: true, renderNote: expect.stringMatching(/limit of 2 rendered pages/) as unknown as string });
  });

  it('does not render ordinary pages, and does not render off-site', async () => {
    server = await startFaultServer({ '/': html(htmlPage('หน้าแรก', [['/about', 'เกี่ยวกับเรา']])), '/about': html(htmlPage('เกี่ยวกับเรา')) });
    const calls: string[] = [];
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: fakeRenderer(calls) }).run({ startUrl: `${server.origin}/`, ...FAST });
    expect(calls).toEqual([]);
    expect(result.pages.map((p) => p.rendered)).toEqual(['no', 'no']);

    server = await shellSite();
    const away = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now(), renderPage: async () => ({ html: ROUTES[''] ?? '', finalUrl: 'https://elsewhere.example/' }) }).run({ startUrl: `${server.origin}/`, ...FAST });
    expect(away.pages[0]).toMatchObject({ rendered: 'failed', title: 'อบต.ตัวอย่าง' });
    expect(away.pages[0]?.renderNote).toMatch(/another site/);
  });
});

describe('crawl without a renderer', () => {
  it('judges the shell as served, says why it was not rendered, and does not queue hash routes', async () => {
    server = await startFaultServer({ '/': html(SHELL.replace("<div id=\"app\"></div>", "<div id=\"app\"></div><a href=\"#/o1\">O1</a>")) });
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now() }).run({ startUrl: `${server.origin}/`, ...FAST });
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]).toMatchObject({ scriptBuilt: 'shell', rendered: 'no', scriptFilled: true });
    expect(result.pages[0]?.renderNote).toMatch(/no browser/);
    expect(result.pages[0]?.links[0]).toMatchObject({ kind: 'script-route', url: `${server.origin}/#/o1` });
    expect(result.pending).toEqual([]);
  });
  it('fetches the base page of a hash route on another path once, so a gone base page is known', async () => {
    server = await startFaultServer({ '/': html(htmlPage('หน้าแรก', [['/page#/structure', 'โครงสร้าง'], ['/page#/dean', 'ผู้บริหาร']])) });
    const result = await createCrawler({ fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now() }).run({ startUrl: `${server.origin}/`, ...FAST });
    expect(result.failures.map((f) => [f.url, f.status])).toEqual([[`${server.origin}/page`, 404]]);
    expect(server.pathHits('GET', '/page')).toBe(1);
  });
});
