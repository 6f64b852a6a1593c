import { browser } from 'wxt/browser';
import { auditSite } from '../lib/audit/audit-site.ts';
import { createCrawler } from '../lib/crawl/crawler.ts';
import { createIdbCheckpointStore } from '../lib/crawl/idb-checkpoint-store.ts';
import { createAuditService } from '../lib/ui/audit-service.ts';
import { STORAGE_KEYS } from '../lib/ui/audit-state.ts';
import { resolveAnyChecklist } from '../lib/ui/checklist-catalog.ts';
import { createTabRenderer, type RenderScriptingApi } from '../lib/ui/tab-renderer.ts';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
  browserAction?: { onClicked: { addListener(listener: () => void): void } };
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Chrome opens the side panel from the toolbar button; Firefox (MV2) opens the sidebar. */
function openPanelOnToolbarClick(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const firefox = browser as unknown as FirefoxSidebar;
  const sidebar = firefox.sidebarAction;
  if (sidebar && firefox.browserAction) firefox.browserAction.onClicked.addListener(() => void sidebar.open());
}

/** Pages built by script are rendered in a background tab, where the scripting API exists. */
function tabRenderer() {
  const scripting = (browser as unknown as { scripting?: RenderScriptingApi }).scripting;
  return scripting ? createTabRenderer({ tabs: browser.tabs, scripting }) : undefined;
}

export default defineBackground(() => {
  const renderPage = tabRenderer();
  const service = createAuditService({
    ...(renderPage ? { renderPage } : {}),
    storage: {
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => browser.storage.local.set(items),
    },
    checkpoints: createIdbCheckpointStore(indexedDB),
    createCrawler,
    audit: auditSite,
    resolveChecklist: async (id, asOf) => {
      const got = await browser.storage.local.get(STORAGE_KEYS.importedChecklists);
      return resolveAnyChecklist(id, asOf, got[STORAGE_KEYS.importedChecklists]);
    },
    fetch: globalThis.fetch.bind(globalThis),
    clock: () => Date.now(),
    // Any extension API call resets the service worker's 30 s idle timer.
    keepAlive: async () => {
      await browser.runtime.getPlatformInfo();
    },
    alarms: {
      create: (name, info) => browser.alarms.create(name, info),
      clear: (name) => browser.alarms.clear(name),
    },
    newRunId: () => crypto.randomUUID(),
  });

  openPanelOnToolbarClick();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return service.handleMessage(message);
  });
  browser.runtime.onStartup.addListener(() => void service.resumeInterrupted());
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm.name));
  // A service worker that starts (after being stopped mid-audit) picks the audit up from its checkpoint.
  void service.resumeInterrupted();
});
