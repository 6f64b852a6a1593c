import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PanelMessage, PanelReply } from '../../lib/ui/audit-state.ts';
import { checklistOptions, defaultChecklistFor } from '../../lib/ui/checklist-catalog.ts';
import { todayIso } from '../../lib/report/format.ts';
import type { PanelDeps } from '../../lib/ui/panel-deps.ts';
import { REPORT_CSS } from '../../lib/report/report-style.ts';
import { downloadText } from '../../lib/ui/download.ts';
import { PanelApp } from './app.tsx';
import { createIdbReportStore } from '../../lib/extension/report-store.ts';
import type { ShowOnPageReply } from '../../lib/extension/show-on-page.ts';

const style = document.createElement('style');
style.textContent = REPORT_CSS;
document.head.append(style);

const deps: PanelDeps = {
  search: location.search,
  storage: {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
    onChanged: browser.storage.onChanged,
  },
  send: (message: PanelMessage) => browser.runtime.sendMessage(message) as Promise<PanelReply>,
  permissions: {
    contains: (p) => browser.permissions.contains(p),
    request: (p) => browser.permissions.request(p),
  },
  async activeTabUrl() {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.url ?? null;
    } catch {
      return null;
    }
  },
  checklists: checklistOptions,
  defaultChecklistId: defaultChecklistFor,
  download: downloadText,
  today: () => todayIso(),
  reports: createIdbReportStore(indexedDB),
  showOnPage: (request) => browser.runtime.sendMessage(request) as Promise<ShowOnPageReply>,
  copy: (text) => navigator.clipboard.writeText(text),
};

const root = document.getElementById('app');
if (root) render(<PanelApp deps={deps} />, root);
