/**
 * The same crawl inside Chromium (`npm run bench -- chromium-crawl`): the BUILT extension
 * (`wxt build --mode e2e`, as the e2e tests load it) audits the generated site (bench/generated-site.ts,
 * served by a process of its own on 127.0.0.1 that logs every request), started by a message from an
 * extension page as the side panel sends it; then, in the same browser and the same service worker, a
 * plain loop fetches the very requests the extension made (fetch + response.text(), same concurrency).
 * Figures per request, at 0 ms and 50 ms latency; each mode keeps its fastest of BENCH_ROUNDS (3)
 * interleaved runs. BENCH_PROFILE=1 also records a CPU profile of the service worker during one audit
 * (DevTools protocol) of an unminified build and prints where the time went; BENCH_NO_BUILD=1 reuses
 * .output as it is.
 * Needs Debian Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH); skipped with a message without it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension, readHistory } from '../e2e/harness.ts';
import { DEFAULT_SETTINGS, type Settings } from '../lib/ui/settings.ts';
import { STORAGE_KEYS } from '../lib/ui/audit-state.ts';
import { type CpuProfile, type Timed, busyMs, fastestByMode, perRequestMs, perRequestRatio, topSelfTime } from './measure.ts';
import type { BenchResult } from './run.ts';
import { type SiteProcess, settle, startSite } from './site-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 4;

interface Run extends Timed {
  mode: 'extension' | 'loop';
  /** The whole audit, start message to the finished state (extension only). */
  auditMs?: number;
  pages?: number;
}

interface PageChrome {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; message?: string }> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
  };
}

function chromiumPath(): string | null {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return fs.existsSync(p) ? p : null;
}

function build(): void {
  if (process.env.BENCH_NO_BUILD === '1' && fs.existsSync(path.join(ROOT, '.output/chrome-mv3-e2e/manifest.json'))) return;
  // A profile needs the functions' names: that build is not minified (the figures of such a run are of it).
  const env = process.env.BENCH_PROFILE === '1' ? { ...process.env, OIT_UNMINIFIED: '1' } : process.env;
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`wxt build --mode e2e failed (${r.status})`);
}

/** Starts an audit from an extension page and waits for it to finish; the crawl's own time comes from the saved report. */
async function auditOnce(page: Page, site: SiteProcess): Promise<Run & { urls: { method: string; url: string }[] }> {
  site.reset();
  const result = await page.evaluate(async (startUrl) => {
    const chrome = (globalThis as unknown as { chrome: PageChrome }).chrome;
    const finished = new Promise<string>((resolve) => {
      chrome.storage.onChanged.addListener((changes) => {
        const state = changes['audit:state']?.newValue as { status?: string } | undefined;
        if (state?.status && state.status !== 'running') resolve(state.status);
      });
    });
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'start', startUrl, checklistId: 'ita-2569', asOf: '2026-05-20' });
    if (!reply.ok) return { status: `refused: ${reply.message ?? ''}`, auditMs: 0, crawlMs: 0, fetched: 0 };
    const status = await finished;
    return { status, auditMs: performance.now() - t0 };
  }, site.url);
  if (result.status !== 'done') throw new Error(`the extension's audit ended ${result.status}`);
  // The crawl's own time is in the report the audit saved.
  const [report] = await readHistory(page, new URL(site.url).origin);
  const crawl = (report as unknown as { crawl: { elapsedMs: number; pagesFetched: number } } | undefined)?.crawl;
  if (!crawl) throw new Error('the audit saved no report');
  await settle(site);
  const hits = site.hits();
  return {
    mode: 'extension',
    ms: crawl.elapsedMs,
    auditMs: result.auditMs,
    requests: hits.length,
    pages: crawl.pagesFetched,
    urls: hits.map((h) => ({ method: h.method, url: new URL(h.path, site.url).href })),
  };
}

/** The same requests, fetched by a plain loop in the extension's service worker. */
async function loopOnce(worker: Worker, site: SiteProcess, urls: { method: string; url: string }[]): Promise<Run> {
  site.reset();
  const ms = await worker.evaluate(
    async ({ list, concurrency }) => {
      let next = 0;
      const t0 = performance.now();
      // No named function in here: the bench runs through tsx, whose names helper does not exist in the worker.
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = next++; i < list.length; i = next++) {
            const r = list[i];
            if (!r) continue;
            const res = await fetch(r.url, { method: r.method });
            await res.text();
          }
        }),
      );
      return performance.now() - t0;
    },
    { list: urls, concurrency: CONCURRENCY },
  );
  await settle(site);
  return { mode: 'loop', ms, requests: site.hits().length };
}

