import { fiscalYearOf, type CalendarDate } from '../../thai/fiscal-year.ts';
import { fiscalYearOfMonth } from './calendar-math.ts';
import { newestOf, readEvidence, type Reading } from './date-readings.ts';
import { subjectOf, type DatedEvidence, type FreshnessVerdict, type JudgeOptions } from './freshness-types.ts';

interface Span {
  from: number;
  to: number;
}

/** A span of more than one fiscal year: a year range "2566–2570" (read as fiscal years) or a month run across years. */
function spanOf(reading: Reading): Span | null {
  if (reading.kind === 'label' && reading.fyTo > reading.fyFrom) return { from: reading.fyFrom, to: reading.fyTo };
  if (reading.kind === 'months') {
    const from = fiscalYearOfMonth(reading.from);
    const to = fiscalYearOfMonth(reading.to);
    if (to > from) return { from, to };
  }
  return null;
}

const text = (span: Span): string => `${span.from}–${span.to}`;

/**
 * multi-year: a plan whose span covers the current fiscal year ("แผนพัฒนาท้องถิ่น พ.ศ. 2566–2570" in FY 2568 → pass).
 * Spans that all ended → outdated; only future spans, or no span → review.
 */
export function judgeMultiYear(evidence: readonly DatedEvidence[], asOf: CalendarDate, options: JudgeOptions = {}): FreshnessVerdict {
  const subject = subjectOf(options);
  const current = fiscalYearOf(asOf);
  const readings = readEvidence(evidence);
  const newest = newestOf(readings);
  const spans = readings.map(spanOf).filter((s): s is Span => s !== null);
  const covering = spans.find((s) => s.from <= current && current <= s.to);
  if (covering) {
    return {
      status: 'pass',
      reason: `พบ${subject.th} ช่วงปี ${text(covering)} ครอบคลุมปีงบประมาณ ${current}`,
      reasonEn: `Found ${subject.en} for ${text(covering)}, covering fiscal year ${current}`,
      newest,
      attention: [],
    };
  }
  const ended = spans.filter((s) => s.to < current).sort((a, b) => b.to - a.to)[0];
  if (ended && !spans.some((s) => s.from > current)) {
    return {
      status: 'outdated',
      reason: `พบ${subject.th}ช่วงปี ${text(ended)} ซึ่งสิ้นสุดแล้ว ยังไม่พบฉบับที่ครอบคลุมปีงบประมาณ ${current}`,
      reasonEn: `The ${subject.en} found covers ${text(ended)}, which has ended; none covers fiscal year ${current}`,
      newest,
      attention: [{
        kind: 'stale',
        message: `${subject.th}ช่วงปี ${text(ended)} สิ้นสุดแล้ว ควรเผยแพร่ฉบับที่ครอบคลุมปีงบประมาณ ${current}`,
        messageEn: `The ${subject.en} for ${text(ended)} has ended; publish one covering fiscal year ${current}`,
      }],
    };
  }
  if (spans.length > 0) {
    const future = spans.sort((a, b) => a.from - b.from)[0] as Span;
    return {
      status: 'review',
      reason: `พบ${subject.th}ช่วงปี ${text(future)} ซึ่งยังไม่เริ่ม ตรวจเองว่ามีฉบับที่ครอบคลุมปีงบประมาณ ${current}`,
      reasonEn: `The ${subject.en} found covers ${text(future)}, which has not started; check by hand for one covering fiscal year ${current}`,
      newest,
      attention: [],
    };
  }
  return {
    status: 'review',
    reason: `ไม่พบช่วงปีของ${subject.th} (เช่น พ.ศ. 2566–2570) ตรวจเองว่าครอบคลุมปีงบประมาณ ${current}`,
    reasonEn: `No year span (such as 2566–2570) found on the ${subject.en}; check by hand that it covers fiscal year ${current}`,
    newest,
    attention: [],
  };
}
