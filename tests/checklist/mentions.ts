import type { DatedEvidence, EvidenceDate } from '../../lib/checklist/freshness-rules.ts';
import { parseIsoDate, type CalendarDate } from '../../lib/thai/fiscal-year.ts';

// Hand-built date mentions (CE years, as lib/thai produces them) for freshness tests.

const base = { start: 0, end: 0, raw: '' };

export function date(iso: string): CalendarDate {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`bad test date ${iso}`);
  return d;
}

/** A day: "15 ม.ค. 2568" → day('2025-01-15'). */
export function day(iso: string, source?: string): EvidenceDate {
  const d = date(iso);
  return { ...base, ...d, precision: 'day', era: 'BE', ...(source ? { source } : {}) };
}

/** A month: "มีนาคม 2568" → month(2025, 3). */
export function month(year: number, m: number): EvidenceDate {
  return { ...base, year, month: m, precision: 'month', era: 'BE' };
}

/** A month range: "ตุลาคม 2567 – มีนาคม 2568" → monthRange(2024, 10, 2025, 3). */
export function monthRange(year: number, m: number, untilYear: number, untilMonth: number, precision: 'month' | 'quarter' | 'half-year' = 'month'): EvidenceDate {
  return { ...base, year, month: m, precision, era: 'BE', until: { year: untilYear, month: untilMonth } };
}

/** A quarter starting in the given month, without an explicit end. */
export function quarter(year: number, m: number): EvidenceDate {
  return { ...base, year, month: m, precision: 'quarter', era: 'BE' };
}

/** A half-year starting in the given month, without an explicit end. */
export function halfYear(year: number, m: number): EvidenceDate {
  return { ...base, year, month: m, precision: 'half-year', era: 'BE' };
}

/** "ปีงบประมาณ 2568" → fiscalYear(2568) (CE year in which it ends: 2025). */
export function fiscalYear(be: number, untilBe?: number): EvidenceDate {
  return { ...base, year: be - 543, precision: 'fiscal-year', era: 'BE', ...(untilBe ? { until: { year: untilBe - 543 } } : {}) };
}

/** A bare BE year "พ.ศ. 2568", or a span "2566–2570". */
export function yearBE(be: number, untilBe?: number): EvidenceDate {
  return { ...base, year: be - 543, precision: 'year', era: 'BE', ...(untilBe ? { until: { year: untilBe - 543 } } : {}) };
}

export function ev(url: string, ...dates: EvidenceDate[]): DatedEvidence {
  return { url, dates };
}

/** One piece of evidence per month, from (year, month) for `count` months. */
export function monthlyRows(year: number, m: number, count: number): DatedEvidence[] {
  const rows: DatedEvidence[] = [];
  for (let i = 0; i < count; i++) {
    const idx = year * 12 + (m - 1) + i;
    const y = Math.floor(idx / 12);
    const mm = (idx % 12) + 1;
    rows.push(ev(`https://example.go.th/skr-${y}-${mm}.pdf`, month(y, mm)));
  }
  return rows;
}
