import { z } from 'zod';
import { Settings } from './settings.ts';

/** browser.storage.local keys shared by the background, the side panel and the options page. */
export const STORAGE_KEYS = {
  state: 'audit:state',
  progress: 'audit:progress',
  settings: 'settings',
  importedChecklists: 'checklists:imported',
  /** Written after a report is added to the history (IndexedDB sends no change events): { site, generatedAt }. */
  historyChanged: 'history:changed',
  /** Month-end reminder settings (options page). */
  reminders: 'reminders',
  /** The latest month-end re-check: what the notification and the badge said. */
  reminderResult: 'reminders:last',
  /** A view the side panel opens on once (e.g. "due" after a reminder click). */
  panelView: 'panel:view',
  /** Panel display preferences: language view, filters kept across openings. */
  panelPrefs: 'panel:prefs',
} as const;

export const HistoryChanged = z.object({ site: z.string(), generatedAt: z.string() });
export type HistoryChanged = z.infer<typeof HistoryChanged>;

export const AuditRequest = z.object({
  startUrl: z.string(),
  checklistId: z.string(),
  /** YYYY-MM-DD */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  settings: Settings,
  /** The user typed no scheme: https was tried first; http is tried when the https start page cannot be opened. */
  fallbackHttp: z.boolean().optional(),
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

/** Panel → background messages. */
export const PanelMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), startUrl: z.string(), checklistId: z.string(), asOf: z.string(), fallbackHttp: z.boolean().optional() }),
  z.object({ type: z.literal('cancel') }),
  z.object({ type: z.literal('get-state') }),
  /** Judge the stored snapshots of the site's latest audit again with another checklist or as-of date (no crawl). */
  z.object({ type: z.literal('rejudge'), site: z.string(), checklistId: z.string(), asOf: z.string() }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

export type PanelReply = { ok: true; state: AuditState } | { ok: false; message: string; state: AuditState };
