import { describe, expect, it, vi } from 'vitest';
import { type TabsApi, createHostTabs } from '../../lib/extension/host-tabs.ts';
import { highlightEvidence } from '../../lib/extension/show-on-page.ts';

function fakeApi(open: { id: number; url: string; windowId: number }[] = []) {
  const set = vi.fn(async () => undefined);
  const api: TabsApi = {
    tabs: {
      query: vi.fn(async () => open),
      create: vi.fn(async () => ({ id: 99, windowId: 1, status: 'loading' })),
      update: vi.fn(async () => undefined),
      get: vi.fn(async () => ({ status: 'complete' })),
      onUpdated: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    windows: { update: vi.fn(async () => undefined) },
    scripting: { executeScript: vi.fn(async () => [{ result: { found: 'text' } }]) },
    permissions: { contains: vi.fn(async () => true) },
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
    storage: { local: { set } },
  };
  return { api, set };
}

describe('createHostTabs', () => {
  it('switches to a tab already showing the page instead of opening another', async () => {
    const { api } = fakeApi([{ id: 5, url: 'https://a.go.th/ita', windowId: 2 }]);
    expect(await createHostTabs(api).openTab('https://a.go.th/ita')).toBe(5);
    expect(api.tabs.update).toHaveBeenCalledWith(5, { active: true });
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  it('opens the page in a new tab, and injects the stand-alone highlighter with the target as its argument', async () => {
    const { api } = fakeApi();
    const host = createHostTabs(api);
    expect(await host.openTab('https://a.go.th/ita')).toBe(99);
    const target = { url: 'https://a.go.th/a.pdf', label: 'แผน', tag: 'O1' };
    expect(await host.inject(99, target)).toEqual({ found: 'text' });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 99 }, func: highlightEvidence, args: [target] });
  });

  it('the reminder click stores the "due" view and opens the side panel, or a tab when the panel may not open', async () => {
    const withPanel = fakeApi([{ id: 1, url: 'https://x', windowId: 3 }]);
    const sidePanel = { open: vi.fn(async () => undefined) };
    await createHostTabs(withPanel.api, sidePanel).openPanelOn('due');
    expect(withPanel.set).toHaveBeenCalledWith({ 'panel:view': 'due' });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    expect(withPanel.api.tabs.create).not.toHaveBeenCalled();

    const refused = fakeApi([{ id: 1, url: 'https://x', windowId: 3 }]);
    await createHostTabs(refused.api, { open: vi.fn(async () => Promise.reject(new Error('user gesture'))) }).openPanelOn('due');
    expect(refused.api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/sidepanel.html?view=due', active: true });
  });
});
