import { BE_OFFSET, type CalendarDate } from '../../thai/fiscal-year.ts';
import { formatThaiDate, formatThaiMonth } from '../../thai/format-thai-date.ts';

const ENGLISH_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "มี.ค. 2568" for (2025, 3). */
export function thaiMonth(year: number, month: number): string {
  return formatThaiMonth(year, month, 'short');
}

/** "Mar 2025" for (2025, 3). */
export function englishMonth(year: number, month: number): string {
  return `${ENGLISH_MONTHS_SHORT[month - 1] ?? '?'} ${year}`;
}

/** "30 เม.ย. 2568". */
export function thaiDate(date: CalendarDate): string {
  return formatThaiDate(date, 'short');
}

/** "30 Apr 2025". */
export function englishDate(date: CalendarDate): string {
  return `${date.day} ${englishMonth(date.year, date.month)}`;
}

/** "ปีงบประมาณ 2568". */
export function thaiFiscalYear(fiscalYearBE: number): string {
  return `ปีงบประมาณ ${fiscalYearBE}`;
}

/** "fiscal year 2568 (Oct 2024 – Sep 2025)". */
export function englishFiscalYear(fiscalYearBE: number): string {
  const endCE = fiscalYearBE - BE_OFFSET;
  return `fiscal year ${fiscalYearBE} (Oct ${endCE - 1} – Sep ${endCE})`;
}

/** "a", "a และ b", "a, b และ c". */
export function joinThai(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} และ ${parts[parts.length - 1]}`;
}

/** "a", "a and b", "a, b and c". */
export function joinEnglish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
