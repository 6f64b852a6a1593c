import type { CrawlData } from '../audit/site-index.ts';
import { createMemoryCheckpointStore } from '../crawl/checkpoint.ts';
import { type CrawlResult, StartUrlError } from '../crawl/crawler.ts';
import { diffReports } from '../report/report-diff.ts';
import type { Report } from '../report/report-schema.ts';
import { parseIsoDate } from '../thai/fiscal-year.ts';
import { STORAGE_KEYS } from '../ui/audit-state.ts';
import { type ReminderResult, readReminderResult, readReminders, reminderDue } from '../ui/reminder-settings.ts';
import { readSettings } from '../ui/settings.ts';
import type { AuditServiceDeps } from './audit-service.ts';

/** The alarm that looks, a few times a day, whether the month-end re-check is due. */
export const REMINDER_ALARM = 'oit-audit-reminder';
/** Pages re-fetched per site at most (the evidence pages and the listing pages they were found on). */
export const RECHECK_MAX_PAGES = 40;

export interface MonthEndDeps
  extends Pick<AuditServiceDeps, 'storage' | 'reports' | 'createCrawler' | 'audit' | 'resolveChecklist' | 'fetch' | 'clock' | 'keepAlive'> {
  /** Local date YYYY-MM-DD. */
  today(): string;
  notify(title: string, message: string): Promise<void>;
  setBadge(text: string): Promise<void>;
  maxPages?: number;
}

type SiteResult = ReminderResult['sites'][number];

/** The pages a bounded re-check fetches again: where the evidence was found, and evidence that is a page itself. */
export function recheckUrls(report: Report, max: number): string[] {
  const urls: string[] = [];
  const seen = new Set<string>();
  const add = (url: string): void => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return;
    }
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || seen.has(u.href)) return;
    seen.add(u.href);
    urls.push(u.href);
  };
  for (const item of report.items) {
    for (const e of item.evidence) {
      add(e.foundOn);
      if (e.kind === 'page') add(e.url);
    }
  }
  return urls.slice(0, max);
}

/** The stored crawl with the re-fetched pages, documents and failures put in place of the old ones. */
export function mergeRecheck(stored: CrawlData, fresh: { urls: string[]; results: CrawlResult[]; failed: { url: string; reason: string; status?: number }[] }): CrawlData {
  const replaced = new Set<string>(fresh.urls);
  for (const r of fresh.results) for (const p of r.pages) replaced.add(p.url).add(p.finalUrl);
  const newDocs = fresh.results.flatMap((r) => r.documents);
  const docUrls = new Set(newDocs.map((d) => d.url));
  const newFailures = [...fresh.results.flatMap((r) => r.failures), ...fresh.failed];
  const failedUrls = new Set(newFailures.map((f) => f.url));
  return {
    ...stored,
    pages: [...stored.pages.filter((p) => !replaced.has(p.url) && !replaced.has(p.finalUrl)), ...fresh.results.flatMap((r) => r.pages)],
    documents: [...stored.documents.filter((d) => !docUrls.has(d.url)), ...newDocs],
    failures: [...stored.failures.filter((f) => !failedUrls.has(f.url) && !replaced.has(f.url)), ...newFailures],
  };
}

/** Items overdue or due soon, and items that got worse since the previous audit or whose evidence broke. */
export function countDueAndBroken(previous: Report, current: Report): { due: number; broken: number } {
  const due = current.items.filter((i) => i.attention.some((a) => a.kind === 'overdue' || a.kind === 'due-soon')).length;
  const worse = new Set(diffReports(previous, current).changed.filter((c) => c.direction === 'worse').map((c) => c.id));
  for (const item of current.items) if (item.evidence.some((e) => e.status !== undefined && e.status >= 400)) worse.add(item.id);
  return { due, broken: worse.size };
}

/**
 * The month-end reminder: on the chosen day, each watched site's evidence and listing pages are
 * fetched again (not a full crawl), the stored snapshots are judged again as of today, and the
 * number of items due or broken goes to a notification and the toolbar badge.
 */
