import { diffReports } from '../report/report-diff.ts';
import type { Report, Status } from '../report/report-schema.ts';
import { isWebUrl } from '../report/format.ts';

export interface ComparedItem {
  id: string;
  title: string;
  from: Status;
  to: Status;
}

export interface AuditComparison {
  older: Report;
  newer: Report;
  /** Was something else, is missing now. */
  newlyMissing: ComparedItem[];
  /** Is pass now, was not. */
  fixed: ComparedItem[];
  /** Is outdated now, was something else. */
  goneStale: ComparedItem[];
  /** Any other change of status. */
  other: ComparedItem[];
  /** Evidence URLs the newer audit found that the older did not, per item. */
  newEvidence: { id: string; title: string; urls: string[] }[];
  /** Why the two may not be comparable (different as-of dates or checklists), Thai and English. */
  warnings: ('dates' | 'checklists')[];
}

/**
 * Two audits of a site, older first: what went missing, what got fixed, what went stale, what new
 * evidence appeared, and whether the two were judged on different dates or checklists. Built on
 * diffReports (lib/report); the extra categories are derived here from its status changes.
 */
export function compareAudits(a: Report, b: Report): AuditComparison {
  const [older, newer] = a.generatedAt <= b.generatedAt ? [a, b] : [b, a];
  const diff = diffReports(older, newer);
  const newlyMissing: ComparedItem[] = [];
  const fixed: ComparedItem[] = [];
  const goneStale: ComparedItem[] = [];
  const other: ComparedItem[] = [];
  for (const c of diff.changed) {
    const entry = { id: c.id, title: c.title, from: c.from, to: c.to };
    if (c.to === 'missing') newlyMissing.push(entry);
    else if (c.to === 'pass') fixed.push(entry);
    else if (c.to === 'outdated') goneStale.push(entry);
    else other.push(entry);
  }
  const oldUrls = new Map(older.items.map((i) => [i.id, new Set(i.evidence.map((e) => e.url))]));
  const newEvidence = newer.items
    .map((i) => ({
      id: i.id,
      title: i.title,
      urls: [...new Set(i.evidence.map((e) => e.url))].filter((u) => isWebUrl(u) && !(oldUrls.get(i.id)?.has(u) ?? false)),
    }))
    .filter((i) => i.urls.length > 0 && oldUrls.has(i.id));
  const warnings: AuditComparison['warnings'] = [];
  if (older.asOf !== newer.asOf) warnings.push('dates');
  if (older.checklist.id !== newer.checklist.id) warnings.push('checklists');
  return { older, newer, newlyMissing, fixed, goneStale, other, newEvidence, warnings };
}
