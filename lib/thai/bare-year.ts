import type { DateMention } from './date-mention.ts';
import { BE_OFFSET } from './fiscal-year.ts';
import { LAW_NAME, periodDates } from './law-title-years.ts';
import { foldForMatching } from './normalize-thai.ts';

/** A text this short is a label or a table cell, not prose: a lone year in it names the document's year. */
export const MAX_BARE_YEAR_TEXT = 80;
/**
 * A Buddhist-era year of this century standing alone: not inside a longer number, a decimal, a date or a code
 * ("0032/2568"), and not a quantity ("2560 บาท").
 */
const BARE_YEAR = /(?<![\d.,/:\-])25[4-9]\d(?!\d|[.,:/\-]\d|\s*(?:บาท|ครั้ง|คน|ราย|เมตร|ล้าน|แสน|หมื่น|ชิ้น|เครื่อง|ตัว|เล่ม|หลัง|%))/gu;
/** Words after which a number is a number, not a year: "เลขที่ 2568", "หมู่ 2560", "โทร 2565". */
const NUMBER_WORD = /(?:เลขที่|ที่|หมู่|ซอย|โทร(?:ศัพท์)?|รหัส|ห้อง|หน้า|ข้อ|มาตรา|no\.?|tel\.?)\s*$/iu;

/** A number right after a Latin word is part of an English name or code ("No Gift Policy 2569", "ISO 2559"), not a Thai year. */
const LATIN_WORD_BEFORE = /[A-Za-z]\s*$/u;
/** A table cell that is only a year ("2568", "(2568)"). */
const YEAR_ONLY = /^\(?\s*(?:25[4-9]\d|[\u0E52][\u0E55][\u0E54-\u0E59][\u0E50-\u0E59])\s*\)?$/u;

/** The dates of a table cell: its own dates, or the year it holds alone ("2568" in a year column, bare-year-label). */
export function cellDates(text: string): DateMention[] {
  return YEAR_ONLY.test(text.trim()) ? shortTextDates(text) : periodDates(text);
}

/**
 * Rule bare-year-label: the dates of a short text (a link's label, a table cell), or, when it names none, each
 * Buddhist-era year standing alone in it ("แผนงบ 2569", "แผนปฏิบัติการ 2569", a cell that is just "2568") as a year.
 * A year written without 'ปี'/'พ.ศ.' is read only in a label-sized text (at most MAX_BARE_YEAR_TEXT characters), never
 * after a number word ("เลขที่", "หมู่", "โทร"), never in a text that names a law (its title's year is not a period).
 */
export function shortTextDates(text: string): DateMention[] {
  const found = periodDates(text);
  return found.length > 0 ? found : bareYears(text);
}

/** The years written alone in a label-sized text that names no date (the second half of shortTextDates). */
export function bareYears(text: string): DateMention[] {
  if (text.length > MAX_BARE_YEAR_TEXT || !/\d\d|[\u0E50-\u0E59]{2}/u.test(text)) return [];
  // search(), not test(): LAW_NAME is global, and a lastIndex left behind would make the next matchAll over it
  // (isLawTitleYear) start mid-text and miss a law's name.
  if (text.search(LAW_NAME) !== -1) return [];
  const folded = foldForMatching(text);
  const out: DateMention[] = [];
  for (const m of folded.text.matchAll(BARE_YEAR)) {
    const at = m.index ?? 0;
    const before = folded.text.slice(Math.max(0, at - 12), at);
    if (NUMBER_WORD.test(before) || LATIN_WORD_BEFORE.test(before)) continue;
    const start = folded.map ? (folded.map[at] ?? at) : at;
    const end = folded.map ? (folded.map[at + 3] ?? at + 3) + 1 : at + 4;
    out.push({ start, end, raw: text.slice(start, end), year: Number(m[0]) - BE_OFFSET, precision: 'year', era: 'BE' });
  }
  return out;
}
