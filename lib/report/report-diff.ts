import type { Evidence, ItemVerdict, Report, Status } from './report-schema.ts';
import { evidenceKey, uniqueEvidence } from './unique-evidence.ts';

/** Higher is better: used to say whether a change is an improvement. */
const STATUS_RANK: Record<Status, number> = { missing: 0, outdated: 1, incomplete: 2, review: 3, pass: 4 };

export interface StatusChange {
  id: string;
  title: string;
  from: Status;
  to: Status;
  direction: 'better' | 'worse';
}

/** What changed in one item's evidence and months between two audits (items present in both). */
export interface ItemChange {
  id: string;
  title: string;
  from: Status;
  to: Status;
  /** Status flip, if any. */
  direction: 'better' | 'worse' | 'same';
  /** Evidence URLs this audit found that the previous one did not (this audit's order). */
  evidenceAdded: string[];
  /** Evidence URLs the previous audit had that this one does not. */
  evidenceRemoved: string[];
  /** Evidence at the same URL whose label or dates changed. */
  evidenceChanged: string[];
  /** Months (YYYY-MM) present now that were not before. */
  monthsNewlyPresent: string[];
  /** Months (YYYY-MM) missing now that were not missing before. */
  monthsNewlyMissing: string[];
}

export interface AuditStamp {
  generatedAt: string;
  asOf: string;
  checklistId: string;
}

export type DiffWarning = 'as-of-differs' | 'checklist-differs';

export interface ReportDiff {
  /** The previous audit this one is compared with. */
  previous: AuditStamp;
  /** This audit. */
  current: AuditStamp;
  /** The two audits used different checklists: item ids may not mean the same thing. */
  checklistChanged: boolean;
  /** Reasons to read the comparison with care (different as-of dates or checklists). */
  warnings: DiffWarning[];
  changed: StatusChange[];
  /** Every item present in both audits whose status, evidence or months changed (checklist order). */
  items: ItemChange[];
  /** Items in this audit that the previous one did not have. */
  added: { id: string; title: string; status: Status }[];
  /** Items of the previous audit that this one does not have. */
  removed: { id: string; title: string; status: Status }[];
  /** Items in both audits with nothing changed. */
  unchanged: number;
}

/** Two audits of different sites cannot be compared. */
export class DifferentSitesError extends Error {
  constructor(
    readonly previousSite: string,
    readonly currentSite: string,
  ) {
    super(`the two reports are of different sites (${previousSite} and ${currentSite}); compare audits of the same site`);
    this.name = 'DifferentSitesError';
  }
}

/** The site of a report as an origin with a lower-case host ("https://WWW.a.go.th/" → "https://www.a.go.th"). */
function siteKey(site: string): string {
  try {
    return new URL(site).origin;
  } catch {
    return site.trim().toLowerCase();
  }
}

/** Whether two site URLs are of the same site (same host; "www." and http/https count as the same). */
export function sameSiteUrl(a: string, b: string): boolean {
  const strip = (s: string): string => siteKey(s).replace(/^https?:\/\/(www\.)?/, '');
  return strip(a) === strip(b);
}

/** Whether two reports are of the same site. */
export function sameSite(a: Report, b: Report): boolean {
  return sameSiteUrl(a.site, b.site);
}

function stamp(r: Report): AuditStamp {
  return { generatedAt: r.generatedAt, asOf: r.asOf, checklistId: r.checklist.id };
}

function evidenceShape(e: Evidence): string {
  return JSON.stringify([e.label, e.dates.map((d) => d.raw)]);
}

