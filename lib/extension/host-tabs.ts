import { type HighlightOutcome, type HighlightTarget, type ShowOnPageDeps, highlightEvidence } from './show-on-page.ts';

/** The few tab, scripting and side-panel calls "show on page" and the reminder click need (browser.* fits). */
export interface TabsApi {
  tabs: {
    query(q: { url?: string }): Promise<{ id?: number; url?: string; windowId?: number }[]>;
    create(p: { url: string; active: boolean }): Promise<{ id?: number; windowId?: number; status?: string }>;
    update(id: number, p: { active: boolean }): Promise<unknown>;
    get(id: number): Promise<{ status?: string }>;
    onUpdated: {
      addListener(l: (id: number, info: { status?: string }) => void): void;
      removeListener(l: (id: number, info: { status?: string }) => void): void;
    };
  };
  windows?: { update(id: number, p: { focused: boolean }): Promise<unknown> };
  scripting: {
    executeScript(p: { target: { tabId: number }; func: (t: HighlightTarget) => HighlightOutcome; args: [HighlightTarget] }): Promise<{ result?: unknown }[]>;
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  runtime: { getURL(path: string): string };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

interface ChromeSidePanelOpen {
  open(o: { windowId: number }): Promise<void>;
}

const LOAD_TIMEOUT_MS = 30_000;

function waitForLoad(api: TabsApi, tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      api.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, info: { status?: string }): void => {
      if (id === tabId && info.status === 'complete') done();
    };
    // A page that never finishes loading is highlighted as far as it got.
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    api.tabs.onUpdated.addListener(listener);
    void api.tabs.get(tabId).then((t) => t.status === 'complete' && done(), () => done());
  });
}

/** Opening pages and injecting the highlight, on the browser's tab and scripting APIs. */
export function createHostTabs(api: TabsApi, sidePanel?: ChromeSidePanelOpen): ShowOnPageDeps & { openPanelOn(view: 'due'): Promise<void> } {
  return {
    hasAccess: (origins) => api.permissions.contains({ origins }),
    async openTab(url) {
      const hash = url.indexOf('#');
      const pattern = hash >= 0 ? url.slice(0, hash) : url;
      const open = (await api.tabs.query({ url: pattern }).catch(() => [])).find((t) => t.url === url || t.url === pattern);
      if (open?.id !== undefined) {
        await api.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await api.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
        await waitForLoad(api, open.id);
        return open.id;
      }
      const tab = await api.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new Error('the tab could not be opened');
      await waitForLoad(api, tab.id);
      return tab.id;
    },
    async inject(tabId, target) {
      const [first] = await api.scripting.executeScript({ target: { tabId }, func: highlightEvidence, args: [target] });
      const found = (first?.result as HighlightOutcome | undefined)?.found;
      return { found: found === 'link' || found === 'text' ? found : 'none' };
    },
    /** The reminder click: the side panel (Chrome, when it allows) or a tab, opened on the "due this month" list. */
    async openPanelOn(view) {
      await api.storage.local.set({ 'panel:view': view });
      const [tab] = await api.tabs.query({}).catch(() => []);
      if (sidePanel && tab?.windowId !== undefined) {
        try {
          await sidePanel.open({ windowId: tab.windowId });
          return;
        } catch {
          // not allowed without a user gesture on this version: a tab instead
        }
      }
      await api.tabs.create({ url: api.runtime.getURL(`/sidepanel.html?view=${view}`), active: true });
    },
  };
}
