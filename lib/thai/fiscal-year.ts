/** Buddhist Era = Common Era + 543. */
export const BE_OFFSET = 543;

/** A calendar date without time zone: the as-of date of an audit. */
export interface CalendarDate {
  year: number; // CE
  month: number; // 1–12
  day: number; // 1–31
}

export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function toIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The Buddhist-era fiscal year (1 October – 30 September) a date falls in: 2025-10-01 → 2569. */
export function fiscalYearOf(date: CalendarDate): number {
  return date.year + BE_OFFSET + (date.month >= 10 ? 1 : 0);
}

/** The twelve months of a BE fiscal year, October first, as CE { year, month }. */
export function monthsOfFiscalYear(fiscalYearBE: number): { year: number; month: number }[] {
  const endCE = fiscalYearBE - BE_OFFSET;
  const months: { year: number; month: number }[] = [];
  for (let i = 0; i < 12; i++) {
    const m = ((9 + i) % 12) + 1; // 10, 11, 12, 1, …, 9
    months.push({ year: m >= 10 ? endCE - 1 : endCE, month: m });
  }
  return months;
}
