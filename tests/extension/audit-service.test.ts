import { describe, expect, it, vi } from 'vitest';
import type { Checklist } from '../../lib/checklist/checklist-schema.ts';
import { createMemoryCheckpointStore } from '../../lib/crawl/checkpoint.ts';
import type { CrawlDeps, CrawlOptions, CrawlResult } from '../../lib/crawl/crawler.ts';
import { StartUrlError } from '../../lib/crawl/crawler.ts';
import { STORAGE_KEYS, readState } from '../../lib/ui/audit-state.ts';
import { type ReportStore, createMemoryReportStore } from '../../lib/extension/report-store.ts';
import { type AuditServiceDeps, RESUME_ALARM, createAuditService } from '../../lib/extension/audit-service.ts';
import { makeItem, makeReport } from '../ui/make-report.ts';
import type { AuditInput } from '../../lib/audit/audit-site.ts';
import { toIsoDate } from '../../lib/thai/fiscal-year.ts';

const SITE = 'https://www.example.go.th';

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

function crawlResult(stoppedBy: CrawlResult['stoppedBy'] = 'done'): CrawlResult {
  return { startUrl: `${SITE}/`, homeUrl: `${SITE}/`, pages: [], documents: [], failures: [], stoppedBy, elapsedMs: 10, pending: [], skipped: [], notes: [] };
}

interface RunCall {
  options: Partial<CrawlOptions> & { startUrl: string };
  resume: boolean;
  deps: CrawlDeps;
  finish: (r?: CrawlResult) => void;
  fail: (e: unknown) => void;
}

/** A crawler whose runs finish when the test says so (or end 'cancelled' when their signal aborts). */
function controlledCrawler() {
  const calls: RunCall[] = [];
  const createCrawler = (deps: CrawlDeps) => ({
    run(options: Partial<CrawlOptions> & { startUrl: string }, resume = false): Promise<CrawlResult> {
      return new Promise<CrawlResult>((resolve, reject) => {
        deps.signal?.addEventListener('abort', () => resolve(crawlResult('cancelled')));
        calls.push({ options, resume, deps, finish: (r) => resolve(r ?? crawlResult()), fail: reject });
      });
    },
  });
  return { calls, createCrawler };
}

