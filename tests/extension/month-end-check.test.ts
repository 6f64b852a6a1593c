import { describe, expect, it, vi } from 'vitest';
import type { AuditInput } from '../../lib/audit/audit-site.ts';
import type { CrawlData } from '../../lib/audit/site-index.ts';
import type { Checklist } from '../../lib/checklist/checklist-schema.ts';
import { StartUrlError, type CrawlResult } from '../../lib/crawl/crawler.ts';
import { createMonthEndCheck, mergeRecheck, recheckUrls } from '../../lib/extension/month-end-check.ts';
import { createMemoryReportStore } from '../../lib/extension/report-store.ts';
import type { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { STORAGE_KEYS } from '../../lib/ui/audit-state.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';

const SITE = 'https://www.example.go.th';

function page(url: string, title = 'หน้า'): PageSnapshot {
  return { url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', title, headings: [], breadcrumb: '', links: [], dates: [], contacts: [], forms: [], unlinkedRows: [], prose: [], scriptFilled: false, scriptBuilt: 'none', rendered: 'no', truncated: false, depth: 0, fetchedAt: '2026-05-01T00:00:00Z' };
}
const stored: CrawlData = { startUrl: `${SITE}/`, homeUrl: `${SITE}/`, pages: [page(`${SITE}/`), page(`${SITE}/ita`), page(`${SITE}/news`)], documents: [], failures: [], stoppedBy: 'done', elapsedMs: 1, pending: [] };
const last = makeReport(
  [
    makeItem('O1', 'pass', { evidence: [makeEvidence({ url: `${SITE}/files/plan.pdf`, foundOn: `${SITE}/ita`, kind: 'document' })] }),
    makeItem('O2', 'pass', { evidence: [makeEvidence({ url: `${SITE}/news`, foundOn: `${SITE}/`, kind: 'page' }), makeEvidence({ url: 'javascript:x', foundOn: 'data:text/html,x' })] }),
    makeItem('O3', 'missing'),
  ],
  { site: SITE, generatedAt: '2026-05-01T00:00:00.000Z' },
);

function memoryStorage() {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys: string | string[]) {
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
}

const result = (pages: PageSnapshot[]): CrawlResult => ({ startUrl: pages[0]?.url ?? '', homeUrl: pages[0]?.url ?? '', pages, documents: [], failures: [], stoppedBy: 'max-pages', elapsedMs: 1, pending: [], skipped: [], notes: [] });

async function setup(today: string) {
  const storage = memoryStorage();
  const reports = createMemoryReportStore();
  await reports.add(last, 10, stored);
  const runs: string[] = [];
  const audited: AuditInput[] = [];
  const deps = {
    storage,
    reports,
    createCrawler: () => ({
      async run(o: { startUrl: string }) {
        runs.push(o.startUrl);
        if (o.startUrl === `${SITE}/news`) throw new StartUrlError(o.startUrl, 'HTTP 404', 404);
        return result([page(o.startUrl, 'ใหม่')]);
      },
    }),
    // The re-judged report: O2 lost its page (it failed), O1 has overdue work.
    audit: (input: AuditInput) => {
      audited.push(input);
      const newsGone = ![...input.crawl.pages].some((p) => p.url === `${SITE}/news`);
      return makeReport(
        [
          makeItem('O1', 'pass', { attention: [{ kind: 'overdue', message: 'เลยกำหนด', messageEn: 'overdue', due: '2026-05-20' }] }),
          makeItem('O2', newsGone ? 'missing' : 'pass'),
          makeItem('O3', 'missing'),
        ],
        { site: SITE, generatedAt: '2026-05-25T01:00:00.000Z', asOf: '2026-05-25' },
      );
    },
    resolveChecklist: async () => ({ ok: true as const, checklist: { id: 'ita-2569' } as unknown as Checklist, concepts: [], priorityTerms: [] }),
    fetch: vi.fn() as unknown as typeof fetch,
    clock: () => Date.parse('2026-05-25T01:00:00Z'),
    keepAlive: async () => undefined,
    today: () => today,
    notify: vi.fn(async () => undefined),
    setBadge: vi.fn(async () => undefined),
  };
  await storage.set({ [STORAGE_KEYS.reminders]: { sites: [SITE], day: 25 } });
  return { deps, check: createMonthEndCheck(deps), runs, audited, storage, reports };
}

describe('recheckUrls and mergeRecheck', () => {
  it('re-fetches only the pages evidence was found on and evidence pages, http(s) only, bounded', () => {
    expect(recheckUrls(last, 10)).toEqual([`${SITE}/ita`, `${SITE}/`, `${SITE}/news`]);
    expect(recheckUrls(last, 2)).toHaveLength(2);
  });

  it('puts the fresh pages in place of the stored ones and records pages that failed now', () => {
    const merged = mergeRecheck(stored, { urls: [`${SITE}/ita`, `${SITE}/news`], results: [result([page(`${SITE}/ita`, 'ใหม่')])], failed: [{ url: `${SITE}/news`, reason: 'HTTP 404' }] });
    expect(merged.pages.map((p) => [p.url, p.title])).toEqual([[`${SITE}/`, 'หน้า'], [`${SITE}/ita`, 'ใหม่']]);
    expect(merged.failures).toEqual([{ url: `${SITE}/news`, reason: 'HTTP 404' }]);
  });
});

describe('month-end check', () => {
  it('does nothing before the chosen day', async () => {
    const t = await setup('2026-05-24');
    expect(await t.check.run()).toBeNull();
    expect(t.runs).toEqual([]);
    expect(t.deps.notify).not.toHaveBeenCalled();
  });

  it('on the day: bounded re-check, judged again as of today, badge and notification with the count, once a month', async () => {
    const t = await setup('2026-05-25');
    const r = await t.check.run();
    expect(t.runs).toEqual([`${SITE}/ita`, `${SITE}/`, `${SITE}/news`]);
    expect(t.audited[0]?.asOf).toEqual({ year: 2026, month: 5, day: 25 });
    expect(r).toMatchObject({ month: '2026-05', total: 2, sites: [{ site: SITE, due: 1, broken: 1 }] });
    expect(t.deps.setBadge).toHaveBeenCalledWith('2');
    expect(t.deps.notify).toHaveBeenCalledWith(expect.stringContaining('2'), expect.stringContaining(SITE));
    expect((await t.reports.list(SITE))[0]?.generatedAt).toBe('2026-05-25T01:00:00.000Z');
    expect(t.storage.data.get(STORAGE_KEYS.reminderResult)).toMatchObject({ total: 2 });
    // The next alarm the same month does not run it again.
    expect(await t.check.run()).toBeNull();
    expect(t.runs).toHaveLength(3);
  });

  it('a watched site never audited is reported, not guessed', async () => {
    const t = await setup('2026-05-26');
    await t.storage.set({ [STORAGE_KEYS.reminders]: { sites: ['https://new.go.th'], day: 25 } });
    const r = await t.check.run();
    expect(r?.sites[0]).toMatchObject({ site: 'https://new.go.th', problem: expect.stringContaining('never audited') });
    expect(t.deps.setBadge).toHaveBeenCalledWith('');
  });
});
