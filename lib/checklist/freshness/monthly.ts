import { fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import {
  addDays,
  compareDates,
  firstMonthOfFiscalYear,
  isoDate,
  lastDayOfMonth,
  monthIndex,
  monthKey,
  monthOfIndex,
  type MonthIndex,
} from './calendar-math.ts';
import { monthsOfPiece, monthsOfReading, newestOf, readEvidence } from './date-readings.ts';
import { subjectOf, type Attention, type DatedEvidence, type FreshnessVerdict, type JudgeOptions, type Subject } from './freshness-types.ts';
import { englishDate, englishMonth, joinEnglish, joinThai, thaiDate, thaiMonth } from './thai-period-format.ts';

export interface MonthlyRule {
  fromMonth: number;
  toMonth: number;
  fiscalYear?: 'current' | 'previous';
  graceDays?: number;
}

/**
 * A month's summary is due by the last day of the following month, plus the grace days. It is required from that day
 * on: the audit reads the site at the end of the as-of day (an auditor on 30 April expects March's summary).
 */
export function monthDueDate(month: MonthIndex, graceDays: number): CalendarDate {
  return addDays(lastDayOfMonth(month + 1), graceDays);
}

/** Month lists for people: runs of three or more months collapse to "ต.ค. 2567 – ธ.ค. 2567". */
export function describeMonths(months: readonly MonthIndex[]): { th: string; en: string } {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const runs: [MonthIndex, MonthIndex][] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === m - 1) last[1] = m;
    else runs.push([m, m]);
  }
  const th: string[] = [];
  const en: string[] = [];
  const thOf = (m: MonthIndex): string => thaiMonth(monthOfIndex(m).year, monthOfIndex(m).month);
  const enOf = (m: MonthIndex): string => englishMonth(monthOfIndex(m).year, monthOfIndex(m).month);
  for (const [a, b] of runs) {
    if (b - a >= 2) {
      th.push(`${thOf(a)} – ${thOf(b)}`);
      en.push(`${enOf(a)} – ${enOf(b)}`);
    } else {
      for (let m = a; m <= b; m++) {
        th.push(thOf(m));
        en.push(enOf(m));
      }
    }
  }
  return { th: joinThai(th), en: joinEnglish(en) };
}

/**
 * One URL listed in several rows, each naming a different single month, is one file: flag it for a person
 * to check that the file really covers every month (a copied link is a common template mistake).
 */
function sharedUrlChecks(evidence: readonly DatedEvidence[], subject: Subject): Attention[] {
  const byUrl = new Map<string, { rows: number; months: Set<MonthIndex> }>();
  for (const piece of evidence) {
    const entry = byUrl.get(piece.url) ?? { rows: 0, months: new Set<MonthIndex>() };
    entry.rows += 1;
    const months = monthsOfPiece(piece);
    if (months.length === 1) entry.months.add(months[0] as MonthIndex);
    byUrl.set(piece.url, entry);
  }
  const checks: Attention[] = [];
  for (const [url, entry] of byUrl) {
    if (entry.rows < 2 || entry.months.size < 2) continue;
    const months = describeMonths([...entry.months]);
    checks.push({
      kind: 'check',
      message: `ลิงก์เดียวกันใช้กับหลายเดือน (${months.th}): ${url} ตรวจว่าไฟล์มี${subject.th}ครบทุกเดือน`,
      messageEn: `The same link is used for several months (${months.en}): ${url}; check that the file holds ${subject.en} for every month`,
    });
  }
  return checks;
}

/**
 * monthly {fromMonth, toMonth, fiscalYear, graceDays}: a monthly series such as the procurement summary (สขร.1).
 * Required are the fiscal months fromMonth..toMonth (1 = October) of the current (or previous) fiscal year whose
 * due date (end of the following month + graceDays) is the as-of date or earlier. Months are read from every date
 * mention (days, months, quarters, half-years and ranges expanded); a repeated URL adds nothing twice.
 * Besides the ITA status, attention lists later months of the year that are overdue and the month falling due
 * by the end of the as-of month.
 */
