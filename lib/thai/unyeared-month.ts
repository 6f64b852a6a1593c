import type { DateMention } from './date-mention.ts';
import { trieAlternation } from './date-patterns.ts';
import { monthVariants } from './thai-months.ts';

/** Thai month names written in full or with dots (never the short weak forms that hide inside other words). */
const STRONG_MONTHS = monthVariants().filter((v) => v.kind === 'strong');
/** "เดือน ตุลาคม", "ในรอบเดือน ต.ค.", "ประจำเดือนตุลาคม" — not followed by a year (digits). */
const MONTH_AFTER_WORD_RE = new RegExp(`เดือน\\s*(${trieAlternation(STRONG_MONTHS.map((v) => v.text))})(?!\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?\\d)`, 'g');

/**
 * The month a text names after the word "เดือน" without any year ("สรุปผลการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม"),
 * when it names exactly one; null when it names none, several, or a year follows the month.
 */
export function monthNamedWithoutYear(text: string): number | null {
  const months = new Set<number>();
  for (const m of text.matchAll(MONTH_AFTER_WORD_RE)) {
    const v = STRONG_MONTHS.find((s) => s.text === m[1]);
    if (v) months.add(v.month);
  }
  return months.size === 1 ? ([...months][0] ?? null) : null;
}

/**
 * A row that reports one month by name without a year ("…ในรอบเดือน ตุลาคม") beside the day it was announced
 * ("12 พฤศจิกายน 2568"): the month reported is that month in the latest year not after the announcement
 * (October announced in November 2568 is October 2568; December announced in January 2569 is December 2568).
 * Returns a month-precision mention spanning the named month's text, or null.
 */
export function reportedMonthOfRow(titleText: string, announced: DateMention): DateMention | null {
  if (announced.precision !== 'day' || announced.month === undefined) return null;
  const month = monthNamedWithoutYear(titleText);
  if (month === null) return null;
  const at = titleText.search(MONTH_AFTER_WORD_RE);
  const year = month <= announced.month ? announced.year : announced.year - 1;
  const raw = titleText.slice(at).split(/\s{2,}/)[0] ?? '';
  return { start: at, end: at + raw.length, raw, year, month, precision: 'month', era: announced.era };
}
