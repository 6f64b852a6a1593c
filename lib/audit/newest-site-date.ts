import type { DatedMention, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { CalendarDate } from '../thai/fiscal-year.ts';

/** A month of the Common Era: the end of what a date mention covers. */
export interface YearMonth {
  year: number;
  month: number;
}

/** The last month a mention covers: its range end, a fiscal year's September, a bare year's December. */
export function lastMonthOf(d: DatedMention): YearMonth {
  const end = d.until ?? d;
  if (end.month !== undefined) return { year: end.year, month: end.month };
  return { year: end.year, month: d.precision === 'fiscal-year' && d.until === undefined ? 9 : 12 };
}

const monthIndex = (m: YearMonth): number => m.year * 12 + (m.month - 1);

/**
 * The newest month any page of the site names in its content (page dates and link dates), not counting the
 * server's Last-Modified header (a dynamic page is always "modified now") nor anything after the as-of month
 * (a misread number is no sign of life). Null when the site names no date at all.
 */
export function newestSiteMonth(pages: Iterable<Pick<PageSnapshot, 'dates' | 'links'>>, asOf: CalendarDate): YearMonth | null {
  const limit = monthIndex({ year: asOf.year, month: asOf.month });
  let best: YearMonth | null = null;
  const consider = (d: DatedMention): void => {
    if (d.source === 'last-modified') return;
    const start = monthIndex({ year: d.year, month: d.month ?? 1 });
    if (start > limit) return;
    const last = lastMonthOf(d);
    const end = monthIndex(last) > limit ? { year: asOf.year, month: asOf.month } : last;
    if (!best || monthIndex(end) > monthIndex(best)) best = end;
  };
  for (const page of pages) {
    for (const d of page.dates) consider(d);
    for (const link of page.links) for (const d of link.dates) consider(d);
  }
  return best;
}
