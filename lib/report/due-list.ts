import type { Attention, ItemVerdict, Report } from '../report/report-schema.ts';
import { monthIndex } from '../checklist/freshness/calendar-math.ts';
import { describeMonths } from '../checklist/freshness/monthly.ts';
import { thaiMonthOf } from './format.ts';
import { type Lang, type Phrase, say } from './report-lang.ts';

/**
 * What someone must do about an item: the item's own attention notes, plus what its card shows as
 * overdue without a note (a required month that is missing), plus the item's status when nothing else
 * says so (`fix` for missing / outdated / incomplete, `check` for review).
 */
export type DueKind = Attention['kind'] | 'fix';

/** One thing to do about one item, exactly as the item card shows it. */
export interface DueFact {
  kind: DueKind;
  message: string;
  messageEn: string;
  /** YYYY-MM-DD, when something falls due. */
  due?: string;
  /** YYYY-MM (CE) keys of required months that are missing, for a fact made from `months.missing`. */
  months?: string[];
}

export interface DueEntry extends DueFact {
  itemId: string;
  itemTitle: string;
  owner: string;
}

/** Overdue first, then what falls due soon, then items to fix, then stale evidence, then things to check by hand. */
const KIND_ORDER: Record<DueKind, number> = { overdue: 0, 'due-soon': 1, fix: 2, stale: 3, check: 4 };

/** The kinds that belong at the top of the list (the month-end check). */
export const URGENT_KINDS: readonly DueKind[] = ['overdue', 'due-soon', 'fix'];

export const UIStrings = {
  monthsMissing: (months: Phrase): Phrase => ({
    th: `ยังไม่พบเอกสารเดือน ${months.th} (เลยกำหนดแล้ว)`,
    en: `Nothing found for ${months.en} (overdue)`,
  }),
  title: { th: 'ต้องทำ', en: 'Due' },
  nothingUrgent: { th: 'ไม่มีรายการที่เลยกำหนด ใกล้กำหนด หรือต้องแก้', en: 'nothing overdue, due soon or to fix' },
  moreToCheck: (n: number): Phrase => ({ th: `ควรตรวจเองอีก ${n} เรื่อง`, en: `${n} more to check by hand` }),
  owner: { th: 'ผู้รับผิดชอบ', en: 'owner' },
  by: { th: 'ภายใน', en: 'by' },
} as const;

/** "2025-10".."2025-12" → "ต.ค. 2568 – ธ.ค. 2568" (the checklist's own month-list wording). */
function describeMonthKeys(keys: readonly string[]): Phrase {
  const indexes = keys.flatMap((k) => {
    const m = /^(\d{4})-(\d{2})$/.exec(k);
    return m ? [monthIndex(Number(m[1]), Number(m[2]))] : [];
  });
  return describeMonths(indexes);
}

/**
 * Everything the item card shows as due, overdue or to do, in the card's order: attention notes first,
 * then each missing month no note already names, then the status when no fact says so yet.
 * The card and the due list both read this function: one source.
 */
export function itemDueFacts(item: ItemVerdict): DueFact[] {
  const facts: DueFact[] = item.attention.map((a) => ({
    kind: a.kind,
    message: a.message,
    messageEn: a.messageEn,
    ...(a.due !== undefined ? { due: a.due } : {}),
  }));
  const unnamed = (item.months?.missing ?? []).filter((key) => {
    const th = thaiMonthOf(key);
    return !item.attention.some((a) => (a.kind === 'overdue' || a.kind === 'due-soon') && a.message.includes(th));
  });
  if (unnamed.length > 0) {
    const p = UIStrings.monthsMissing(describeMonthKeys(unnamed));
    facts.push({ kind: 'overdue', message: p.th, messageEn: p.en, months: unnamed });
  }
  const has = (kinds: readonly DueKind[]): boolean => facts.some((f) => kinds.includes(f.kind));
  if ((item.status === 'missing' || item.status === 'outdated' || item.status === 'incomplete') && !has(URGENT_KINDS)) {
    facts.push({ kind: 'fix', message: item.reason, messageEn: item.reasonEn });
  }
  if (item.status === 'review' && !has(['check'])) {
    facts.push({ kind: 'check', message: item.reason, messageEn: item.reasonEn });
  }
  return facts;
}

function sortKey(e: DueFact): string {
  return e.due ?? (e.months?.[0] !== undefined ? `${e.months[0]}-00` : '9999-99-99');
}

/**
 * The "ต้องทำ / Due" list for division staff: every item's due facts (`itemDueFacts`), overdue first;
 * within a kind the earliest date first (facts without a date after), then checklist order.
 */
export function dueList(report: Report): DueEntry[] {
  const entries: { entry: DueEntry; order: number }[] = [];
  let order = 0;
  for (const item of report.items) {
    for (const fact of itemDueFacts(item)) {
      entries.push({ order: order++, entry: { itemId: item.id, itemTitle: item.title, owner: item.owner, ...fact } });
    }
  }
  entries.sort((x, y) => {
    const byKind = KIND_ORDER[x.entry.kind] - KIND_ORDER[y.entry.kind];
    if (byKind !== 0) return byKind;
    const dx = sortKey(x.entry);
    const dy = sortKey(y.entry);
    if (dx !== dy) return dx < dy ? -1 : 1;
    return x.order - y.order;
  });
  return entries.map((e) => e.entry);
}

export interface DueGroup {
  /** The responsible role or division, as the checklist names it. */
  owner: string;
  entries: DueEntry[];
}

/** The due list grouped by responsible division, the division with the most urgent entry first. */
export function dueByOwner(entries: readonly DueEntry[]): DueGroup[] {
  const groups = new Map<string, DueEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.owner) ?? [];
    list.push(e);
    groups.set(e.owner, list);
  }
  return [...groups].map(([owner, list]) => ({ owner, entries: list }));
}

export const ATTENTION_LABEL: Record<DueKind, Phrase> = {
  overdue: { th: 'เลยกำหนด', en: 'overdue' },
  'due-soon': { th: 'ใกล้ถึงกำหนด', en: 'due soon' },
  fix: { th: 'ต้องแก้', en: 'to fix' },
  stale: { th: 'ข้อมูลเก่า', en: 'stale' },
  check: { th: 'ตรวจเอง', en: 'check' },
};

/** The message of a fact in the report's language. */
export function dueMessage(f: DueFact, lang: Lang): string {
  return say({ th: f.message, en: f.messageEn }, lang);
}
