// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../entrypoints/sidepanel/app.tsx';
import type { AuditState, PanelMessage, PanelReply } from '../../lib/ui/audit-state.ts';
import type { PanelDeps, StorageChanges } from '../../lib/ui/panel-deps.ts';
import { makeEvidence, makeItem, makeReport } from './make-report.ts';
import { createMemoryReportStore } from '../../lib/extension/report-store.ts';
import type { Report } from '../../lib/report/report-schema.ts';

const SITE = 'https://www.example.go.th';
const startButton = (): HTMLElement => document.getElementById('start') as HTMLElement;

function fakeDeps(over: Partial<PanelDeps> = {}, stored: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(stored));
  const reports = createMemoryReportStore();
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
          request: { startUrl: message.startUrl, checklistId: message.checklistId, asOf: message.asOf, settings: { maxPages: 10, delayMs: 0, perHostConcurrency: 1, respectRobots: true, historyLimit: 10 } },
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
    reports,
    showOnPage: vi.fn(async () => ({ ok: true as const, found: 'link' as const })),
    copy: vi.fn(async () => undefined),
    ...over,
  };
  /** What the background does when it finishes an audit: the report into the history, then the change note. */
  const addReport = async (report: Report): Promise<void> => {
    await reports.add(report, 10);
    await deps.storage.set({ 'history:changed': { site: report.site, generatedAt: report.generatedAt } });
  };
  return { deps, data, sent, reports, addReport, setStored: (items: Record<string, unknown>) => deps.storage.set(items) };
}

afterEach(cleanup);

