import type { DatedMention, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { DateMention } from '../thai/date-mention.ts';
import type { CalendarDate } from '../thai/fiscal-year.ts';

/** A month of the Common Era: the end of what a date mention covers. */
export interface YearMonth {
  year: number;
  month: number;
}

/** The last month a mention covers: its range end, a fiscal year's September, a bare year's December. */
export function lastMonthOf(d: DateMention): YearMonth {
  const end = d.until ?? d;
  if (end.month !== undefined) return { year: end.year, month: end.month };
  return { year: end.year, month: d.precision === 'fiscal-year' && d.until === undefined ? 9 : 12 };
}

const monthIndex = (m: YearMonth): number => m.year * 12 + (m.month - 1);

/**
 * What the site's pages say of its life, compact: for each month a date mention starts in (as a month index), the
 * latest month such a mention covers. The server's Last-Modified header is left out (a dynamic page is always
 * "modified now"). Gathered page by page (addDateSpans) in the site index's one pass over the pages.
 */
export type DateSpans = Map<number, number>;

/** Months a range counts for as a sign of the site's life (see addDateSpans): a year. */
const MULTI_YEAR_SPAN = 12;

/** `entrySpans`, when given, also gathers the dates links carry (entries of lists: a headline's date in its row or label). */
export function addDateSpans(spans: DateSpans, page: Pick<PageSnapshot, 'dates' | 'links'>, entrySpans?: DateSpans): void {
  const consider = (d: DatedMention, entry: boolean): void => {
    if (d.source === 'last-modified') return;
    const start = monthIndex({ year: d.year, month: d.month ?? 1 });
    // A period of several years ("แผนพัฒนา 2560–2563", a plan's span) is written when it begins: its far end is the
    // plan's horizon, no sign that the site lived that long. It counts up to the end of its first year.
    const last = Math.min(monthIndex(lastMonthOf(d)), d.until !== undefined ? start + MULTI_YEAR_SPAN - 1 : Infinity);
    if (last > (spans.get(start) ?? -Infinity)) spans.set(start, last);
    if (entry && entrySpans && last > (entrySpans.get(start) ?? -Infinity)) entrySpans.set(start, last);
  };
  for (const d of page.dates) consider(d, false);
  for (const link of page.links) for (const d of link.dates) consider(d, true);
}

/**
 * The newest month the spans name, not counting anything that starts after the as-of month (a misread number is
 * no sign of life) and cutting a span that runs past it at the as-of month. Null when the site names no date at all.
 */
export function newestMonthOf(spans: DateSpans, asOf: CalendarDate): YearMonth | null {
  const limit = monthIndex({ year: asOf.year, month: asOf.month });
  let best = -Infinity;
  for (const [start, last] of spans) if (start <= limit) best = Math.max(best, Math.min(last, limit));
  return best === -Infinity ? null : { year: Math.floor(best / 12), month: (best % 12) + 1 };
}

/** The newest month any page of the site names in its content (page dates and link dates): see newestMonthOf. */
export function newestSiteMonth(pages: Iterable<Pick<PageSnapshot, 'dates' | 'links'>>, asOf: CalendarDate): YearMonth | null {
  const spans: DateSpans = new Map();
  for (const page of pages) addDateSpans(spans, page);
  return newestMonthOf(spans, asOf);
}
