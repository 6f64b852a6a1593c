import { BE_OFFSET, daysInMonth, fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';

/** Months counted from year 0: year * 12 + (month - 1). Makes month ranges plain integer ranges. */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function monthOfIndex(index: MonthIndex): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 'YYYY-MM' (CE). */
export function monthKey(index: MonthIndex): string {
  const { year, month } = monthOfIndex(index);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The first month (October) of a BE fiscal year. */
export function firstMonthOfFiscalYear(fiscalYearBE: number): MonthIndex {
  return monthIndex(fiscalYearBE - BE_OFFSET - 1, 10);
}

/** The BE fiscal year a month belongs to. */
export function fiscalYearOfMonth(index: MonthIndex): number {
  const { year, month } = monthOfIndex(index);
  return fiscalYearOf({ year, month, day: 1 });
}

/** Days since 1970-01-01 (UTC calendar arithmetic; no time zones involved). */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function dateOfDayNumber(days: number): CalendarDate {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

export function lastDayOfMonth(index: MonthIndex): CalendarDate {
  const { year, month } = monthOfIndex(index);
  return { year, month, day: daysInMonth(year, month) };
}

/** -1, 0 or 1. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

/**
 * The calendar date of an "MM-DD" due day inside a BE fiscal year: October–December fall in the
 * fiscal year's first calendar year, January–September in its second. 29 February becomes 28 February
 * in a common year.
 */
export function dueDateInFiscalYear(monthDay: string, fiscalYearBE: number): CalendarDate {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  const endCE = fiscalYearBE - BE_OFFSET;
  const year = month >= 10 ? endCE - 1 : endCE;
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