export function judgeMonthly(rule: MonthlyRule, evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  const subject = subjectOf(options);
  const grace = rule.graceDays ?? 0;
  const fiscalYear = fiscalYearOf(asOf) - (rule.fiscalYear === 'previous' ? 1 : 0);
  const first = firstMonthOfFiscalYear(fiscalYear);
  const monthOf = (fiscalMonth: number): MonthIndex => first + fiscalMonth - 1;
  const isDue = (m: MonthIndex): boolean => compareDates(asOf, monthDueDate(m, grace)) >= 0;
  const isPastDue = (m: MonthIndex): boolean => compareDates(asOf, monthDueDate(m, grace)) > 0;

  const readings = readEvidence(evidence);
  const present = new Set<MonthIndex>(evidence.flatMap(monthsOfPiece));
  const window: MonthIndex[] = [];
  for (let k = rule.fromMonth; k <= rule.toMonth; k++) window.push(monthOf(k));
  const required = window.filter(isDue);
  const missing = required.filter((m) => !present.has(m));
  const presentInYear = [...present].filter((m) => m >= first && m < first + 12).sort((a, b) => a - b);
  const months = { present: presentInYear.map(monthKey), missing: missing.map(monthKey) };
  const newest = newestOf(readings.filter((r) => monthsOfReading(r).length > 0));

  const attention: Attention[] = [];
  for (let k = rule.toMonth + 1; k <= 12; k++) {
    const m = monthOf(k);
    if (!isPastDue(m) || present.has(m)) continue;
    const due = monthDueDate(m, grace);
    const { year, month } = monthOfIndex(m);
    attention.push({
      kind: 'overdue',
      message: `${subject.th}เดือน ${thaiMonth(year, month)} เลยกำหนด (ภายใน ${thaiDate(due)})`,
      messageEn: `${subject.en} for ${englishMonth(year, month)} is overdue (due ${englishDate(due)})`,
      due: isoDate(due),
    });
  }
  const endOfThisMonth = addDays(lastDayOfMonth(monthIndex(asOf.year, asOf.month)), grace);
  for (let k = rule.fromMonth; k <= 12; k++) {
    const m = monthOf(k);
    if (present.has(m) || isDue(m)) continue;
    const due = monthDueDate(m, grace);
    if (required.length === 0 || compareDates(due, endOfThisMonth) <= 0) {
      const { year, month } = monthOfIndex(m);
      attention.push({
        kind: 'due-soon',
        message: `${subject.th}เดือน ${thaiMonth(year, month)} ครบกำหนดภายใน ${thaiDate(due)}`,
        messageEn: `${subject.en} for ${englishMonth(year, month)} is due by ${englishDate(due)}`,
        due: isoDate(due),
      });
    }
    break;
  }
  attention.push(...sharedUrlChecks(evidence, subject));

  const windowText = describeMonths(window);
  if (required.length === 0) {
    const firstDue = monthDueDate(window[0] as MonthIndex, grace);
    return {
      status: 'pass',
      reason: `ยังไม่ถึงกำหนด: ${subject.th}เดือนแรก (${describeMonths([window[0] as MonthIndex]).th}) ครบกำหนดภายใน ${thaiDate(firstDue)}`,
      reasonEn: `Nothing is due yet: ${subject.en} for the first month (${describeMonths([window[0] as MonthIndex]).en}) is due by ${englishDate(firstDue)}`,
      months,
      newest,
      attention,
    };
  }
  const requiredText = describeMonths(required);
  if (present.size === 0) {
    return {
      status: 'review',
      reason: `ไม่พบเดือนกำกับ${subject.th} ตรวจเองว่ามีครบเดือน ${requiredText.th}`,
      reasonEn: `No month found on the ${subject.en}; check by hand that ${requiredText.en} are all there`,
      months,
      newest,
      attention,
    };
  }
  if (missing.length === 0) {
    return {
      status: 'pass',
      reason: `พบ${subject.th}ครบทุกเดือนที่ถึงกำหนด (${requiredText.th})`,
      reasonEn: `Found ${subject.en} for every month due (${requiredText.en})`,
      months,
      newest,
      attention,
    };
  }
  const missingText = describeMonths(missing);
  const anyCurrent = [...present].some((m) => m >= (window[0] as MonthIndex));
  if (missing.length < required.length || anyCurrent) {
    return {
      status: 'incomplete',
      reason: `ไม่พบ${subject.th}เดือน ${missingText.th}`,
      reasonEn: `No ${subject.en} found for ${missingText.en}`,
      months,
      newest,
      attention,
    };
  }
  const latest = Math.max(...present);
  const latestText = describeMonths([latest]);
  return {
    status: 'outdated',
    reason: `พบ${subject.th}ล่าสุดเดือน ${latestText.th} ยังไม่พบเดือน ${missingText.th}`,
    reasonEn: `The newest ${subject.en} found is for ${latestText.en}; none found for ${missingText.en} (window ${windowText.en})`,
    months,
    newest,
    attention,
  };
}
