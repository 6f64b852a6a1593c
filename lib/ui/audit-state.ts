import { z } from 'zod';
import { Report } from '../report/report-schema.ts';
import { Settings } from './settings.ts';

/** browser.storage.local keys shared by the background, the side panel and the options page. */
export const STORAGE_KEYS = {
  state: 'audit:state',
  progress: 'audit:progress',
  settings: 'settings',
  importedChecklists: 'checklists:imported',
} as const;

/** Reports of one site, newest first. */
export function historyKey(site: string): string {
  return `reports:${site}`;
}

export const HISTORY_LIMIT = 10;

export const AuditRequest = z.object({
  startUrl: z.string(),
  checklistId: z.string(),
  /** YYYY-MM-DD */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  settings: Settings,
});
export type AuditRequest = z.infer<typeof AuditRequest>;

const RunBase = z.object({
  runId: z.string(),
  request: AuditRequest,
  /** Origin of the start URL. */
  site: z.string(),
  startedAt: z.string(),
  /** How many times the audit was picked up again after the service worker stopped. */
  resumes: z.number().int().min(0),
});

export const AuditState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  RunBase.extend({ status: z.literal('running') }),
  /** `reportSite`: the history the report went into (the site after redirects). */
  RunBase.extend({ status: z.literal('done'), finishedAt: z.string(), reportSite: z.string() }),
  RunBase.extend({ status: z.literal('cancelled'), finishedAt: z.string() }),
  RunBase.extend({ status: z.literal('error'), finishedAt: z.string(), message: z.string() }),
]);
export type AuditState = z.infer<typeof AuditState>;
export type RunningState = Extract<AuditState, { status: 'running' }>;

export const IDLE: AuditState = { status: 'idle' };

export const AuditProgress = z.object({
  runId: z.string(),
  fetched: z.number(),
  queued: z.number(),
  failed: z.number(),
  documents: z.number(),
  currentUrl: z.string().optional(),
  elapsedMs: z.number(),
  /** Set while the crawl is slowed for the server's sake (throttleText). */
  throttle: z.string().optional(),
});
export type AuditProgress = z.infer<typeof AuditProgress>;

/** A stored state that does not parse is treated as idle (a new start overwrites it). */
export function readState(stored: unknown): AuditState {
  const parsed = AuditState.safeParse(stored);
  return parsed.success ? parsed.data : IDLE;
}

export function readProgress(stored: unknown): AuditProgress | null {
  const parsed = AuditProgress.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Stored reports of a site, newest first; entries that no longer parse are dropped. */
export function readHistory(stored: unknown): Report[] {
  if (!Array.isArray(stored)) return [];
  const out: Report[] = [];
  for (const entry of stored) {
    const parsed = Report.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Panel → background messages. */
export const PanelMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), startUrl: z.string(), checklistId: z.string(), asOf: z.string() }),
  z.object({ type: z.literal('cancel') }),
  z.object({ type: z.literal('get-state') }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

export type PanelReply = { ok: true; state: AuditState } | { ok: false; message: string; state: AuditState };
