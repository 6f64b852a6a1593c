import type { Attention, Report } from '../report/report-schema.ts';

export interface DueEntry {
  itemId: string;
  itemTitle: string;
  owner: string;
  kind: Attention['kind'];
  message: string;
  messageEn: string;
  due?: string;
}

/** Overdue first, then what falls due soon, then stale evidence, then things to check by hand. */
const KIND_ORDER: Record<Attention['kind'], number> = { overdue: 0, 'due-soon': 1, stale: 2, check: 3 };

/**
 * The "ต้องทำ / Due" list for division staff: every attention note across the report, overdue first;
 * within a kind the earliest due date first (notes without a date after), then checklist order.
 */
export function dueList(report: Report): DueEntry[] {
  const entries: { entry: DueEntry; order: number }[] = [];
  let order = 0;
  for (const item of report.items) {
    for (const a of item.attention) {
      entries.push({
        order: order++,
        entry: {
          itemId: item.id,
          itemTitle: item.title,
          owner: item.owner,
          kind: a.kind,
          message: a.message,
          messageEn: a.messageEn,
          ...(a.due !== undefined ? { due: a.due } : {}),
        },
      });
    }
  }
  entries.sort((x, y) => {
    const byKind = KIND_ORDER[x.entry.kind] - KIND_ORDER[y.entry.kind];
    if (byKind !== 0) return byKind;
    const dx = x.entry.due ?? '9999-99-99';
    const dy = y.entry.due ?? '9999-99-99';
    if (dx !== dy) return dx < dy ? -1 : 1;
    return x.order - y.order;
  });
  return entries.map((e) => e.entry);
}

export const ATTENTION_LABEL: Record<Attention['kind'], { th: string; en: string }> = {
  overdue: { th: 'เลยกำหนด', en: 'overdue' },
  'due-soon': { th: 'ใกล้ถึงกำหนด', en: 'due soon' },
  stale: { th: 'ข้อมูลเก่า', en: 'stale' },
  check: { th: 'ตรวจเอง', en: 'check' },
};
