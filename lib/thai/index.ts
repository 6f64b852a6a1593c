/**
 * Thai text and date helpers for the auditor.
 *
 * - `normalizeThai` / `stripThaiMarks` / `thaiEditDistance`: text normalisation for matching titles.
 * - `findDates`: every date mention (day, month, quarter, half-year, fiscal year, year; BE or CE; ranges) with
 *   offsets into the original text. `datesFromUrl`: the same over a URL's decoded path, query and fragment.
 * - `formatThaiDate` / `formatThaiMonth` / `monthKey`: writing dates back for reasons and grouping.
 * - Fiscal-year helpers (Thai FY N runs 1 October N−1 … 30 September N, BE).
 */
export { DateMention, DatePrecision } from './date-mention.ts';
export {
  BE_OFFSET,
  type CalendarDate,
  daysInMonth,
  fiscalYearOf,
  isLeapYear,
  monthsOfFiscalYear,
  parseIsoDate,
  toIsoDate,
} from './fiscal-year.ts';
export { findDates } from './find-dates.ts';
export { datesFromUrl, itaRoundYears, pathDates, safeDecodeUri, urlDateText } from './dates-from-url.ts';
export { formatThaiDate, formatThaiMonth, monthKey, type ThaiDateStyle } from './format-thai-date.ts';
export {
  asciiToThaiDigits,
  composeSaraAm,
  foldMisspellings,
  foldForMatching,
  type FoldedText,
  normalizeThai,
  stripThaiMarks,
  THAI_SPELLING_FOLDS,
  thaiEditDistance,
  thaiToAsciiDigits,
} from './normalize-thai.ts';
export { monthEntry, monthFromToken, type MonthEntry, monthVariants, THAI_MONTHS } from './thai-months.ts';
export { isLawTitleYear, periodDates } from './law-title-years.ts';
export { bareYears, cellDates, MAX_BARE_YEAR_TEXT, shortTextDates } from './bare-year.ts';
