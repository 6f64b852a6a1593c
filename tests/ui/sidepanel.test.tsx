// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../entrypoints/sidepanel/app.tsx';
import type { AuditState, PanelMessage, PanelReply } from '../../lib/ui/audit-state.ts';
import type { PanelDeps, StorageChanges } from '../../lib/ui/panel-deps.ts';
import { makeEvidence, makeItem, makeReport } from './make-report.ts';

const SITE = 'https://www.example.go.th';

function fakeDeps(over: Partial<PanelDeps> = {}, stored: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(stored));
  const listeners = new Set<(c: StorageChanges, area: string) => void>();
  let state: AuditState = { status: 'idle' };
  const sent: PanelMessage[] = [];
  const deps: PanelDeps = {
    search: `?start=${encodeURIComponent(`${SITE}/`)}&asOf=2026-05-20`,
    storage: {
      async get(keys) {
        const out: Record<string, unknown> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = data.get(k);
        return out;
      },
      async set(items) {
        const changes: StorageChanges = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data.get(k), newValue: v };
          data.set(k, v);
        }
        for (const l of listeners) l(changes, 'local');
      },
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
    async send(message): Promise<PanelReply> {
      sent.push(message);
      if (message.type === 'start') {
        state = {
          status: 'running',
          runId: 'r1',
          site: SITE,
          startedAt: '2026-05-20T00:00:00Z',
          resumes: 0,
          request: { startUrl: message.startUrl, checklistId: message.checklistId, asOf: message.asOf, settings: { maxPages: 1, delayMs: 0, perHostConcurrency: 1, respectRobots: true } },
        };
      }
      if (message.type === 'start') await deps.storage.set({ 'audit:state': state });
      return { ok: true, state: (data.get('audit:state') as AuditState | undefined) ?? state };
    },
    permissions: { contains: vi.fn(async () => false), request: vi.fn(async () => true) },
    activeTabUrl: async () => null,
    checklists: () => [
      { id: 'ita-2569', title: 'ITA 2569', year: 2569, imported: false },
      { id: 'ita-2568', title: 'ITA 2568', year: 2568, imported: false },
    ],
    defaultChecklistId: (asOf) => (asOf < '2025-10-01' ? 'ita-2568' : 'ita-2569'),
    download: vi.fn(),
    today: () => '2026-05-20',
    ...over,
  };
  return { deps, data, sent, setStored: (items: Record<string, unknown>) => deps.storage.set(items) };
}

afterEach(cleanup);