/** A CPU profile of the service worker during `task`, through the DevTools protocol (target attached from a page session). */
async function profileServiceWorker<T>(cdp: CDPSession, task: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!target) throw new Error('no extension service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let id = 0;
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}): Promise<unknown> => {
    id += 1;
    const got = new Promise((resolve) => pending.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return got;
  };
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  const result = await task();
  const stopped = (await send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Target.detachFromTarget', { sessionId });
  return { result, profile: stopped.profile };
}

async function measure(browser: ExtensionBrowser, page: Page, pages: number, latencyMs: number): Promise<BenchResult[]> {
  const site = await startSite(pages, latencyMs);
  try {
    const settings: Settings = { ...DEFAULT_SETTINGS, maxPages: pages, delayMs: 0, perHostConcurrency: CONCURRENCY };
    await page.evaluate((items) => (globalThis as unknown as { chrome: PageChrome }).chrome.storage.local.set(items), { [STORAGE_KEYS.settings]: settings });
    const runs: Run[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const ext = await auditOnce(page, site);
      runs.push(ext, await loopOnce(await browser.serviceWorker(), site, ext.urls));
    }
    const best = fastestByMode(runs);
    const ext = best.get('extension') as Run;
    const loop = best.get('loop') as Run;
    const at = `${latencyMs} ms`;
    const rows: BenchResult[] = [
      { name: `${at}: extension crawl, ${ext.requests} requests (${ext.pages} pages)`, value: ext.ms / 1000, unit: 's' },
      { name: `${at}: extension, whole audit (start → report saved)`, value: (ext.auditMs ?? 0) / 1000, unit: 's' },
      { name: `${at}: fetch + text() loop in the service worker, ${loop.requests} requests`, value: loop.ms / 1000, unit: 's' },
      { name: `${at}: extension crawl per request`, value: perRequestMs(ext), unit: 'ms' },
      { name: `${at}: fetch loop per request`, value: perRequestMs(loop), unit: 'ms' },
      { name: `${at}: extension crawl ÷ fetch loop, per request`, value: perRequestRatio(ext, loop), unit: '×', target: '≤ 1.2' },
      { name: `${at}: whole audit ÷ fetch loop, per request`, value: perRequestRatio({ ms: ext.auditMs ?? 0, requests: ext.requests }, loop), unit: '×' },
    ];
    if (process.env.BENCH_PROFILE === '1') {
      const cdp = await browser.context.newCDPSession(page);
      const audit = await profileServiceWorker(cdp, () => auditOnce(page, site));
      const loopRun = await profileServiceWorker(cdp, async () => loopOnce(await browser.serviceWorker(), site, audit.result.urls));
      await cdp.detach();
      // Busy time of the service worker per request: less swayed by a loaded machine than wall time.
      rows.push(
        { name: `${at}: service worker busy per request, audit (profiled)`, value: busyMs(audit.profile) / Math.max(1, audit.result.requests), unit: 'ms' },
        { name: `${at}: service worker busy per request, fetch loop (profiled)`, value: busyMs(loopRun.profile) / Math.max(1, loopRun.result.requests), unit: 'ms' },
      );
      for (const [what, profile] of [['audit', audit.profile], ['loop', loopRun.profile]] as const) {
        const file = path.join(os.tmpdir(), `oit-sw-${what}-${pages}p-${latencyMs}ms.cpuprofile`);
        fs.writeFileSync(file, JSON.stringify(profile));
        console.error(`\nservice worker CPU profile of the ${what}, ${at} (${file}), self time of busy time:`);
        for (const t of topSelfTime(profile, 25)) console.error(`  ${t.percent.toFixed(1).padStart(5)} %  ${t.ms.toFixed(0).padStart(6)} ms  ${t.name}`);
      }
    }
    return rows;
  } finally {
    site.close();
  }
}

export async function benchChromiumCrawl(): Promise<BenchResult[]> {
  if (!chromiumPath()) {
    console.error('chromium-crawl: no Chromium at /usr/bin/chromium (or CHROMIUM_PATH): skipped');
    return [];
  }
  build();
  const browser = await launchWithExtension();
  try {
    const page = await browser.openPage('options.html');
    return [...(await measure(browser, page, quick ? 300 : 1000, 0)), ...(await measure(browser, page, quick ? 200 : 600, 50))];
  } finally {
    await browser.close();
  }
}
