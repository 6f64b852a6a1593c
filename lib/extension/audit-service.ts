import type { Checklist, Concept } from '../checklist/checklist-schema.ts';
import type { CheckpointStore } from '../crawl/checkpoint.ts';
import type { RenderPage } from '../crawl/crawl-deps.ts';
import { type CrawlDeps, type CrawlOptions, type CrawlProgress, type CrawlResult, StartUrlError, checkpointKey } from '../crawl/crawler.ts';
import { throttleText } from '../crawl/host-gate.ts';
import type { AuditInput } from '../audit/audit-site.ts';
import type { Report } from '../report/report-schema.ts';
import { parseIsoDate, type CalendarDate } from '../thai/fiscal-year.ts';
import {
  type AuditProgress,
  type AuditRequest,
  type AuditState,
  IDLE,
  type PanelMessage,
  PanelMessage as PanelMessageSchema,
  type PanelReply,
  type RunningState,
  STORAGE_KEYS,
  readState,
} from '../ui/audit-state.ts';
import type { ReportStore } from './report-store.ts';
import type { CrawlData } from '../audit/site-index.ts';
import { originOf } from '../report/format.ts';
import { readSettings } from '../ui/settings.ts';

/** The alarm that wakes a stopped service worker while an audit is running. */
export const RESUME_ALARM = 'oit-audit-resume';
/** Resumes after this many restarts of one audit give up (something kills it every time). */
export const MAX_RESUMES = 50;

export type ResolvedChecklist =
  | { ok: true; checklist: Checklist; concepts: Concept[]; priorityTerms: string[] }
  | { ok: false; message: string };

/** The few storage.local calls the service needs (browser.storage.local fits). */
export interface KeyValueStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface AuditServiceDeps {
  storage: KeyValueStorage;
  checkpoints: CheckpointStore;
  /** The local history of audits (IndexedDB in the extension). */
  reports: ReportStore;
  createCrawler(deps: CrawlDeps): { run(options: Partial<CrawlOptions> & { startUrl: string }, resume?: boolean): Promise<CrawlResult> };
  audit(input: AuditInput): Report;
  resolveChecklist(id: string, asOf: CalendarDate): Promise<ResolvedChecklist>;
  fetch: typeof fetch;
  clock: () => number;
  /** Any extension API call: resets the service worker's idle timer. */
  keepAlive: () => Promise<void>;
  alarms: { create(name: string, info: { periodInMinutes: number }): void | Promise<void>; clear(name: string): Promise<unknown> };
  newRunId: () => string;
  userAgent?: string;
  /** Renders pages a script builds (a background tab); absent where the browser cannot. */
  renderPage?: RenderPage;
  /** Progress is written at most this often (ms; default 250): every write is a round trip to the browser process. */
  progressIntervalMs?: number;
}

export interface AuditService {
  handleMessage(message: unknown): Promise<PanelReply>;
  start(input: { startUrl: string; checklistId: string; asOf: string; fallbackHttp?: boolean }): Promise<PanelReply>;
  /** Judges the stored snapshots of the site's latest audit again (another checklist or as-of date), adds the report to the history. */
  rejudge(input: { site: string; checklistId: string; asOf: string }): Promise<PanelReply>;
  cancel(): Promise<PanelReply>;
  getState(): Promise<AuditState>;
  /** Picks up an audit that was running when the service worker stopped (no-op when none, or already running here). */
  resumeInterrupted(): Promise<void>;
  onAlarm(name: string): Promise<void>;
  /** The run in progress in this service worker, if any (tests wait on it). */
  activeRun(): Promise<void> | null;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "https://x/…" → "http://x/…"; null for anything else. */
function httpVersionOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    u.protocol = 'http:';
    return u.href;
  } catch {
    return null;
  }
}

