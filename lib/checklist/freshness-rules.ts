import type { CalendarDate } from '../thai/fiscal-year.ts';
import type { FreshnessRule } from './checklist-schema.ts';
import { judgeCurrentFiscalYear } from './freshness/current-fiscal-year.ts';
import { judgeFirstHalf } from './freshness/first-half.ts';
import type { DatedEvidence, FreshnessVerdict, JudgeOptions } from './freshness/freshness-types.ts';
import { judgeInForce } from './freshness/in-force.ts';
import { judgeMonthly } from './freshness/monthly.ts';
import { judgeMultiYear } from './freshness/multi-year.ts';
import { judgePreviousFiscalYear } from './freshness/previous-fiscal-year.ts';
import { judgeRecent } from './freshness/recent.ts';

export type { DatedEvidence, EvidenceDate, FreshnessStatus, FreshnessVerdict, JudgeOptions } from './freshness/freshness-types.ts';
export { judgeCurrentFiscalYear, judgeFirstHalf, judgeInForce, judgeMonthly, judgeMultiYear, judgePreviousFiscalYear, judgeRecent };
export { monthDueDate, describeMonths } from './freshness/monthly.ts';

/**
 * Judge dated evidence of one item by its freshness rule on the as-of date. Called only when at least one
 * piece of evidence was found ('missing' is the caller's verdict). Pure: same input, same verdict.
 * `options.subject` names the evidence in the reason ("สรุปผลการจัดซื้อจัดจ้าง"); it defaults to "ข้อมูล"/"data".
 */
export function judgeFreshness(rule: FreshnessRule, evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  switch (rule.kind) {
    case 'in-force':
      return judgeInForce(evidence, options);
    case 'current-fiscal-year':
      return judgeCurrentFiscalYear(evidence, asOf, options);
    case 'previous-fiscal-year':
      return judgePreviousFiscalYear(rule, evidence, asOf, options);
    case 'first-half':
      return judgeFirstHalf(rule, evidence, asOf, options);
    case 'multi-year':
      return judgeMultiYear(evidence, asOf, options);
    case 'monthly':
      return judgeMonthly(rule, evidence, asOf, options);
    case 'recent':
      return judgeRecent(rule, evidence, asOf, options);
  }
}
