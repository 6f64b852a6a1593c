import { fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import { dueDateInFiscalYear } from './calendar-math.ts';
import { readEvidence, undatedServerFiscalYear } from './date-readings.ts';
import { describeFiscalYear, judgeFiscalYearTarget } from './fiscal-year-target.ts';
import { subjectOf, type DatedEvidence, type FreshnessVerdict, type JudgeOptions } from './freshness-types.ts';

/**
 * previous-fiscal-year {due}: the report of fiscal year N−1 is due by `due` (MM-DD) of the current fiscal
 * year N. Until that day (inclusive) the report of N−2 still counts, with a due-soon note; after it, only
 * N−2 or older → outdated with an overdue note. A date inside fiscal year N (e.g. publication) also counts.
 */
export function judgePreviousFiscalYear(rule: { due: string }, evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  const current = fiscalYearOf(asOf);
  return judgeFiscalYearTarget(
    readEvidence(evidence),
    { target: current - 1, describe: describeFiscalYear, due: dueDateInFiscalYear(rule.due, current), undatedNewest: undatedServerFiscalYear(evidence) },
    asOf,
    subjectOf(options),
  );
}
