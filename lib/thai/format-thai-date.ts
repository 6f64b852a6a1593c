import { BE_OFFSET, type CalendarDate } from './fiscal-year.ts';
import { asciiToThaiDigits } from './normalize-thai.ts';
import { monthEntry } from './thai-months.ts';

/** `short-thai-digits`: "๓๑ มี.ค. ๒๕๖๖"; `short`: "31 มี.ค. 2566"; `long`: "31 มีนาคม 2566". Years are always BE. */
export type ThaiDateStyle = 'short-thai-digits' | 'short' | 'long';

/** "มี.ค. 2566" / "มีนาคม 2566" / "มี.ค. ๒๕๖๖" for a CE year and month. */
export function formatThaiMonth(year: number, month: number, style: ThaiDateStyle = 'short'): string {
  const entry = monthEntry(month);
  const name = style === 'long' ? entry.full : entry.abbr;
  const text = `${name} ${year + BE_OFFSET}`;
  return style === 'short-thai-digits' ? asciiToThaiDigits(text) : text;
}

/** "31 มี.ค. 2566" etc. for a CE calendar date (the day is not zero-padded). */
export function formatThaiDate(date: CalendarDate, style: ThaiDateStyle = 'short'): string {
  const text = `${date.day} ${formatThaiMonth(date.year, date.month, style === 'short-thai-digits' ? 'short' : style)}`;
  return style === 'short-thai-digits' ? asciiToThaiDigits(text) : text;
}

/** A sortable month key "2025-03" (CE year). */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
