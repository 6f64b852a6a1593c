import type { CalendarDate } from '../../thai/fiscal-year.ts';
import { dayNumber, lastDayOfMonth } from './calendar-math.ts';
import { readAllEvidence } from './date-readings.ts';
import { subjectOf, type DatedEvidence, type FreshnessVerdict, type JudgeOptions } from './freshness-types.ts';
import { englishDate, englishMonth, thaiDate, thaiMonth } from './thai-period-format.ts';

interface Dated {
  /** The last day the entry can stand for (a month counts from its last day). */
  last: CalendarDate;
  th: string;
  en: string;
  newest: { year: number; month: number; day?: number };
}

/**
 * recent {days}: the newest dated entry (a day, or a month counted from its last day; year labels do not count)
 * is at most `days` old on the as-of date → pass; older → outdated with a 'stale' note giving its age; no dates → review.
 */
export function judgeRecent(rule: { days: number }, evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  const subject = subjectOf(options);
  let best: Dated | undefined;
  for (const reading of readAllEvidence(evidence)) {
    let dated: Dated | undefined;
    if (reading.kind === 'day') {
      dated = { last: reading.date, th: thaiDate(reading.date), en: englishDate(reading.date), newest: { ...reading.date } };
    } else if (reading.kind === 'months') {
      const last = lastDayOfMonth(reading.to);
      dated = { last, th: thaiMonth(last.year, last.month), en: englishMonth(last.year, last.month), newest: { year: last.year, month: last.month } };
    }
    if (dated && (!best || dayNumber(dated.last) > dayNumber(best.last))) best = dated;
  }
  if (!best) {
    return {
      status: 'review',
      reason: `ไม่พบวันที่ของ${subject.th} ตรวจเองว่ามีรายการภายใน ${rule.days} วัน`,
      reasonEn: `No dates found on the ${subject.en}; check by hand for an entry within ${rule.days} days`,
      attention: [],
    };
  }
  const age = Math.max(0, dayNumber(asOf) - dayNumber(best.last));
  if (age <= rule.days) {
    return {
      status: 'pass',
      reason: `${subject.th}ล่าสุด ${best.th} (${age} วันก่อน ภายใน ${rule.days} วัน)`,
      reasonEn: `Newest ${subject.en}: ${best.en} (${age} days ago, within ${rule.days} days)`,
      newest: best.newest,
      attention: [],
    };
  }
  return {
    status: 'outdated',
    reason: `${subject.th}ล่าสุด ${best.th} ผ่านมา ${age} วัน (เกิน ${rule.days} วัน)`,
    reasonEn: `Newest ${subject.en}: ${best.en}, ${age} days ago (more than ${rule.days} days)`,
    newest: best.newest,
    attention: [{
      kind: 'stale',
      message: `ไม่มี${subject.th}ใหม่มา ${age} วัน (ล่าสุด ${best.th})`,
      messageEn: `No new ${subject.en} for ${age} days (newest ${best.en})`,
    }],
  };
}