function compareItem(old: ItemVerdict, item: ItemVerdict): ItemChange {
  const before = new Map(uniqueEvidence(old.evidence).map((e) => [evidenceKey(e.url), e]));
  const now = uniqueEvidence(item.evidence);
  const nowKeys = new Set(now.map((e) => evidenceKey(e.url)));
  const evidenceAdded: string[] = [];
  const evidenceChanged: string[] = [];
  for (const e of now) {
    const was = before.get(evidenceKey(e.url));
    if (!was) evidenceAdded.push(e.url);
    else if (evidenceShape(was) !== evidenceShape(e)) evidenceChanged.push(e.url);
  }
  const evidenceRemoved = [...before].filter(([key]) => !nowKeys.has(key)).map(([, e]) => e.url);
  const presentBefore = new Set(old.months?.present ?? []);
  const missingBefore = new Set(old.months?.missing ?? []);
  const monthsNewlyPresent = (item.months?.present ?? []).filter((m) => !presentBefore.has(m));
  const monthsNewlyMissing = (item.months?.missing ?? []).filter((m) => !missingBefore.has(m));
  const direction = old.status === item.status ? 'same' : STATUS_RANK[item.status] > STATUS_RANK[old.status] ? 'better' : 'worse';
  return { id: item.id, title: item.title, from: old.status, to: item.status, direction, evidenceAdded, evidenceRemoved, evidenceChanged, monthsNewlyPresent, monthsNewlyMissing };
}

function isChange(c: ItemChange): boolean {
  return c.direction !== 'same' || c.evidenceAdded.length + c.evidenceRemoved.length + c.evidenceChanged.length + c.monthsNewlyPresent.length + c.monthsNewlyMissing.length > 0;
}

/**
 * What changed between the previous audit of a site and this one (checklist order): status flips,
 * evidence added / removed / changed (by URL), months newly present or newly missing, items added or
 * removed, and warnings when the two audits were judged on different as-of dates or checklists.
 * Throws DifferentSitesError for reports of two different sites.
 */
export function diffReports(previous: Report, current: Report): ReportDiff {
  if (!sameSite(previous, current)) throw new DifferentSitesError(previous.site, current.site);
  const before = new Map<string, ItemVerdict>(previous.items.map((i) => [i.id, i]));
  const nowIds = new Set(current.items.map((i) => i.id));
  const items: ItemChange[] = [];
  const added: ReportDiff['added'] = [];
  let unchanged = 0;
  for (const item of current.items) {
    const old = before.get(item.id);
    if (!old) {
      added.push({ id: item.id, title: item.title, status: item.status });
      continue;
    }
    const c = compareItem(old, item);
    if (isChange(c)) items.push(c);
    else unchanged += 1;
  }
  const changed: StatusChange[] = items
    .filter((c) => c.direction !== 'same')
    .map((c) => ({ id: c.id, title: c.title, from: c.from, to: c.to, direction: c.direction === 'better' ? 'better' : 'worse' }));
  const removed = previous.items.filter((i) => !nowIds.has(i.id)).map((i) => ({ id: i.id, title: i.title, status: i.status }));
  const checklistChanged = previous.checklist.id !== current.checklist.id;
  const warnings: DiffWarning[] = [];
  if (previous.asOf !== current.asOf) warnings.push('as-of-differs');
  if (checklistChanged) warnings.push('checklist-differs');
  return { previous: stamp(previous), current: stamp(current), checklistChanged, warnings, changed, items, added, removed, unchanged };
}

/** Whether the diff has anything to show. */
export function hasChanges(diff: ReportDiff): boolean {
  return diff.items.length + diff.added.length + diff.removed.length > 0;
}

/** diffReports, or the reason two reports cannot be compared (different sites). */
export function tryDiffReports(previous: Report, current: Report): { ok: true; diff: ReportDiff } | { ok: false; reason: string; reasonEn: string } {
  try {
    return { ok: true, diff: diffReports(previous, current) };
  } catch (e) {
    if (e instanceof DifferentSitesError)
      return { ok: false, reason: `เทียบไม่ได้: รายงานทั้งสองเป็นของคนละเว็บไซต์ (${e.previousSite} กับ ${e.currentSite})`, reasonEn: e.message };
    throw e;
  }
}
