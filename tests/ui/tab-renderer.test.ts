import { describe, expect, it } from 'vitest';
import { createTabRenderer, type RenderScriptingApi, type RenderTabsApi } from '../../lib/ui/tab-renderer.ts';

type Listener = (tabId: number, change: { status?: string }) => void;

/** Tabs that load when told to; records what was opened and closed. */
function fakeTabs(opts: { loadsAfterCreate?: boolean } = {}) {
  const listeners = new Set<Listener>();
  const opened: { id: number; url: string; active: boolean }[] = [];
  const removed: number[] = [];
  const status = new Map<number, string>();
  const tabs: RenderTabsApi = {
    async create({ url, active }) {
      const id = opened.length + 1;
      opened.push({ id, url, active });
      status.set(id, 'loading');
      if (opts.loadsAfterCreate !== false) {
        setTimeout(() => {
          status.set(id, 'complete');
          for (const l of listeners) l(id, { status: 'complete' });
        }, 1);
      }
      return { id };
    },
    async remove(id) {
      removed.push(id);
    },
    async get(id) {
      return { status: status.get(id) ?? 'loading' };
    },
    onUpdated: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { tabs, opened, removed, listeners };
}

const scriptingReturning = (result: unknown): RenderScriptingApi => ({ executeScript: async () => [{ result }] });

describe('tab renderer', () => {
  it('opens the page in a background tab, reads the settled DOM and closes the tab', async () => {
    const t = fakeTabs();
    const calls: unknown[] = [];
    const render = createTabRenderer({
      tabs: t.tabs,
      scripting: {
        executeScript: async (injection) => {
          calls.push(injection.target);
          return [{ result: { html: '<html><body><a href="#/o1">O1</a></body></html>', finalUrl: 'http://127.0.0.1/#/' } }];
        },
      },
    });
    const got = await render('http://127.0.0.1/', new AbortController().signal);
    expect(got).toEqual({ html: '<html><body><a href="#/o1">O1</a></body></html>', finalUrl: 'http://127.0.0.1/#/' });
    expect(t.opened).toEqual([{ id: 1, url: 'http://127.0.0.1/', active: false }]);
    expect(calls).toEqual([{ tabId: 1 }]);
    expect(t.removed).toEqual([1]);
    expect(t.listeners.size).toBe(0);
  });

  it('reports a page that gave back no DOM, or a script that could not run, and still closes the tab', async () => {
    const t = fakeTabs();
    expect(await createTabRenderer({ tabs: t.tabs, scripting: scriptingReturning(null) })('http://127.0.0.1/', new AbortController().signal)).toEqual({ error: 'rendering failed (the page gave back no DOM)' });
    const failing: RenderScriptingApi = { executeScript: () => Promise.reject(new Error('Frame with ID 0 is showing error page')) };
    const got = await createTabRenderer({ tabs: t.tabs, scripting: failing })('http://127.0.0.1/', new AbortController().signal);
    expect(got).toEqual({ error: 'rendering failed (Frame with ID 0 is showing error page)' });
    expect(t.removed).toEqual([1, 2]);
  });

  it('gives up on a tab that never loads when cut off, and closes it', async () => {
    const t = fakeTabs({ loadsAfterCreate: false });
    const controller = new AbortController();
    const pending = createTabRenderer({ tabs: t.tabs, scripting: scriptingReturning({ html: '', finalUrl: '' }) })('http://127.0.0.1/', controller.signal);
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await pending).toEqual({ error: 'rendering was cut off' });
    expect(t.removed).toContain(1);
    expect(t.listeners.size).toBe(0);
  });
});
