import { BE_OFFSET, fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import { dayNumber, fiscalYearOfMonth, lastDayOfMonth, monthIndex, monthOfIndex, type MonthIndex } from './calendar-math.ts';
import type { DatedEvidence, EvidenceDate } from './freshness-types.ts';

/**
 * What a date mention says, reduced to the three shapes the rules need:
 * - `day`: a single day (an event, a publication, a row date). `server` marks an HTTP Last-Modified date,
 *   which only bounds what a file can cover;
 * - `months`: a run of whole months (a month, a quarter, a half-year, "ต.ค. 2567 – มี.ค. 2568");
 * - `label`: a year label ("ปีงบประมาณ 2568", "ประจำปี พ.ศ. 2568", "2566–2570"), as BE fiscal years.
 *
 * A bare year is read as a fiscal-year label: Thai agencies name annual documents by fiscal year
 * ("รายงานผล… ประจำปี 2567" is the FY 2567 report), so "2568" means FY 2568 and never the calendar
 * year 2568's October–December (which belong to FY 2569).
 */
export type Reading =
  | { kind: 'day'; date: CalendarDate; server: boolean }
  | { kind: 'months'; from: MonthIndex; to: MonthIndex }
  | { kind: 'label'; fyFrom: number; fyTo: number; endCE: number; precision: 'year' | 'fiscal-year' };

/** Month runs longer than this are not expanded into months (they are year spans written with months). */
const MAX_MONTH_RUN = 36;

const RUN_LENGTH: Record<string, number> = { month: 0, quarter: 2, 'half-year': 5 };

export function readMention(mention: EvidenceDate): Reading | null {
  const { precision, until } = mention;
  if (precision === 'day') {
    if (mention.month === undefined || mention.day === undefined) return null;
    const from = monthIndex(mention.year, mention.month);
    if (until && until.month !== undefined) {
      const to = monthIndex(until.year, until.month);
      if (to !== from) return to > from ? { kind: 'months', from, to } : null;
    }
    return { kind: 'day', date: { year: mention.year, month: mention.month, day: mention.day }, server: mention.source === 'last-modified' };
  }
  if (precision === 'month' || precision === 'quarter' || precision === 'half-year') {
    if (mention.month === undefined) return yearLabel(mention.year, until?.year ?? mention.year, 'year');
    const from = monthIndex(mention.year, mention.month);
    const to = until ? monthIndex(until.year, until.month ?? 12) : from + (RUN_LENGTH[precision] ?? 0);
    return to >= from ? { kind: 'months', from, to } : null;
  }
  return yearLabel(mention.year, until?.year ?? mention.year, precision);
}

function yearLabel(fromCE: number, toCE: number, precision: 'year' | 'fiscal-year'): Reading | null {
  if (toCE < fromCE) return null;
  return { kind: 'label', fyFrom: fromCE + BE_OFFSET, fyTo: toCE + BE_OFFSET, endCE: toCE, precision };
}

/** Every reading of one piece of evidence, in mention order. */
export function readPiece(piece: DatedEvidence): Reading[] {
  return piece.dates.map(readMention).filter((r): r is Reading => r !== null);
}

/** Every reading of every piece, as written (the `recent` rule wants posting dates too). */
export function readAllEvidence(evidence: readonly DatedEvidence[]): Reading[] {
  return evidence.flatMap(readPiece);
}

const isWrittenDay = (r: Reading): boolean => r.kind === 'day' && !r.server;

/**
 * The readings that say which period a piece of evidence is about. A row such as
 * "5 พ.ย. 2568 สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม 2568" or "15 ต.ค. 2567 รายงานผล… ประจำปี 2567"
 * carries a posting day beside the period it covers: when a piece names a period (months or a year label),
 * its written days are posting dates and are left out. A piece with days only is read by its days.
 */
export function periodReadings(piece: DatedEvidence): Reading[] {
  const readings = readPiece(piece);
  const namesPeriod = readings.some((r) => r.kind === 'months' || r.kind === 'label');
  return namesPeriod ? readings.filter((r) => !isWrittenDay(r)) : readings;
}

/** Period readings of every piece (see periodReadings). */
export function readEvidence(evidence: readonly DatedEvidence[]): Reading[] {
  return evidence.flatMap(periodReadings);
}

/**
 * The months one piece of evidence stands for: its month runs (months, quarters, half-years, ranges) if it
 * names any, otherwise the months of its written days. Year labels and Last-Modified dates give no month.
 */
export function monthsOfPiece(piece: DatedEvidence): MonthIndex[] {
  const readings = readPiece(piece);
  const runs = readings.filter((r) => r.kind === 'months');
  const source = runs.length > 0 ? runs : readings.filter(isWrittenDay);
  return [...new Set(source.flatMap(monthsOfReading))];
}

/** Whether a reading speaks of (part of) the given fiscal year. */
export function coversFiscalYear(reading: Reading, fiscalYearBE: number): boolean {
  switch (reading.kind) {
    case 'day':
      return fiscalYearOf(reading.date) === fiscalYearBE;
    case 'months':
      return fiscalYearOfMonth(reading.from) <= fiscalYearBE && fiscalYearBE <= fiscalYearOfMonth(reading.to);
    case 'label':
      return reading.fyFrom <= fiscalYearBE && fiscalYearBE <= reading.fyTo;
  }
}

/** The newest fiscal year a reading speaks of (a day: its own; a run of months: its last month's; a label: its last year). */
export function latestFiscalYear(reading: Reading): number {
  switch (reading.kind) {
    case 'day':
      return fiscalYearOf(reading.date);
    case 'months':
      return fiscalYearOfMonth(reading.to);
    case 'label':
      return reading.fyTo;
  }
}

/** The last day a reading can stand for, as a day number (for "newest" comparisons). */
function endDay(reading: Reading): number {
  switch (reading.kind) {
    case 'day':
      return dayNumber(reading.date);
    case 'months':
      return dayNumber(lastDayOfMonth(reading.to));
    case 'label':
      return reading.precision === 'fiscal-year'
        ? dayNumber({ year: reading.endCE, month: 9, day: 30 })
        : dayNumber({ year: reading.endCE, month: 12, day: 31 });
  }
}

/** The newest reading, in the precision it was written in. */
export function newestOf(readings: readonly Reading[]): { year: number; month?: number; day?: number } | undefined {
  let best: Reading | undefined;
  for (const reading of readings) if (!best || endDay(reading) > endDay(best)) best = reading;
  if (!best) return undefined;
  switch (best.kind) {
    case 'day':
      return { ...best.date };
    case 'months':
      return monthOfIndex(best.to);
    case 'label':
      return { year: best.endCE };
  }
}

/** The months a reading names (days → their month; runs → every month; labels and server dates → none). */
export function monthsOfReading(reading: Reading): MonthIndex[] {
  if (reading.kind === 'day') return reading.server ? [] : [monthIndex(reading.date.year, reading.date.month)];
  if (reading.kind === 'months') {
    if (reading.to - reading.from >= MAX_MONTH_RUN) return [];
    const months: MonthIndex[] = [];
    for (let m = reading.from; m <= reading.to; m++) months.push(m);
    return months;
  }
  return [];
}

export function isServerDate(reading: Reading): boolean {
  return reading.kind === 'day' && reading.server;
}

/**
 * The newest fiscal year among the Last-Modified dates of pieces that print no date of their own (every reading a
 * server date), or null when every piece prints one.
 */
export function undatedServerFiscalYear(evidence: readonly DatedEvidence[]): number | null {
  let newest: number | null = null;
  for (const piece of evidence) {
    const readings = periodReadings(piece);
    if (readings.length === 0 || !readings.every(isServerDate)) continue;
    const fy = Math.max(...readings.map(latestFiscalYear));
    if (newest === null || fy > newest) newest = fy;
  }
  return newest;
}
