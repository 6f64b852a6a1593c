import type { ItemVerdict, Report, Status } from './report-schema.ts';

/** Higher is better: used to say whether a change is an improvement. */
const STATUS_RANK: Record<Status, number> = { missing: 0, outdated: 1, incomplete: 2, review: 3, pass: 4 };

export interface StatusChange {
  id: string;
  title: string;
  from: Status;
  to: Status;
  direction: 'better' | 'worse';
}

export interface ReportDiff {
  /** The previous audit this one is compared with. */
  previous: { generatedAt: string; asOf: string; checklistId: string };
  /** The two audits used different checklists: item ids may not mean the same thing. */
  checklistChanged: boolean;
  changed: StatusChange[];
  /** Items in this audit that the previous one did not have. */
  added: { id: string; title: string; status: Status }[];
  /** Items of the previous audit that this one does not have. */
  removed: { id: string; title: string; status: Status }[];
  unchanged: number;
}

/** Which items changed status between the previous audit of a site and this one (checklist order). */
export function diffReports(previous: Report, current: Report): ReportDiff {
  const before = new Map<string, ItemVerdict>(previous.items.map((i) => [i.id, i]));
  const nowIds = new Set(current.items.map((i) => i.id));
  const changed: StatusChange[] = [];
  const added: ReportDiff['added'] = [];
  let unchanged = 0;
  for (const item of current.items) {
    const old = before.get(item.id);
    if (!old) {
      added.push({ id: item.id, title: item.title, status: item.status });
    } else if (old.status !== item.status) {
      changed.push({
        id: item.id,
        title: item.title,
        from: old.status,
        to: item.status,
        direction: STATUS_RANK[item.status] > STATUS_RANK[old.status] ? 'better' : 'worse',
      });
    } else {
      unchanged += 1;
    }
  }
  const removed = previous.items.filter((i) => !nowIds.has(i.id)).map((i) => ({ id: i.id, title: i.title, status: i.status }));
  return {
    previous: { generatedAt: previous.generatedAt, asOf: previous.asOf, checklistId: previous.checklist.id },
    checklistChanged: previous.checklist.id !== current.checklist.id,
    changed,
    added,
    removed,
    unchanged,
  };
}

/** Whether the diff has anything to show. */
export function hasChanges(diff: ReportDiff): boolean {
  return diff.changed.length + diff.added.length + diff.removed.length > 0;
}
