import { render } from 'preact';
import { browser } from 'wxt/browser';
import { builtInOptions, parseWithBuiltInConcepts } from '../../lib/ui/checklist-catalog.ts';
import { OptionsApp, type OptionsDeps } from './app.tsx';
import { createIdbReportStore } from '../../lib/extension/report-store.ts';

const deps: OptionsDeps = {
  storage: {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
    onChanged: browser.storage.onChanged,
  },
  builtIn: builtInOptions(),
  parse: parseWithBuiltInConcepts,
  now: () => new Date().toISOString(),
  reports: createIdbReportStore(indexedDB),
};

const root = document.getElementById('app');
if (root) render(<OptionsApp deps={deps} />, root);