export function createAuditService(deps: AuditServiceDeps): AuditService {
  let active: { runId: string; controller: AbortController; done: Promise<void> } | null = null;
  // Resume checks and starts run one at a time, so two wake-ups cannot start the same audit twice.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function getState(): Promise<AuditState> {
    const got = await deps.storage.get(STORAGE_KEYS.state);
    return readState(got[STORAGE_KEYS.state]);
  }
  const setState = (state: AuditState): Promise<void> => deps.storage.set({ [STORAGE_KEYS.state]: state });
  const nowIso = (): string => new Date(deps.clock()).toISOString();

  async function stopAlarm(): Promise<void> {
    try {
      await deps.alarms.clear(RESUME_ALARM);
    } catch {
      // no alarm to clear
    }
  }

  async function finish(run: RunningState, end: { status: 'done'; reportSite: string } | { status: 'error'; message: string }): Promise<void> {
    const current = await getState();
    // A cancel (or a newer start) while the crawl wound down wins.
    if (current.status !== 'running' || current.runId !== run.runId) return;
    const base = { runId: run.runId, request: run.request, site: run.site, startedAt: run.startedAt, resumes: current.resumes, finishedAt: nowIso() };
    await setState(end.status === 'done' ? { ...base, status: 'done', reportSite: end.reportSite } : { ...base, status: 'error', message: end.message });
  }

  async function saveReport(report: Report, crawl: CrawlData, historyLimit: number): Promise<void> {
    await deps.reports.add(report, historyLimit, crawl);
    await deps.storage.set({ [STORAGE_KEYS.historyChanged]: { site: report.site, generatedAt: report.generatedAt } });
  }

  /** Writes progress at most every `progressIntervalMs`; a change within the interval is written when it ends (the latest value). */
  function progressWriter(runId: string): (p: CrawlProgress) => void {
    let latest: AuditProgress | null = null;
    let lastAt = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let writing: Promise<void> = Promise.resolve();
    const interval = deps.progressIntervalMs ?? 250;
    const write = (): void => {
      timer = null;
      const value = latest;
      if (value === null) return;
      latest = null;
      lastAt = deps.clock();
      writing = writing.then(() => deps.storage.set({ [STORAGE_KEYS.progress]: value })).catch(() => undefined);
    };
    return (p) => {
      latest = {
        runId,
        fetched: p.fetched,
        queued: p.queued,
        failed: p.failed,
        documents: p.documents,
        elapsedMs: p.elapsedMs,
        ...(p.currentUrl !== undefined ? { currentUrl: p.currentUrl } : {}),
        ...(p.throttle ? { throttle: throttleText(p.throttle) } : {}),
      };
      const wait = lastAt + interval - deps.clock();
      if (wait <= 0) write();
      else timer ??= setTimeout(write, wait);
    };
  }

  /** Runs (or resumes) the crawl and audit of `run`; resolves when it has finished, failed or been cancelled. */
  function execute(run: RunningState, resume: boolean): Promise<void> {
    const controller = new AbortController();
    const done = (async () => {
      await deps.alarms.create(RESUME_ALARM, { periodInMinutes: 0.5 });
      const asOf = parseIsoDate(run.request.asOf);
      if (!asOf) {
        await finish(run, { status: 'error', message: `วันที่ตรวจ ${run.request.asOf} ไม่ถูกต้อง / as-of date is not a valid YYYY-MM-DD date` });
        return;
      }
      const chosen = await deps.resolveChecklist(run.request.checklistId, asOf);
      if (!chosen.ok) {
        await finish(run, { status: 'error', message: chosen.message });
        return;
      }
      const crawler = deps.createCrawler({
        fetch: deps.fetch,
        clock: deps.clock,
        store: deps.checkpoints,
        signal: controller.signal,
        keepAlive: deps.keepAlive,
        onProgress: progressWriter(run.runId),
        ...(deps.renderPage ? { renderPage: deps.renderPage } : {}),
      });
      const s = run.request.settings;
      const runFrom = (startUrl: string, resumeRun: boolean): Promise<CrawlResult> =>
        crawler.run(
          {
            startUrl,
            maxPages: s.maxPages,
            delayMs: s.delayMs,
            perHostConcurrency: s.perHostConcurrency,
            respectRobots: s.respectRobots,
            priorityTerms: chosen.priorityTerms,
            ...(deps.userAgent !== undefined ? { userAgent: deps.userAgent } : {}),
          },
          resumeRun,
        );
      let crawl: CrawlResult;
      try {
        try {
          crawl = await runFrom(run.request.startUrl, resume);
        } catch (error) {
          // Typed without a scheme: https first, then http (many small municipal sites have no TLS).
          const httpUrl = run.request.fallbackHttp && error instanceof StartUrlError ? httpVersionOf(run.request.startUrl) : null;
          if (httpUrl === null || controller.signal.aborted) throw error;
          crawl = await runFrom(httpUrl, false);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        const message =
          error instanceof StartUrlError
            ? `เปิดหน้าเริ่มต้นไม่ได้ / ${error.message}`
            : `การตรวจหยุดเพราะเกิดข้อผิดพลาด / the audit stopped with an error: ${describe(error)}`;
        await finish(run, { status: 'error', message });
        return;
      }
      if (controller.signal.aborted || crawl.stoppedBy === 'cancelled') return;
      const report = deps.audit({ crawl, checklist: chosen.checklist, concepts: chosen.concepts, asOf, generatedAt: nowIso() });
      const current = await getState();
      if (current.status !== 'running' || current.runId !== run.runId) return;
      await saveReport(report, crawl, s.historyLimit);
      await finish(run, { status: 'done', reportSite: report.site });
    })()
      .catch(async (error: unknown) => {
        await finish(run, { status: 'error', message: `การตรวจหยุดเพราะเกิดข้อผิดพลาด / the audit stopped with an error: ${describe(error)}` }).catch(() => undefined);
      })
      .finally(async () => {
        if (active?.runId === run.runId) active = null;
        const after = await getState().catch(() => IDLE);
        if (after.status !== 'running') {
          await stopAlarm();
          await deps.checkpoints.clear(checkpointKey(run.request.startUrl)).catch(() => undefined);
        }
      });
    active = { runId: run.runId, controller, done };
    return done;
  }

  async function start(input: { startUrl: string; checklistId: string; asOf: string; fallbackHttp?: boolean }): Promise<PanelReply> {
    return serial(async () => {
      const state = await getState();
      if (state.status === 'running') {
        return { ok: false, message: `กำลังตรวจ ${state.site} อยู่ ยกเลิกก่อนเริ่มใหม่ / an audit of ${state.site} is running; cancel it first`, state };
      }
      const site = originOf(input.startUrl);
      let startUrl: URL | null = null;
      try {
        startUrl = new URL(input.startUrl);
      } catch {
        startUrl = null;
      }
      if (!site || !startUrl) {
        return { ok: false, message: `"${input.startUrl}" ไม่ใช่ URL ของเว็บไซต์ (http/https) / is not a web site URL (http/https)`, state };
      }
      if (!parseIsoDate(input.asOf)) {
        return { ok: false, message: `วันที่ตรวจ "${input.asOf}" ไม่ถูกต้อง / as-of date must be a real date YYYY-MM-DD`, state };
      }
      const got = await deps.storage.get(STORAGE_KEYS.settings);
      const { settings } = readSettings(got[STORAGE_KEYS.settings]);
      const request: AuditRequest = {
        startUrl: startUrl.href,
        checklistId: input.checklistId,
        asOf: input.asOf,
        settings,
        ...(input.fallbackHttp === true && startUrl.protocol === 'https:' ? { fallbackHttp: true } : {}),
      };
      const run: RunningState = { status: 'running', runId: deps.newRunId(), request, site, startedAt: nowIso(), resumes: 0 };
      await deps.storage.set({
        [STORAGE_KEYS.state]: run,
        [STORAGE_KEYS.progress]: { runId: run.runId, fetched: 0, queued: 0, failed: 0, documents: 0, elapsedMs: 0 } satisfies AuditProgress,
      });
      void execute(run, false);
      return { ok: true, state: run };
    });
  }

  async function cancel(): Promise<PanelReply> {
    const state = await getState();
    if (state.status !== 'running') return { ok: true, state };
    const cancelled: AuditState = {
      status: 'cancelled',
      runId: state.runId,
      request: state.request,
      site: state.site,
      startedAt: state.startedAt,
      resumes: state.resumes,
      finishedAt: nowIso(),
    };
    await setState(cancelled);
    if (active?.runId === state.runId) {
      active.controller.abort();
    } else {
      await stopAlarm();
      await deps.checkpoints.clear(checkpointKey(state.request.startUrl)).catch(() => undefined);
    }
    return { ok: true, state: cancelled };
  }

  function resumeInterrupted(): Promise<void> {
    return serial(async () => {
      if (active) return;
      const state = await getState();
      if (state.status !== 'running') {
        await stopAlarm();
        return;
      }
      if (state.resumes >= MAX_RESUMES) {
        await finish(state, {
          status: 'error',
          message: `การตรวจถูกหยุดกลางทาง ${state.resumes} ครั้ง จึงเลิกตรวจ / the audit was interrupted ${state.resumes} times and was given up`,
        });
        await stopAlarm();
        return;
      }
      const resumed: RunningState = { ...state, resumes: state.resumes + 1 };
      await setState(resumed);
      void execute(resumed, true);
    });
  }

  async function rejudge(input: { site: string; checklistId: string; asOf: string }): Promise<PanelReply> {
    return serial(async () => {
      const state = await getState();
      const asOf = parseIsoDate(input.asOf);
      if (!asOf) return { ok: false, message: `วันที่ตรวจ "${input.asOf}" ไม่ถูกต้อง / as-of date must be a real date YYYY-MM-DD`, state };
      const crawl = await deps.reports.latestCrawl(input.site);
      if (!crawl) {
        return { ok: false, message: `ไม่มีข้อมูลหน้าเว็บที่เก็บไว้ของ ${input.site} ต้องตรวจใหม่ / no stored pages of ${input.site}: run an audit first`, state };
      }
      const chosen = await deps.resolveChecklist(input.checklistId, asOf);
      if (!chosen.ok) return { ok: false, message: chosen.message, state };
      const report = deps.audit({ crawl, checklist: chosen.checklist, concepts: chosen.concepts, asOf, generatedAt: nowIso() });
      const got = await deps.storage.get(STORAGE_KEYS.settings);
      await saveReport(report, crawl, readSettings(got[STORAGE_KEYS.settings]).settings.historyLimit);
      return { ok: true, state };
    });
  }

  async function handleMessage(message: unknown): Promise<PanelReply> {
    const parsed = PanelMessageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, message: 'unknown message', state: await getState() };
    const m: PanelMessage = parsed.data;
    switch (m.type) {
      case 'start':
        return start(m);
      case 'cancel':
        return cancel();
      case 'rejudge':
        return rejudge(m);
      case 'get-state':
        // Any message wakes the worker: the panel asking is a chance to pick up an interrupted audit.
        await resumeInterrupted();
        return { ok: true, state: await getState() };
    }
  }

  return {
    handleMessage,
    start,
    rejudge,
    cancel,
    getState,
    resumeInterrupted,
    async onAlarm(name) {
      if (name === RESUME_ALARM) await resumeInterrupted();
    },
    activeRun: () => active?.done ?? null,
  };
}
