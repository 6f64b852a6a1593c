import type { ItemVerdict, Report, Status } from '../report/report-schema.ts';

export interface ItemFilter {
  /** Empty: every status. */
  statuses: Status[];
  /** Null: every responsible division. */
  owner: string | null;
}

export const NO_FILTER: ItemFilter = { statuses: [], owner: null };

export function matchesFilter(item: ItemVerdict, filter: ItemFilter): boolean {
  return (filter.statuses.length === 0 || filter.statuses.includes(item.status)) && (filter.owner === null || item.owner === filter.owner);
}

/** Responsible divisions of a report, in order of first appearance. */
export function ownersOf(report: Report): string[] {
  return [...new Set(report.items.map((i) => i.owner))];
}

/** The filtered items grouped by sub-indicator, in checklist order. */
export function groupByIndicator(items: ItemVerdict[]): { indicator: string; items: ItemVerdict[] }[] {
  const groups = new Map<string, ItemVerdict[]>();
  for (const item of items) {
    const list = groups.get(item.subIndicator);
    if (list) list.push(item);
    else groups.set(item.subIndicator, [item]);
  }
  return [...groups].map(([indicator, list]) => ({ indicator, items: list }));
}

export function toggleStatus(filter: ItemFilter, status: Status): ItemFilter {
  const has = filter.statuses.includes(status);
  return { ...filter, statuses: has ? filter.statuses.filter((s) => s !== status) : [...filter.statuses, status] };
}
