import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access is requested at run time for the audited site only (optional_host_permissions).
// The e2e build additionally declares 127.0.0.1, because a permission prompt cannot be answered
// in headless Chromium (see ../shared/stack.md §3).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ mode, manifestVersion, browser }) => ({
    // Name and description from public/_locales (Thai by default, English for an English browser).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    // WXT adds "sidePanel" itself for Chrome builds (Firefox gets sidebar_action instead).
    // scripting: read the DOM of a page built by script, rendered in a background tab (README, Rendering),
    // and "show on page" highlights evidence in a page of the audited site (host access the user granted
    // for that site; nothing is injected elsewhere). notifications: the month-end reminder.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'activeTab', 'scripting', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    host_permissions: mode === 'e2e' ? ['*://127.0.0.1/*'] : [],
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // Firefox only: the add-on id, and that no data is collected for the developer (pages are read
    // on the user's machine to build the report; nothing is sent anywhere else).
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'oit-audit@example.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  // OIT_UNMINIFIED=1 keeps function names in the bundle, for CPU profiles (npm run bench -- chromium-crawl with BENCH_PROFILE=1).
  vite: () => ({ plugins: [preact()], ...(process.env.OIT_UNMINIFIED === '1' ? { build: { minify: false } } : {}) }),
});
