import type { CalendarDate } from '../../thai/fiscal-year.ts';
import { compareDates, isoDate } from './calendar-math.ts';
import { coversFiscalYear, isServerDate, latestFiscalYear, newestOf, type Reading } from './date-readings.ts';
import type { Attention, FreshnessVerdict, Subject } from './freshness-types.ts';
import { englishDate, englishFiscalYear, thaiDate, thaiFiscalYear } from './thai-period-format.ts';

export interface PeriodText {
  th: string;
  en: string;
}

/**
 * What the shared fiscal-year judge needs to know.
 * `target`: the BE fiscal year the evidence must speak of (or a later one).
 * `due`: until the day before it the fiscal year before `target` still counts, with a due-soon note; from the due
 *   day on (the audit reads the site at the end of the as-of day) only `target` counts, and after it the missing
 *   report is overdue. Without `due` nothing older than `target` counts.
 */
export interface FiscalYearTarget {
  target: number;
  describe: (fiscalYearBE: number) => PeriodText;
  due?: CalendarDate;
  /**
   * The newest fiscal year of the Last-Modified dates of pieces that print no date of their own (see
   * undatedServerFiscalYear): such a piece may be the report asked for, so it keeps an older dated one from
   * deciding `outdated` (rule undated-newer-file).
   */
  undatedNewest?: number | null;
}

/**
 * The judge behind current-fiscal-year, previous-fiscal-year and first-half:
 * the newest fiscal year the evidence speaks of must reach the target.
 * Dates written on the site decide; an HTTP Last-Modified date alone can only show a file is too old.
 */
export function judgeFiscalYearTarget(readings: readonly Reading[], spec: FiscalYearTarget, asOf: CalendarDate, subject: Subject): FreshnessVerdict {
  const { target, describe, due } = spec;
  const wanted = describe(target);
  const beforeDue = due !== undefined && compareDates(asOf, due) < 0;
  const notPastDue = due !== undefined && compareDates(asOf, due) <= 0;
  const oldestAccepted = beforeDue ? target - 1 : target;
  const attentionFor = (): Attention[] => {
    if (!due) return [];
    return notPastDue
      ? [{
          kind: 'due-soon',
          message: `${subject.th}ของ${wanted.th} ครบกำหนดเผยแพร่ภายใน ${thaiDate(due)}`,
          messageEn: `${subject.en} for ${wanted.en} is due by ${englishDate(due)}`,
          due: isoDate(due),
        }]
      : [{
          kind: 'overdue',
          message: `${subject.th}ของ${wanted.th} เลยกำหนดเผยแพร่ (ภายใน ${thaiDate(due)})`,
          messageEn: `${subject.en} for ${wanted.en} is overdue (due ${englishDate(due)})`,
          due: isoDate(due),
        }];
  };

  const written = readings.filter((r) => !isServerDate(r));
  const newest = newestOf(written.length > 0 ? written : readings);
  if (written.length === 0) {
    const server = readings.filter(isServerDate);
    if (server.length === 0) {
      return {
        status: 'review',
        reason: `ไม่พบวันที่หรือปีงบประมาณกำกับ${subject.th} ตรวจเองว่าเป็นของ${wanted.th}`,
        reasonEn: `No date or fiscal year found on the ${subject.en}; check by hand that it is for ${wanted.en}`,
        attention: [],
      };
    }
    const newestServer = Math.max(...server.map(latestFiscalYear));
    if (newestServer < oldestAccepted) {
      return {
        status: 'outdated',
        reason: `ไฟล์${subject.th}แก้ไขล่าสุดใน${thaiFiscalYear(newestServer)} จึงไม่ใช่ของ${wanted.th}`,
        reasonEn: `The ${subject.en} file was last modified in ${englishFiscalYear(newestServer)}, so it cannot be for ${wanted.en}`,
        newest,
        attention: attentionFor(),
      };
    }
    return {
      status: 'review',
      reason: `พบเพียงวันที่แก้ไขไฟล์ ไม่พบปีงบประมาณกำกับ${subject.th} ตรวจเองว่าเป็นของ${wanted.th}`,
      reasonEn: `Only a file modification date was found on the ${subject.en}; check by hand that it is for ${wanted.en}`,
      newest,
      attention: [],
    };
  }

  const newestFY = Math.max(...written.map(latestFiscalYear));
  if (newestFY >= target) {
    // Name the target year when some evidence speaks of it, else the nearest later year found.
    const shown = written.some((r) => coversFiscalYear(r, target))
      ? target
      : Math.min(...written.map(latestFiscalYear).filter((fy) => fy >= target));
    return {
      status: 'pass',
      reason: `พบ${subject.th}ของ${describe(shown).th}`,
      reasonEn: `Found ${subject.en} for ${describe(shown).en}`,
      newest,
      attention: [],
    };
  }
  if (beforeDue && newestFY === target - 1 && due) {
    return {
      status: 'pass',
      reason: `พบ${subject.th}ของ${describe(newestFY).th} ซึ่งยังใช้ได้ถึง ${thaiDate(due)}; ${wanted.th} ครบกำหนดภายใน ${thaiDate(due)}`,
      reasonEn: `Found ${subject.en} for ${describe(newestFY).en}, which still counts until ${englishDate(due)}; ${wanted.en} is due by ${englishDate(due)}`,
      newest,
      attention: attentionFor(),
    };
  }
  if (spec.undatedNewest !== undefined && spec.undatedNewest !== null && spec.undatedNewest >= oldestAccepted) {
    return {
      status: 'review',
      reason: `${subject.th}ที่ระบุปีล่าสุดเป็นของ${describe(newestFY).th} แต่มีไฟล์อื่นที่ไม่ระบุปีและแก้ไขล่าสุดใน${thaiFiscalYear(spec.undatedNewest)} ตรวจเองว่าเป็นของ${wanted.th}หรือไม่`,
      reasonEn: `The newest dated ${subject.en} is for ${describe(newestFY).en}, but other files print no date and were last modified in ${englishFiscalYear(spec.undatedNewest)}; check by hand whether one is for ${wanted.en}`,
      newest,
      attention: [],
    };
  }
  return {
    status: 'outdated',
    reason: `พบ${subject.th}ล่าสุดของ${describe(newestFY).th} ยังไม่พบของ${wanted.th}`,
    reasonEn: `The newest ${subject.en} found is for ${describe(newestFY).en}; none found for ${wanted.en}`,
    newest,
    attention: attentionFor(),
  };
}

/** "ปีงบประมาณ 2568" / "fiscal year 2568 (Oct 2024 – Sep 2025)". */
export function describeFiscalYear(fiscalYearBE: number): PeriodText {
  return { th: thaiFiscalYear(fiscalYearBE), en: englishFiscalYear(fiscalYearBE) };
}