describe('PanelApp', () => {
  it('asks for host access to the site inside the click, then starts', async () => {
    const t = fakeDeps();
    render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(t.deps.permissions.contains).toHaveBeenCalledWith({ origins: ['*://example.go.th/*', '*://www.example.go.th/*'] }));
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(screen.getByText('เริ่มตรวจ / Start'));
    // Synchronously, in the same user gesture.
    expect(t.deps.permissions.request).toHaveBeenCalledWith({ origins: ['*://example.go.th/*', '*://www.example.go.th/*'] });
    await waitFor(() => expect(t.sent.some((m) => m.type === 'start')).toBe(true));
    expect(t.sent.find((m) => m.type === 'start')).toEqual({ type: 'start', startUrl: `${SITE}/`, checklistId: 'ita-2569', asOf: '2026-05-20' });
  });

  it('does not ask again when access is already granted, and does not start when it is refused', async () => {
    const granted = fakeDeps({ permissions: { contains: vi.fn(async () => true), request: vi.fn(async () => true) } });
    render(<PanelApp deps={granted.deps} />);
    await waitFor(() => expect(granted.deps.permissions.contains).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(screen.getByText('เริ่มตรวจ / Start'));
    await waitFor(() => expect(granted.sent.some((m) => m.type === 'start')).toBe(true));
    expect(granted.deps.permissions.request).not.toHaveBeenCalled();
    cleanup();

    const refused = fakeDeps({ permissions: { contains: vi.fn(async () => false), request: vi.fn(async () => false) } });
    render(<PanelApp deps={refused.deps} />);
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(screen.getByText('เริ่มตรวจ / Start'));
    await screen.findByText(/was not granted/);
    expect(refused.sent.some((m) => m.type === 'start')).toBe(false);
  });

  it('refuses a URL that is not a web site', async () => {
    const t = fakeDeps({ search: '?start=javascript%3Aalert(1)' });
    render(<PanelApp deps={t.deps} />);
    fireEvent.click(screen.getByText('เริ่มตรวจ / Start'));
    await screen.findByText(/enter a web site URL/);
    expect(t.deps.permissions.request).not.toHaveBeenCalled();
  });

  it('shows the fiscal year of the as-of date and picks the default checklist for it', async () => {
    const t = fakeDeps({ search: `?start=${encodeURIComponent(SITE)}&asOf=2025-05-15` });
    const { container } = render(<PanelApp deps={t.deps} />);
    expect(container.querySelector('#fiscal-year')?.textContent).toBe('15 พ.ค. 2568 · ปีงบประมาณ 2568');
    expect((container.querySelector('#checklist') as HTMLSelectElement).value).toBe('ita-2568');
  });

  it('follows progress and shows the finished report with the diff against the previous audit', async () => {
    const previous = makeReport([makeItem('O1', 'missing'), makeItem('O2', 'missing')], { generatedAt: '2026-04-01T00:00:00Z' });
    const current = makeReport([
      makeItem('O1', 'pass', { evidence: [makeEvidence({ url: 'javascript:alert(1)', label: 'bad link' }), makeEvidence({ url: `${SITE}/ita`, label: 'ITA' })] }),
      makeItem('O2', 'missing', { attention: [{ kind: 'overdue', message: 'เลยกำหนด', messageEn: 'overdue', due: '2026-04-30' }] }),
    ]);
    const t = fakeDeps();
    const { container } = render(<PanelApp deps={t.deps} />);
    const running = { status: 'running', runId: 'r1', site: SITE, startedAt: 'x', resumes: 1, request: { startUrl: `${SITE}/`, checklistId: 'ita-2569', asOf: '2026-05-20', settings: { maxPages: 1, delayMs: 0, perHostConcurrency: 1, respectRobots: true } } };
    await t.setStored({ 'audit:state': running, 'audit:progress': { runId: 'r1', fetched: 7, queued: 3, failed: 1, documents: 2, currentUrl: `${SITE}/x`, elapsedMs: 61_000 } });
    await waitFor(() => expect(container.querySelector('#progress')?.getAttribute('data-fetched')).toBe('7'));
    expect(container.querySelector('#progress')?.textContent).toContain('1:01');
    expect(container.querySelector('#resumes')?.textContent).toContain('resumed 1×');
    expect(screen.getByText('ยกเลิก / Cancel')).toBeTruthy();

    await t.setStored({ [`reports:${SITE}`]: [current, previous], 'audit:state': { ...running, status: 'done', finishedAt: 'y', reportSite: SITE } });
    await waitFor(() => expect(container.querySelector('#audit-state')?.getAttribute('data-state')).toBe('done'));
    expect(container.querySelector('[data-item-id="O1"]')?.getAttribute('data-status')).toBe('pass');
    expect(container.querySelector('[data-diff-item="O1"]')?.textContent).toContain('ไม่พบ → ผ่าน');
    expect(container.querySelector('[data-due-item="O2"]')?.getAttribute('data-due-kind')).toBe('overdue');
    const links = [...container.querySelectorAll('[data-item-id="O1"] .evidence a')].map((a) => a.getAttribute('href'));
    // The javascript: evidence is text; its "found on" page and the http evidence are links.
    expect(links).toEqual([`${SITE}/ita`, `${SITE}/ita`]);
    expect(container.querySelector('[data-item-id="O1"] .not-link')?.textContent).toBe('bad link');
    expect(JSON.parse(container.querySelector('#result-json')?.textContent ?? 'null')).toEqual(current);

    fireEvent.click(screen.getByText('CSV'));
    expect(t.deps.download).toHaveBeenCalledWith('oit-audit-www.example.go.th-2026-05-20.csv', 'text/csv;charset=utf-8', expect.stringContaining('O1,'));
    fireEvent.click(screen.getByText('HTML'));
    expect(t.deps.download).toHaveBeenLastCalledWith(expect.stringMatching(/\.html$/), 'text/html;charset=utf-8', expect.stringContaining('<!doctype html>'));
  });

  it('cancel asks the background and shows the cancelled state', async () => {
    const t = fakeDeps();
    const running = { status: 'running', runId: 'r1', site: SITE, startedAt: 'x', resumes: 0, request: { startUrl: `${SITE}/`, checklistId: 'ita-2569', asOf: '2026-05-20', settings: { maxPages: 1, delayMs: 0, perHostConcurrency: 1, respectRobots: true } } };
    await t.setStored({ 'audit:state': running });
    t.deps.send = vi.fn(async (m: PanelMessage): Promise<PanelReply> => {
      if (m.type === 'cancel') t.data.set('audit:state', { ...running, status: 'cancelled', finishedAt: 'z' });
      return { ok: true, state: t.data.get('audit:state') as AuditState };
    });
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelector('#audit-state')?.getAttribute('data-state')).toBe('running'));
    fireEvent.click(screen.getByText('ยกเลิก / Cancel'));
    await waitFor(() => expect(container.querySelector('#audit-state')?.getAttribute('data-state')).toBe('cancelled'));
    expect(t.deps.send).toHaveBeenCalledWith({ type: 'cancel' });
  });
});
