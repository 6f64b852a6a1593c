import { browser } from 'wxt/browser';
import { auditSite } from '../lib/audit/audit-site.ts';
import { createCrawler } from '../lib/crawl/crawler.ts';
import { createIdbCheckpointStore } from '../lib/crawl/idb-checkpoint-store.ts';
import { createAuditService } from '../lib/extension/audit-service.ts';
import { throttledKeepAlive } from '../lib/extension/keep-alive.ts';
import { createIdbReportStore } from '../lib/extension/report-store.ts';
import { REMINDER_ALARM, createMonthEndCheck, type MonthEndDeps } from '../lib/extension/month-end-check.ts';
import { type TabsApi, createHostTabs } from '../lib/extension/host-tabs.ts';
import { ShowOnPageRequest, showOnPage } from '../lib/extension/show-on-page.ts';
import { todayIso } from '../lib/report/format.ts';
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
  const reports = createIdbReportStore(indexedDB);
  // What the audit service and the month-end re-check share: storage, the engine, the network, time.
  const shared: Omit<MonthEndDeps, 'today' | 'notify' | 'setBadge'> = {
    storage: {
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => browser.storage.local.set(items),
    },
    reports,
    createCrawler,
    audit: auditSite,
    resolveChecklist: async (id, asOf) => {
      const got = await browser.storage.local.get(STORAGE_KEYS.importedChecklists);
      return resolveAnyChecklist(id, asOf, got[STORAGE_KEYS.importedChecklists]);
    },
    fetch: globalThis.fetch.bind(globalThis),
    clock: () => Date.now(),
    // Any extension API call resets the service worker's 30 s idle timer; one every few seconds is enough.
    keepAlive: throttledKeepAlive(async () => {
      await browser.runtime.getPlatformInfo();
    }, () => Date.now()),
  };
  const service = createAuditService({
    ...shared,
    ...(renderPage ? { renderPage } : {}),
    checkpoints: createIdbCheckpointStore(indexedDB),
    alarms: {
      create: (name, info) => browser.alarms.create(name, info),
      clear: (name) => browser.alarms.clear(name),
    },
    newRunId: () => crypto.randomUUID(),
  });

  const monthEnd = createMonthEndCheck({
    ...shared,
    today: () => todayIso(),
    notify: async (title, message) => {
      await browser.notifications.create(REMINDER_ALARM, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
    },
    setBadge: async (text) => {
      await (browser.action ?? browser.browserAction).setBadgeText({ text });
      await (browser.action ?? browser.browserAction).setBadgeBackgroundColor({ color: '#a40e26' });
    },
  });
  const hostTabs = createHostTabs(
    browser as unknown as TabsApi,
    (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel,
  );

  openPanelOnToolbarClick();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const show = ShowOnPageRequest.safeParse(message);
    if (show.success) return showOnPage(show.data, hostTabs);
    if ((message as { type?: unknown } | null)?.type === 'month-end-check') return monthEnd.run(true);
    return service.handleMessage(message);
  });
  // Month-end reminders: look a few times a day whether the re-check is due (it runs once a month).
  void browser.alarms.get(REMINDER_ALARM).then(async (a) => {
    if (!a) await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: 180 });
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== REMINDER_ALARM) return;
    void hostTabs.openPanelOn('due');
  });
  browser.runtime.onStartup.addListener(() => void service.resumeInterrupted());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void monthEnd.run();
    else void service.onAlarm(alarm.name);
  });
  // A service worker that starts (after being stopped mid-audit) picks the audit up from its checkpoint.
  void service.resumeInterrupted();
});
