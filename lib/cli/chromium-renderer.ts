import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import type { RenderPage, RenderResult } from '../crawl/crawl-deps.ts';
import { DEFAULT_SETTLE, type SettleOptions, settleDom } from '../render/settle-dom.ts';

/**
 * The CLI's renderer: pages a script builds are opened in a headless Chromium (Debian's, or the one
 * named by --chromium / CHROMIUM_PATH) through playwright-core, started on the first such page and
 * closed with the audit. No browser is downloaded: without one, every render answers why.
 */

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** The Chromium to use: --chromium PATH, else CHROMIUM_PATH, else a usual install path; null when none exists. */
export function findChromium(explicit: string | undefined, env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): string | null {
  if (explicit !== undefined) return exists(explicit) ? explicit : null;
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return exists(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => exists(p)) ?? null;
}

/** Launch flags: headless, no sandbox when running as root (containers), no background traffic. */
export function chromiumArgs(isRoot: boolean): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--no-first-run',
    '--mute-audio',
  ];
}

export interface ChromiumRenderer {
  renderPage: RenderPage;
  close(): Promise<void>;
}

export interface ChromiumRendererOptions {
  /** null: no Chromium was found; every render then fails with `unavailableNote`. */
  executablePath: string | null;
  userAgent?: string;
  settle?: SettleOptions;
  /** Called once, the first time a page needs a browser that cannot be had (the CLI prints it). */
  onUnavailable?: (message: string) => void;
}

export const NO_CHROMIUM = 'not rendered: no Chromium found (install chromium, or give --chromium PATH or CHROMIUM_PATH)';

export function createChromiumRenderer(o: ChromiumRendererOptions): ChromiumRenderer {
  let started: Promise<{ browser: Browser; context: BrowserContext } | { error: string }> | null = null;
  let warned = false;
  const unavailable = (message: string): RenderResult => {
    if (!warned) {
      warned = true;
      o.onUnavailable?.(message);
    }
    return { error: message };
  };

  const start = (executablePath: string): Promise<{ browser: Browser; context: BrowserContext } | { error: string }> => {
    started ??= (async () => {
      try {
        const { chromium } = await import('playwright-core');
        const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs(process.getuid?.() === 0), timeout: 30_000 });
        const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, ...(o.userAgent ? { userAgent: o.userAgent } : {}) });
        return { browser, context };
      } catch (error) {
        return { error: `not rendered: Chromium did not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
      }
    })();
    return started;
  };

  async function renderPage(url: string, signal: AbortSignal): Promise<RenderResult> {
    if (o.executablePath === null) return unavailable(NO_CHROMIUM);
    const browser = await start(o.executablePath);
    if ('error' in browser) return unavailable(browser.error);
    if (signal.aborted) return { error: 'rendering was cut off' };
    const page = await browser.context.newPage();
    const onAbort = (): void => void page.close().catch(() => undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 0 });
      // Most scripts ask for their data right after load; give the network a moment to go quiet.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      // After the network went quiet, a DOM that does not change for a second is done.
      const settled = await page.evaluate(settleDom, o.settle ?? { ...DEFAULT_SETTLE, idleMs: 1000 });
      return { html: settled.html, finalUrl: settled.finalUrl };
    } catch (error) {
      if (signal.aborted) return { error: 'rendering was cut off' };
      return { error: `rendering failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
    } finally {
      signal.removeEventListener('abort', onAbort);
      await page.close().catch(() => undefined);
    }
  }

  return {
    renderPage,
    async close() {
      const s = started ? await started : null;
      if (s && !('error' in s)) await s.browser.close().catch(() => undefined);
    },
  };
}