function setup(shared?: { storage: ReturnType<typeof memoryStorage>; checkpoints: ReturnType<typeof createMemoryCheckpointStore>; reports?: ReportStore }) {
  const storage = shared?.storage ?? memoryStorage();
  const reports = shared?.reports ?? createMemoryReportStore();
  const checkpoints = shared?.checkpoints ?? createMemoryCheckpointStore();
  const crawler = controlledCrawler();
  const alarms = { create: vi.fn(), clear: vi.fn(async () => true) };
  let n = 0;
  let tick = 0;
  const audit = vi.fn((input: AuditInput) =>
    makeReport([makeItem('O1', 'pass'), makeItem('O2', 'missing')], { site: SITE, generatedAt: input.generatedAt, asOf: toIsoDate(input.asOf) }),
  );
  const deps: AuditServiceDeps = {
    storage,
    checkpoints,
    reports,
    createCrawler: crawler.createCrawler,
    audit,
    resolveChecklist: async (id) =>
      id === 'ita-2569'
        ? { ok: true, checklist: { id } as unknown as Checklist, concepts: [], priorityTerms: ['ita'] }
        : { ok: false, message: `unknown checklist ${id}` },
    fetch: vi.fn() as unknown as typeof fetch,
    clock: () => 1_780_000_000_000 + 1000 * tick++,
    keepAlive: async () => undefined,
    alarms,
    newRunId: () => `run-${++n}`,
    progressIntervalMs: 0,
  };
  return { service: createAuditService(deps), storage, checkpoints, reports, crawler, alarms, audit };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const start = { startUrl: `${SITE}/`, checklistId: 'ita-2569', asOf: '2026-05-20' };

describe('createAuditService', () => {
  it('runs a started audit with the stored settings, writes progress, and stores the report in the site history', async () => {
    const t = setup();
    await t.storage.set({ [STORAGE_KEYS.settings]: { maxPages: 30, delayMs: 0, perHostConcurrency: 1, respectRobots: false } });
    const reply = await t.service.start(start);
    expect(reply.ok).toBe(true);
    await flush();
    const call = t.crawler.calls[0];
    expect(call?.resume).toBe(false);
    expect(call?.options).toMatchObject({ startUrl: `${SITE}/`, maxPages: 30, delayMs: 0, perHostConcurrency: 1, respectRobots: false, priorityTerms: ['ita'] });
    expect(t.alarms.create).toHaveBeenCalledWith(RESUME_ALARM, { periodInMinutes: 0.5 });
    call?.deps.onProgress?.({ fetched: 3, queued: 7, failed: 1, documents: 2, currentUrl: `${SITE}/a`, elapsedMs: 1500 });
    await flush();
    expect(t.storage.data.get(STORAGE_KEYS.progress)).toMatchObject({ runId: 'run-1', fetched: 3, queued: 7, currentUrl: `${SITE}/a` });
    call?.finish();
    await t.service.activeRun();
    const state = readState(t.storage.data.get(STORAGE_KEYS.state));
    expect(state).toMatchObject({ status: 'done', reportSite: SITE, resumes: 0 });
    expect(await t.reports.list(SITE)).toHaveLength(1);
    expect(await t.reports.latestCrawl(SITE)).toMatchObject({ startUrl: `${SITE}/`, stoppedBy: 'done' });
    expect(t.storage.data.get(STORAGE_KEYS.historyChanged)).toMatchObject({ site: SITE });
    expect(t.alarms.clear).toHaveBeenCalledWith(RESUME_ALARM);
  });

  it('keeps the number of reports per site set in the options, newest first', async () => {
    const t = setup();
    await t.storage.set({ [STORAGE_KEYS.settings]: { maxPages: 30, delayMs: 0, perHostConcurrency: 1, respectRobots: false, historyLimit: 4 } });
    for (let i = 0; i < 12; i += 1) {
      await t.service.start(start);
      await flush();
      t.crawler.calls[i]?.finish();
      await t.service.activeRun();
    }
    const kept = await t.reports.list(SITE);
    expect(kept).toHaveLength(4);
    expect(kept.map((r) => r.generatedAt)).toEqual([...kept.map((r) => r.generatedAt)].sort().reverse());
  });

  it('judges the stored snapshots again with another as-of date without crawling', async () => {
    const t = setup();
    await t.service.start(start);
    await flush();
    t.crawler.calls[0]?.finish();
    await t.service.activeRun();
    const reply = await t.service.handleMessage({ type: 'rejudge', site: SITE, checklistId: 'ita-2569', asOf: '2026-09-30' });
    expect(reply.ok).toBe(true);
    expect(t.crawler.calls).toHaveLength(1);
    expect(t.audit).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: { year: 2026, month: 9, day: 30 } }));
    expect((await t.reports.list(SITE)).map((r) => r.asOf)).toEqual(['2026-09-30', '2026-05-20']);
    // Nothing stored for another site, a bad date or checklist: refused with a reason.
    expect(await t.service.rejudge({ site: 'https://other.go.th', checklistId: 'ita-2569', asOf: '2026-09-30' })).toMatchObject({ ok: false });
    expect(await t.service.rejudge({ site: SITE, checklistId: 'ita-2569', asOf: '2026-13-01' })).toMatchObject({ ok: false });
    expect(await t.service.rejudge({ site: SITE, checklistId: 'nope', asOf: '2026-09-30' })).toMatchObject({ ok: false });
  });

  it('tries http when the https start page of a URL typed without a scheme cannot be opened', async () => {
    const t = setup();
    await t.service.start({ ...start, fallbackHttp: true });
    await flush();
    t.crawler.calls[0]?.fail(new StartUrlError(`${SITE}/`, 'connection refused'));
    await flush();
    await flush();
    expect(t.crawler.calls[1]?.options.startUrl).toBe('http://www.example.go.th/');
    t.crawler.calls[1]?.finish();
    await t.service.activeRun();
    expect(readState(t.storage.data.get(STORAGE_KEYS.state)).status).toBe('done');

    // A URL typed with https:// is not downgraded.
    await t.service.start(start);
    await flush();
    t.crawler.calls[2]?.fail(new StartUrlError(`${SITE}/`, 'connection refused'));
    await t.service.activeRun();
    expect(t.crawler.calls).toHaveLength(3);
    expect(readState(t.storage.data.get(STORAGE_KEYS.state)).status).toBe('error');
  });

  it('refuses a second start while one runs, and a bad URL or date', async () => {
    const t = setup();
    await t.service.start(start);
    expect((await t.service.start(start)).ok).toBe(false);
    await t.service.cancel();
    await t.service.activeRun();
    expect((await t.service.start({ ...start, startUrl: 'javascript:alert(1)' })).ok).toBe(false);
    expect((await t.service.start({ ...start, asOf: '2026-02-30' })).ok).toBe(false);
  });

  it('cancel marks the audit cancelled at once, aborts the crawl and saves no report', async () => {
    const t = setup();
    await t.service.start(start);
    await flush();
    const reply = await t.service.cancel();
    expect(reply.state.status).toBe('cancelled');
    expect(t.crawler.calls[0]?.deps.signal?.aborted).toBe(true);
    await t.service.activeRun();
    expect(readState(t.storage.data.get(STORAGE_KEYS.state)).status).toBe('cancelled');
    expect(await t.reports.list(SITE)).toHaveLength(0);
    expect(t.audit).not.toHaveBeenCalled();
  });

  it('resumes an audit interrupted by a service-worker stop from the checkpoint, once, and finishes it', async () => {
    const first = setup();
    await first.service.start(start);
    await flush();
    expect(first.crawler.calls).toHaveLength(1);
    // The worker stops: its run never finishes. A new worker starts with the same storage.
    const second = setup({ storage: first.storage, checkpoints: first.checkpoints });
    await Promise.all([second.service.resumeInterrupted(), second.service.onAlarm(RESUME_ALARM), second.service.handleMessage({ type: 'get-state' })]);
    expect(second.crawler.calls).toHaveLength(1);
    expect(second.crawler.calls[0]?.resume).toBe(true);
    expect(readState(second.storage.data.get(STORAGE_KEYS.state))).toMatchObject({ status: 'running', runId: 'run-1', resumes: 1 });
    second.crawler.calls[0]?.finish();
    await second.service.activeRun();
    expect(readState(second.storage.data.get(STORAGE_KEYS.state))).toMatchObject({ status: 'done', resumes: 1 });
  });

  it('a cancel that reaches a fresh worker before the resume ends the audit without resuming', async () => {
    const first = setup();
    await first.service.start(start);
    const second = setup({ storage: first.storage, checkpoints: first.checkpoints });
    await second.service.cancel();
    await second.service.resumeInterrupted();
    expect(second.crawler.calls).toHaveLength(0);
    expect(second.alarms.clear).toHaveBeenCalledWith(RESUME_ALARM);
  });

  it('ends in error with the message when the start URL is unusable or the checklist unknown', async () => {
    const t = setup();
    await t.service.start(start);
    await flush();
    t.crawler.calls[0]?.fail(new StartUrlError(`${SITE}/`, 'HTTP 500', 500));
    await t.service.activeRun();
    const state = readState(t.storage.data.get(STORAGE_KEYS.state));
    expect(state.status).toBe('error');
    if (state.status === 'error') expect(state.message).toContain('HTTP 500');

    await t.service.start({ ...start, checklistId: 'nope' });
    await t.service.activeRun();
    const again = readState(t.storage.data.get(STORAGE_KEYS.state));
    expect(again.status === 'error' && again.message).toContain('unknown checklist nope');
  });

  it('answers unknown messages without changing anything', async () => {
    const t = setup();
    const reply = await t.service.handleMessage({ type: 'format-disk' });
    expect(reply.ok).toBe(false);
    expect(t.storage.data.has(STORAGE_KEYS.state)).toBe(false);
  });
});