export function createMonthEndCheck(deps: MonthEndDeps) {
  async function recheckSite(site: string, asOfIso: string): Promise<SiteResult> {
    const [last] = await deps.reports.list(site);
    const stored = await deps.reports.latestCrawl(site);
    if (!last || !stored) return { site, due: 0, broken: 0, problem: 'ยังไม่เคยตรวจเว็บไซต์นี้ / never audited' };
    const asOf = parseIsoDate(asOfIso);
    const chosen = asOf ? await deps.resolveChecklist(last.checklist.id, asOf) : null;
    if (!asOf || !chosen || !chosen.ok) return { site, due: 0, broken: 0, problem: chosen && !chosen.ok ? chosen.message : 'bad date' };
    const got = await deps.storage.get(STORAGE_KEYS.settings);
    const settings = readSettings(got[STORAGE_KEYS.settings]).settings;
    const urls = recheckUrls(last, deps.maxPages ?? RECHECK_MAX_PAGES);
    const results: CrawlResult[] = [];
    const failed: { url: string; reason: string; status?: number }[] = [];
    for (const url of urls) {
      const crawler = deps.createCrawler({ fetch: deps.fetch, clock: deps.clock, store: createMemoryCheckpointStore(), keepAlive: deps.keepAlive });
      try {
        results.push(
          await crawler.run({ startUrl: url, maxPages: 1, maxDepth: 1, maxDocuments: 30, delayMs: settings.delayMs, respectRobots: settings.respectRobots, perHostConcurrency: 1 }),
        );
      } catch (error) {
        if (!(error instanceof StartUrlError)) throw error;
        failed.push({ url, reason: error.message });
      }
    }
    const crawl = mergeRecheck(stored, { urls, results, failed });
    const report = deps.audit({ crawl, checklist: chosen.checklist, concepts: chosen.concepts, asOf, generatedAt: new Date(deps.clock()).toISOString() });
    await deps.reports.add(report, settings.historyLimit, crawl);
    await deps.storage.set({ [STORAGE_KEYS.historyChanged]: { site: report.site, generatedAt: report.generatedAt } });
    return { site, ...countDueAndBroken(last, report), generatedAt: report.generatedAt };
  }

  /** Runs the re-check when it is due (or always with `force`); returns what it found, or null when not due. */
  async function run(force = false): Promise<ReminderResult | null> {
    const today = deps.today();
    const got = await deps.storage.get([STORAGE_KEYS.reminders, STORAGE_KEYS.reminderResult]);
    const settings = readReminders(got[STORAGE_KEYS.reminders]);
    const lastMonth = readReminderResult(got[STORAGE_KEYS.reminderResult])?.month ?? null;
    if (!force && !reminderDue(today, settings, lastMonth)) return null;
    if (settings.sites.length === 0) return null;
    const sites: SiteResult[] = [];
    for (const site of settings.sites) {
      try {
        sites.push(await recheckSite(site, today));
      } catch (error) {
        sites.push({ site, due: 0, broken: 0, problem: error instanceof Error ? error.message : String(error) });
      }
    }
    const total = sites.reduce((n, s) => n + s.due + s.broken, 0);
    const result: ReminderResult = { month: today.slice(0, 7), ranAt: new Date(deps.clock()).toISOString(), total, sites };
    await deps.storage.set({ [STORAGE_KEYS.reminderResult]: result });
    await deps.setBadge(total > 0 ? String(total) : '');
    const lines = sites.map((s) =>
      s.problem ? `${s.site}: ${s.problem}` : `${s.site}: ต้องทำ ${s.due} · มีปัญหา ${s.broken} / due ${s.due} · broken ${s.broken}`,
    );
    await deps.notify(
      total > 0 ? `OIT: ${total} รายการต้องทำก่อนสิ้นเดือน / ${total} items due this month` : 'OIT: ไม่มีรายการค้าง / nothing due this month',
      lines.join('\n'),
    );
    return result;
  }

  return { run, recheckSite };
}
