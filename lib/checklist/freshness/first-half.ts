import { BE_OFFSET, fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import { dueDateInFiscalYear } from './calendar-math.ts';
import { readEvidence, undatedServerFiscalYear } from './date-readings.ts';
import { judgeFiscalYearTarget, type PeriodText } from './fiscal-year-target.ts';
import { subjectOf, type DatedEvidence, type FreshnessVerdict, type JudgeOptions } from './freshness-types.ts';
import { englishMonth, thaiMonth } from './thai-period-format.ts';

/** "รอบ 6 เดือนแรก ปีงบประมาณ 2568 (ต.ค. 2567 – มี.ค. 2568)". */
export function describeFirstHalf(fiscalYearBE: number): PeriodText {
  const endCE = fiscalYearBE - BE_OFFSET;
  return {
    th: `รอบ 6 เดือนแรก ปีงบประมาณ ${fiscalYearBE} (${thaiMonth(endCE - 1, 10)} – ${thaiMonth(endCE, 3)})`,
    en: `the first half of fiscal year ${fiscalYearBE} (${englishMonth(endCE - 1, 10)} – ${englishMonth(endCE, 3)})`,
  };
}

/**
 * first-half {due}: a report on October–March of the current fiscal year, due by `due` (MM-DD, e.g. 04-30).
 * It is recognised by any mention of that fiscal year: a half-year or a range ending in March, months or
 * quarters of the half (or later), a fiscal-year label, or a date inside the year. Until the due day the
 * previous fiscal year's report counts (due-soon note); after it, without this year's → outdated (overdue note).
 */
export function judgeFirstHalf(rule: { due: string }, evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  const current = fiscalYearOf(asOf);
  return judgeFiscalYearTarget(
    readEvidence(evidence),
    { target: current, describe: describeFirstHalf, due: dueDateInFiscalYear(rule.due, current), undatedNewest: undatedServerFiscalYear(evidence) },
    asOf,
    subjectOf(options),
  );
}
