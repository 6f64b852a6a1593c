import { fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import { readEvidence, undatedServerFiscalYear } from './date-readings.ts';
import { describeFiscalYear, judgeFiscalYearTarget } from './fiscal-year-target.ts';
import { subjectOf, type DatedEvidence, type FreshnessVerdict, type JudgeOptions } from './freshness-types.ts';

/**
 * current-fiscal-year: some evidence speaks of the fiscal year of the as-of date (or a later one):
 * a day or month inside it, a fiscal-year label ("ปีงบประมาณ 2568"), a bare BE year equal to the
 * fiscal year ("ประจำปี 2568"), or a span covering it ("2566–2570"). Only earlier years → outdated;
 * no date at all → review.
 */
export function judgeCurrentFiscalYear(evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  return judgeFiscalYearTarget(readEvidence(evidence), { target: fiscalYearOf(asOf), describe: describeFiscalYear, undatedNewest: undatedServerFiscalYear(evidence) }, asOf, subjectOf(options));
}
