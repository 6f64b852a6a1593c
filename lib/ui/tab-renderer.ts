import { z } from 'zod';
import type { RenderPage, RenderResult } from '../crawl/crawl-deps.ts';
import { DEFAULT_SETTLE, type SettleOptions, settleDom } from '../render/settle-dom.ts';

/**
 * The extension's renderer: a page a script builds is opened in a background tab (not focused),
 * left to load and settle, read with `scripting.executeScript` (the DOM as HTML and the URL it ended
 * on) and closed. Host access is the site's own, already granted for the audit; `tabs.create`,
 * `tabs.remove` and a tab's load status need no "tabs" permission. The browser APIs come in as deps.
 */

interface TabChange {
  status?: string;
}

export interface RenderTabsApi {
  create(props: { url: string; active: boolean }): Promise<{ id?: number }>;
  remove(tabId: number): Promise<void>;
  get(tabId: number): Promise<{ status?: string }>;
  onUpdated: {
    addListener(listener: (tabId: number, change: TabChange) => void): void;
    removeListener(listener: (tabId: number, change: TabChange) => void): void;
  };
}

export interface RenderScriptingApi {
  executeScript(injection: { target: { tabId: number }; func: (options: SettleOptions) => Promise<unknown>; args: [SettleOptions] }): Promise<{ result?: unknown }[]>;
}

const Settled = z.object({ html: z.string(), finalUrl: z.string() });

/** Resolves once the tab has loaded (or the signal aborts: false). */
function loaded(tabs: RenderTabsApi, tabId: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok: boolean): void => {
      if (done) return;
      done = true;
      tabs.onUpdated.removeListener(onUpdated);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onUpdated = (id: number, change: TabChange): void => {
      if (id === tabId && change.status === 'complete') finish(true);
    };
    const onAbort = (): void => finish(false);
    tabs.onUpdated.addListener(onUpdated);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) finish(false);
    // It may have loaded before the listener was added.
    tabs
      .get(tabId)
      .then((tab) => {
        if (tab.status === 'complete') finish(true);
      })
      .catch(() => finish(false));
  });
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createTabRenderer(deps: { tabs: RenderTabsApi; scripting: RenderScriptingApi; settle?: SettleOptions }): RenderPage {
  return async function renderPage(url: string, signal: AbortSignal): Promise<RenderResult> {
    if (signal.aborted) return { error: 'rendering was cut off' };
    let tabId: number | undefined;
    // Cut off (timeout, cancel): close the tab at once, which also ends a pending executeScript.
    const onAbort = (): void => {
      if (tabId !== undefined) void deps.tabs.remove(tabId).catch(() => undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const tab = await deps.tabs.create({ url, active: false });
      tabId = tab.id;
      if (tabId === undefined) return { error: 'rendering failed (the browser gave no tab)' };
      if (signal.aborted) return { error: 'rendering was cut off' };
      if (!(await loaded(deps.tabs, tabId, signal))) return { error: 'rendering was cut off' };
      const [frame] = await deps.scripting.executeScript({ target: { tabId }, func: settleDom, args: [deps.settle ?? DEFAULT_SETTLE] });
      const settled = Settled.safeParse(frame?.result);
      if (!settled.success) return { error: 'rendering failed (the page gave back no DOM)' };
      return settled.data;
    } catch (error) {
      return { error: `rendering failed (${describe(error)})` };
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (tabId !== undefined) await deps.tabs.remove(tabId).catch(() => undefined);
    }
  };
}