describe('PanelApp', () => {
  it('asks for host access to the site inside the click, then starts', async () => {
    const t = fakeDeps();
    render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(t.deps.permissions.contains).toHaveBeenCalledWith({ origins: ['*://example.go.th/*', '*://www.example.go.th/*'] }));
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(startButton());
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
    fireEvent.click(startButton());
    await waitFor(() => expect(granted.sent.some((m) => m.type === 'start')).toBe(true));
    expect(granted.deps.permissions.request).not.toHaveBeenCalled();
    cleanup();

    const refused = fakeDeps({ permissions: { contains: vi.fn(async () => false), request: vi.fn(async () => false) } });
    render(<PanelApp deps={refused.deps} />);
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(startButton());
    await screen.findByText(/was not granted/);
    expect(refused.sent.some((m) => m.type === 'start')).toBe(false);
  });

  it('refuses a URL that is not a web site', async () => {
    const t = fakeDeps({ search: '?start=javascript%3Aalert(1)' });
    render(<PanelApp deps={t.deps} />);
    fireEvent.click(startButton());
    await screen.findByText(/enter a web site address/);
    expect(t.deps.permissions.request).not.toHaveBeenCalled();
  });

  it('shows the fiscal year of the as-of date and picks the default checklist for it', async () => {
    const t = fakeDeps({ search: `?start=${encodeURIComponent(SITE)}&asOf=2025-05-15` });
    const { container } = render(<PanelApp deps={t.deps} />);
    expect(container.querySelector('#fiscal-year')?.textContent).toBe('15 พ.ค. 2568 · ปีงบประมาณ 2568');
    expect((container.querySelector('#checklist') as HTMLSelectElement).value).toBe('ita-2568');
  });

  it('follows progress and shows the finished report; the history compares it with the previous audit', async () => {
    const previous = makeReport([makeItem('O1', 'missing'), makeItem('O2', 'missing')], { generatedAt: '2026-04-01T00:00:00Z' });
    const current = makeReport([
      makeItem('O1', 'pass', { evidence: [makeEvidence({ url: 'javascript:alert(1)', label: 'bad link' }), makeEvidence({ url: `${SITE}/ita`, label: 'ITA' })] }),
      makeItem('O2', 'missing', { attention: [{ kind: 'overdue', message: 'เลยกำหนด', messageEn: 'overdue', due: '2026-04-30' }] }),
    ]);
    const t = fakeDeps();
    const { container } = render(<PanelApp deps={t.deps} />);
    const running = { status: 'running', runId: 'r1', site: SITE, startedAt: 'x', resumes: 1, request: { startUrl: `${SITE}/`, checklistId: 'ita-2569', asOf: '2026-05-20', settings: { maxPages: 10, delayMs: 0, perHostConcurrency: 1, respectRobots: true, historyLimit: 10 } } };
    await t.setStored({ 'audit:state': running, 'audit:progress': { runId: 'r1', fetched: 7, queued: 3, failed: 1, documents: 2, currentUrl: `${SITE}/x`, elapsedMs: 61_000 } });
    await waitFor(() => expect(container.querySelector('#progress')?.getAttribute('data-fetched')).toBe('7'));
    expect(container.querySelector('#progress')?.textContent).toContain('1:01');
    expect(container.querySelector('#progress progress')?.getAttribute('max')).toBe('10');
    // 7 pages in 61 s, 3 more to go (queued 3, budget 10): about 26 s.
    expect(container.querySelector('#estimate')?.textContent).toContain('0:26');
    expect(container.querySelector('#resumes')?.textContent).toContain('resumed 1×');
    expect(container.querySelector('#cancel')).toBeTruthy();

    await t.addReport(previous);
    await t.addReport(current);
    await t.setStored({ 'audit:state': { ...running, status: 'done', finishedAt: 'y', reportSite: SITE } });
    await waitFor(() => expect(container.querySelector('#audit-state')?.getAttribute('data-state')).toBe('done'));
    await waitFor(() => expect(container.querySelector('[data-item-id="O1"]')?.getAttribute('data-status')).toBe('pass'));
    const links = [...container.querySelectorAll('[data-item-id="O1"] .evidence a')].map((a) => a.getAttribute('href'));
    // The javascript: evidence is text; its "found on" page and the http evidence are links.
    expect(links).toEqual([`${SITE}/ita`, `${SITE}/ita`]);
    expect(container.querySelector('[data-item-id="O1"] .not-link')?.textContent).toBe('bad link');
    expect(JSON.parse(container.querySelector('#result-json')?.textContent ?? 'null')).toEqual(current);

    fireEvent.click(screen.getByText('CSV'));
    expect(t.deps.download).toHaveBeenCalledWith('oit-audit-www.example.go.th-2026-05-20.csv', 'text/csv;charset=utf-8', expect.stringContaining('O1,'));
    fireEvent.click(screen.getByText('HTML'));
    expect(t.deps.download).toHaveBeenLastCalledWith(expect.stringMatching(/\.html$/), 'text/html;charset=utf-8', expect.stringContaining('<!doctype html>'));

    fireEvent.click(container.querySelector('#view-due') as HTMLElement);
    expect(container.querySelector('[data-due-owner="สำนักปลัด"] [data-due-item="O2"]')?.getAttribute('data-due-kind')).toBe('overdue');
    fireEvent.click(container.querySelector('#view-history') as HTMLElement);
    expect(container.querySelectorAll('[data-history-entry]')).toHaveLength(2);
    expect(container.querySelector('[data-change="fixed"] [data-diff-item="O1"]')?.textContent).toContain('ไม่พบ → ผ่าน');
  });

  it('cancel asks the background and shows the cancelled state', async () => {
    const t = fakeDeps();
    const running = { status: 'running', runId: 'r1', site: SITE, startedAt: 'x', resumes: 0, request: { startUrl: `${SITE}/`, checklistId: 'ita-2569', asOf: '2026-05-20', settings: { maxPages: 10, delayMs: 0, perHostConcurrency: 1, respectRobots: true, historyLimit: 10 } } };
    await t.setStored({ 'audit:state': running });
    t.deps.send = vi.fn(async (m: PanelMessage): Promise<PanelReply> => {
      if (m.type === 'cancel') await t.setStored({ 'audit:state': { ...running, status: 'cancelled', finishedAt: 'z' } });
      return { ok: true, state: t.data.get('audit:state') as AuditState };
    });
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelector('#audit-state')?.getAttribute('data-state')).toBe('running'));
    fireEvent.click(container.querySelector('#cancel') as HTMLElement);
    await waitFor(() => expect(container.querySelector('#audit-state')?.getAttribute('data-state')).toBe('cancelled'));
    expect(t.deps.send).toHaveBeenCalledWith({ type: 'cancel' });
  });

  it('the status counts and the division list filter the items, which are grouped by indicator', async () => {
    const t = fakeDeps();
    await t.addReport(
      makeReport([
        makeItem('O1', 'pass', { subIndicator: '9.1 ข้อมูลพื้นฐาน', owner: 'สำนักปลัด' }),
        makeItem('O2', 'missing', { subIndicator: '9.1 ข้อมูลพื้นฐาน', owner: 'กองคลัง' }),
        makeItem('O3', 'missing', { subIndicator: '9.2 การบริหารงาน', owner: 'สำนักปลัด' }),
      ]),
    );
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelectorAll('[data-item-id]')).toHaveLength(3));
    expect([...container.querySelectorAll('[data-indicator]')].map((g) => g.getAttribute('data-indicator'))).toEqual(['9.1 ข้อมูลพื้นฐาน', '9.2 การบริหารงาน']);
    const missing = container.querySelector('[data-summary="missing"]') as HTMLElement;
    expect(missing.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(missing);
    expect(missing.getAttribute('aria-pressed')).toBe('true');
    expect([...container.querySelectorAll('[data-item-id]')].map((i) => i.getAttribute('data-item-id'))).toEqual(['O2', 'O3']);
    fireEvent.change(container.querySelector('.owner-filter') as HTMLSelectElement, { target: { value: 'สำนักปลัด' } });
    expect([...container.querySelectorAll('[data-item-id]')].map((i) => i.getAttribute('data-item-id'))).toEqual(['O3']);
    expect(container.querySelector('#shown-count')?.getAttribute('data-shown')).toBe('1');
    fireEvent.click(container.querySelector('#clear-filters') as HTMLElement);
    expect(container.querySelectorAll('[data-item-id]')).toHaveLength(3);
  });

  it('site text cannot run code or flood the panel: scripts, javascript:/data: URLs, bidi overrides, NUL, 50,000 characters', async () => {
    const huge = 'ก'.repeat(50_000);
    const hostile = makeReport([
      makeItem('O1', 'pass', {
        evidence: [
          makeEvidence({ url: 'javascript:alert(1)', label: '<script>alert(1)</script>', foundOn: 'javascript:alert(2)' }),
          makeEvidence({ url: 'data:text/html,<script>alert(1)</script>', label: '\u202egnp.exe\u0000', foundOn: `${SITE}/ita` }),
          makeEvidence({ url: `${SITE}/long`, label: huge, foundOn: `${SITE}/ita` }),
        ],
      }),
    ]);
    const t = fakeDeps();
    await t.addReport(hostile);
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelector('[data-item-id="O1"]')).toBeTruthy());
    expect(container.querySelector('[data-item-id="O1"] script')).toBeNull();
    const hrefs = [...container.querySelectorAll('[data-item-id="O1"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h?.startsWith('https://'))).toBe(true);
    const text = container.querySelector('[data-item-id="O1"] .evidence')?.textContent ?? '';
    expect(text).not.toMatch(/[\u0000\u202e]/);
    expect(text).toContain('<script>alert(1)</script>');
    // The long label is cut in the line; the whole text is kept in a collapsed block.
    const longLine = container.querySelector(`[data-evidence-url="${SITE}/long"]`) as HTMLElement;
    expect(longLine.querySelector('a')?.textContent?.length).toBeLessThanOrEqual(140);
    expect(longLine.querySelector('details.full-text')?.hasAttribute('open')).toBe(false);
    // No "show on page" for a javascript: page.
    expect(container.querySelector('[data-evidence-url="javascript:alert(1)"] .show-on-page')).toBeNull();
  });

  it('"show on page" asks the background with the evidence and the item, and says what happened', async () => {
    const t = fakeDeps();
    await t.addReport(makeReport([makeItem('O1', 'pass', { title: 'โครงสร้าง', evidence: [makeEvidence({ url: `${SITE}/a.pdf`, label: 'แผน', foundOn: `${SITE}/ita` })] })]));
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelector('.show-on-page')).toBeTruthy());
    fireEvent.click(container.querySelector('.show-on-page') as HTMLElement);
    expect(t.deps.showOnPage).toHaveBeenCalledWith({ type: 'show-on-page', site: SITE, foundOn: `${SITE}/ita`, url: `${SITE}/a.pdf`, label: 'แผน', itemId: 'O1', itemTitle: 'โครงสร้าง' });
    await waitFor(() => expect(container.querySelector('.show-result')?.getAttribute('data-found')).toBe('link'));
  });

  it('form sheet: evidence URLs per item in order, copy one, copy all, download for Excel', async () => {
    const t = fakeDeps({ search: `?start=${encodeURIComponent(`${SITE}/`)}&view=form` });
    await t.addReport(
      makeReport([
        makeItem('O1', 'pass', { evidence: [makeEvidence({ url: `${SITE}/a` }), makeEvidence({ url: `${SITE}/a` }), makeEvidence({ url: 'javascript:x' })] }),
        makeItem('O2', 'missing'),
      ]),
    );
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelectorAll('[data-form-item]')).toHaveLength(2));
    expect(container.querySelector('[data-form-item="O1"]')?.getAttribute('data-urls')).toBe('1');
    expect((container.querySelector('[data-form-item="O2"] .copy-one') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(container.querySelector('[data-form-item="O1"] .copy-one') as HTMLElement);
    expect(t.deps.copy).toHaveBeenLastCalledWith(`${SITE}/a`);
    fireEvent.click(container.querySelector('#copy-all') as HTMLElement);
    const copied = String(vi.mocked(t.deps.copy).mock.lastCall?.[0]);
    expect(copied.indexOf(`${SITE}/a`)).toBeGreaterThan(copied.indexOf('O1 รายการ O1'));
    expect(copied.indexOf('O2 รายการ O2')).toBeGreaterThan(copied.indexOf(`${SITE}/a`));
    expect(copied).toContain('ไม่พบหลักฐาน');
    await waitFor(() => expect(container.querySelector('#copy-status')?.textContent).toContain('copied'));
    fireEvent.click(container.querySelector('#download-form-sheet') as HTMLElement);
    expect(t.deps.download).toHaveBeenLastCalledWith(expect.stringMatching(/oit-form\.csv$/), 'text/csv;charset=utf-8', expect.stringMatching(/^\uFEFF/));
  });

  it('Thai-only and English-only views; English dates carry both forms; the choice is stored', async () => {
    const t = fakeDeps();
    await t.addReport(makeReport([makeItem('O1', 'missing')]));
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelector('[data-item-id="O1"]')).toBeTruthy());
    expect(container.querySelector('#start')?.textContent).toBe('เริ่มตรวจ / Start');
    fireEvent.change(container.querySelector('#lang-view') as HTMLSelectElement, { target: { value: 'en' } });
    await waitFor(() => expect(container.querySelector('#start')?.textContent).toBe('Start'));
    expect(t.data.get('panel:prefs')).toEqual({ lang: 'en' });
    expect(container.querySelector('[data-item-id="O1"] [data-badge]')?.textContent).toBe('✘ missing');
    expect(container.querySelector('#fiscal-year')?.textContent).toContain('20 May 2026 (20 พ.ค. 2569)');
    fireEvent.change(container.querySelector('#lang-view') as HTMLSelectElement, { target: { value: 'th' } });
    await waitFor(() => expect(container.querySelector('#start')?.textContent).toBe('เริ่มตรวจ'));
    expect(container.querySelector('[data-item-id="O1"] [data-badge]')?.textContent).toBe('✘ ไม่พบ');
  });

  it('a URL typed without a scheme is started as https with the http fallback, and says so', async () => {
    const t = fakeDeps({ search: '?start=www.example.go.th&asOf=2026-05-20', permissions: { contains: vi.fn(async () => true), request: vi.fn(async () => true) } });
    const { container } = render(<PanelApp deps={t.deps} />);
    expect(container.querySelector('#scheme-hint')?.textContent).toContain('https');
    await waitFor(() => expect(t.deps.permissions.contains).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(startButton());
    await waitFor(() => expect(t.sent.find((m) => m.type === 'start')).toMatchObject({ startUrl: `${SITE}/`, fallbackHttp: true }));
  });

  it('opens on the due list when the reminder asked for it, and re-judges with the date chosen', async () => {
    const t = fakeDeps({}, { 'panel:view': 'due' });
    await t.addReport(makeReport([makeItem('O2', 'missing', { attention: [{ kind: 'due-soon', message: 'ใกล้ถึง', messageEn: 'soon', due: '2026-05-31' }] })]));
    const { container } = render(<PanelApp deps={t.deps} />);
    await waitFor(() => expect(container.querySelector('[data-due-item="O2"]')).toBeTruthy());
    expect(t.data.get('panel:view')).toBeNull();
    fireEvent.click(container.querySelector('#rejudge') as HTMLElement);
    await waitFor(() => expect(t.sent.find((m) => m.type === 'rejudge')).toEqual({ type: 'rejudge', site: SITE, checklistId: 'ita-2569', asOf: '2026-05-20' }));
  });
});
