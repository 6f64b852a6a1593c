import { describe, expect, it } from 'vitest';
import { judgeFreshness, type FreshnessVerdict } from '../../lib/checklist/freshness-rules.ts';
import type { FreshnessRule } from '../../lib/checklist/checklist-schema.ts';
import { date, day, ev, fiscalYear, halfYear, month, monthRange, monthlyRows, quarter, yearBE } from './mentions.ts';

const CUR: FreshnessRule = { kind: 'current-fiscal-year' };
const PREV: FreshnessRule = { kind: 'previous-fiscal-year', due: '12-31' };
const H1: FreshnessRule = { kind: 'first-half', due: '04-30' };
const MULTI: FreshnessRule = { kind: 'multi-year' };
const MONTHLY: FreshnessRule = { kind: 'monthly', fromMonth: 1, toMonth: 6, fiscalYear: 'current', graceDays: 0 };
const url = 'https://example.go.th/doc.pdf';

const kinds = (v: FreshnessVerdict): string[] => v.attention.map((a) => a.kind);

describe('in-force', () => {
  it('passes when found, without any date', () => {
    const v = judgeFreshness({ kind: 'in-force' }, [ev(url)], date('2025-05-15'));
    expect(v.status).toBe('pass');
    expect(v.attention).toEqual([]);
  });
  it('passes with an old date and reports it as the newest', () => {
    const v = judgeFreshness({ kind: 'in-force' }, [ev(url, yearBE(2553))], date('2025-05-15'));
    expect(v.status).toBe('pass');
    expect(v.newest).toEqual({ year: 2010 });
  });
});

describe('current-fiscal-year', () => {
  it('passes on a fiscal-year label of the as-of year', () => {
    expect(judgeFreshness(CUR, [ev(url, fiscalYear(2568))], date('2025-05-15')).status).toBe('pass');
  });
  it('is outdated when only the previous fiscal year is labelled', () => {
    const v = judgeFreshness(CUR, [ev(url, fiscalYear(2567))], date('2025-05-15'));
    expect(v.status).toBe('outdated');
    expect(v.reason).toContain('ปีงบประมาณ 2567');
    expect(v.reason).toContain('ปีงบประมาณ 2568');
  });
  it('turns over between 30 September and 1 October', () => {
    const evidence = [ev(url, fiscalYear(2568))];
    expect(judgeFreshness(CUR, evidence, date('2025-09-30')).status).toBe('pass');
    expect(judgeFreshness(CUR, evidence, date('2025-10-01')).status).toBe('outdated');
  });
  it('counts a day inside the fiscal year (1 October is the first day)', () => {
    expect(judgeFreshness(CUR, [ev(url, day('2024-10-01'))], date('2025-05-15')).status).toBe('pass');
    expect(judgeFreshness(CUR, [ev(url, day('2024-09-30'))], date('2025-05-15')).status).toBe('outdated');
  });
  it('reads a bare BE year as the fiscal year of that number, not the calendar year', () => {
    // 15 Nov 2024 is in FY 2568; "พ.ศ. 2567" names FY 2567 although November 2567 is in FY 2568.
    expect(judgeFreshness(CUR, [ev(url, yearBE(2568))], date('2024-11-15')).status).toBe('pass');
    expect(judgeFreshness(CUR, [ev(url, yearBE(2567))], date('2024-11-15')).status).toBe('outdated');
  });
  it('passes on a multi-year span covering the fiscal year', () => {
    expect(judgeFreshness(CUR, [ev(url, yearBE(2566, 2570))], date('2025-05-15')).status).toBe('pass');
  });
  it('names the fiscal year of the as-of date when a plan span also reaches later years', () => {
    const v = judgeFreshness(CUR, [ev(url, yearBE(2566, 2570)), ev('https://a/n', day('2025-05-01'))], date('2025-05-15'));
    expect(v.reason).toBe('พบข้อมูลของปีงบประมาณ 2568');
  });
  it('passes when a later fiscal year is already published', () => {
    expect(judgeFreshness(CUR, [ev(url, fiscalYear(2569))], date('2025-09-20')).status).toBe('pass');
  });
  it('asks for review when nothing is dated', () => {
    const v = judgeFreshness(CUR, [ev(url)], date('2025-05-15'));
    expect(v.status).toBe('review');
    expect(v.reason).toContain('ปีงบประมาณ 2568');
  });
  it('does not pass on a Last-Modified date alone, but a too-old one is outdated', () => {
    expect(judgeFreshness(CUR, [ev(url, day('2025-03-01', 'last-modified'))], date('2025-05-15')).status).toBe('review');
    expect(judgeFreshness(CUR, [ev(url, day('2023-03-01', 'last-modified'))], date('2025-05-15')).status).toBe('outdated');
  });
  it('treats CE-written and BE-written dates alike (mentions carry CE years)', () => {
    const ce = { ...day('2025-01-10'), era: 'CE' as const };
    expect(judgeFreshness(CUR, [ev(url, ce)], date('2025-05-15')).status).toBe('pass');
  });
  it('lets any piece of evidence satisfy the rule', () => {
    const v = judgeFreshness(CUR, [ev('https://a/1', fiscalYear(2566)), ev('https://a/2', fiscalYear(2568))], date('2025-05-15'));
    expect(v.status).toBe('pass');
    expect(v.newest).toEqual({ year: 2025 });
  });
});

describe('previous-fiscal-year (due 12-31)', () => {
  it('before the due date, the report two years back still counts, with a due-soon note', () => {
    const v = judgeFreshness(PREV, [ev(url, fiscalYear(2567))], date('2025-12-30'));
    expect(v.status).toBe('pass');
    expect(v.attention).toEqual([expect.objectContaining({ kind: 'due-soon', due: '2025-12-31' })]);
    expect(v.attention[0]?.message).toContain('31 ธ.ค. 2568');
  });
  it('on the due day itself it no longer counts (the site is read at the end of the as-of day), not yet overdue', () => {
    const v = judgeFreshness(PREV, [ev(url, fiscalYear(2567))], date('2025-12-31'));
    expect(v.status).toBe('outdated');
    expect(v.attention).toEqual([expect.objectContaining({ kind: 'due-soon', due: '2025-12-31' })]);
  });
  it('from 1 January it is overdue', () => {
    const v = judgeFreshness(PREV, [ev(url, fiscalYear(2567))], date('2026-01-01'));
    expect(v.status).toBe('outdated');
    expect(v.attention).toEqual([expect.objectContaining({ kind: 'overdue', due: '2025-12-31' })]);
  });
  it('passes on the previous fiscal year without a note', () => {
    const v = judgeFreshness(PREV, [ev(url, fiscalYear(2568))], date('2026-01-01'));
    expect(v.status).toBe('pass');
    expect(v.attention).toEqual([]);
  });
  it('on 1 October (new fiscal year) the previous year report becomes the target, due 31 December', () => {
    const v = judgeFreshness(PREV, [ev(url, fiscalYear(2567))], date('2025-10-01'));
    expect(v.status).toBe('pass');
    expect(kinds(v)).toEqual(['due-soon']);
  });
  it('on 30 September the report of the year before last is overdue', () => {
    expect(judgeFreshness(PREV, [ev(url, fiscalYear(2567))], date('2025-09-30')).status).toBe('pass');
    expect(judgeFreshness(PREV, [ev(url, fiscalYear(2566))], date('2025-09-30')).status).toBe('outdated');
  });
  it('is outdated when three years old even before the due date', () => {
    const v = judgeFreshness(PREV, [ev(url, yearBE(2566))], date('2025-11-01'));
    expect(v.status).toBe('outdated');
    expect(kinds(v)).toEqual(['due-soon']);
  });
  it('counts a publication day inside the current fiscal year', () => {
    expect(judgeFreshness(PREV, [ev(url, day('2025-11-20'))], date('2026-03-01')).status).toBe('pass');
  });
  it('reads the year label, not the posting day, of an annual report', () => {
    // "15 ต.ค. 2567 รายงานผลการดำเนินงานประจำปี 2567": posted in FY 2568 but the FY 2567 report.
    const v = judgeFreshness(PREV, [ev(url, day('2024-10-15'), yearBE(2567))], date('2026-01-15'));
    expect(v.status).toBe('outdated');
    // Without a label the day is all there is, and it is read as the period (FY 2568 here).
    expect(judgeFreshness(PREV, [ev(url, day('2024-10-15'))], date('2026-01-15')).status).toBe('pass');
    expect(judgeFreshness(PREV, [ev(url, day('2025-10-15'), yearBE(2568))], date('2026-01-15')).status).toBe('pass');
  });
  it('a Last-Modified date can only make it outdated', () => {
    expect(judgeFreshness(PREV, [ev(url, day('2022-05-01', 'last-modified'))], date('2026-03-01')).status).toBe('outdated');
    expect(judgeFreshness(PREV, [ev(url, day('2025-11-01', 'last-modified'))], date('2026-03-01')).status).toBe('review');
  });
  it('clamps a 29 February due date in a common year and keeps it in a leap year', () => {
    const rule: FreshnessRule = { kind: 'previous-fiscal-year', due: '02-29' };
    const old = [ev(url, fiscalYear(2567))]; // FY 2569 needs 2568; 2567 counts until the due date
    expect(judgeFreshness(rule, old, date('2026-02-28')).attention[0]?.due).toBe('2026-02-28');
    expect(judgeFreshness(rule, old, date('2026-02-27')).status).toBe('pass');
    expect(judgeFreshness(rule, old, date('2026-02-28')).status).toBe('outdated');
    const leap = [ev(url, fiscalYear(2569))]; // FY 2571 (2028, leap)
    expect(judgeFreshness(rule, leap, date('2028-02-28')).status).toBe('pass');
    expect(judgeFreshness(rule, leap, date('2028-02-29')).status).toBe('outdated');
    expect(judgeFreshness(rule, leap, date('2028-02-29')).attention[0]?.due).toBe('2028-02-29');
  });
  it('asks for review without dates', () => {
    expect(judgeFreshness(PREV, [ev(url)], date('2026-03-01')).status).toBe('review');
  });
});

describe('first-half (due 04-30)', () => {
  const lastYear = [ev(url, halfYear(2023, 10))]; // Oct 2023 – Mar 2024 = FY 2567
  it('31 March: last year still counts, due soon', () => {
    const v = judgeFreshness(H1, lastYear, date('2025-03-31'));
    expect(v.status).toBe('pass');
    expect(v.attention).toEqual([expect.objectContaining({ kind: 'due-soon', due: '2025-04-30' })]);
  });
  it('1 April and 29 April: still counts; on 30 April, the due day, it no longer does', () => {
    expect(judgeFreshness(H1, lastYear, date('2025-04-01')).status).toBe('pass');
    expect(judgeFreshness(H1, lastYear, date('2025-04-29')).status).toBe('pass');
    expect(judgeFreshness(H1, lastYear, date('2025-04-30')).status).toBe('outdated');
  });
  it('1 May: outdated and overdue', () => {
    const v = judgeFreshness(H1, lastYear, date('2025-05-01'));
    expect(v.status).toBe('outdated');
    expect(kinds(v)).toEqual(['overdue']);
    expect(v.reason).toContain('ต.ค. 2567 – มี.ค. 2568');
  });
  it('passes on this year\'s half-year mention', () => {
    expect(judgeFreshness(H1, [ev(url, halfYear(2024, 10))], date('2025-05-01')).status).toBe('pass');
  });
  it('passes on a range ending in March and on a quarter of the half', () => {
    expect(judgeFreshness(H1, [ev(url, monthRange(2024, 10, 2025, 3))], date('2025-06-01')).status).toBe('pass');
    expect(judgeFreshness(H1, [ev(url, quarter(2025, 1))], date('2025-06-01')).status).toBe('pass');
  });
  it('passes on a fiscal-year label of this year', () => {
    expect(judgeFreshness(H1, [ev(url, fiscalYear(2568))], date('2025-05-01')).status).toBe('pass');
  });
  it('is outdated with a report two years old even before the due date', () => {
    expect(judgeFreshness(H1, [ev(url, fiscalYear(2566))], date('2025-04-01')).status).toBe('outdated');
  });
  it('asks for review without dates', () => {
    expect(judgeFreshness(H1, [ev(url)], date('2025-05-01')).status).toBe('review');
  });
});

describe('multi-year', () => {
  it('passes when the span covers the current fiscal year', () => {
    const v = judgeFreshness(MULTI, [ev(url, yearBE(2566, 2570))], date('2025-05-15'));
    expect(v.status).toBe('pass');
    expect(v.reason).toContain('2566–2570');
  });
  it('is outdated when the span has ended', () => {
    const v = judgeFreshness(MULTI, [ev(url, yearBE(2561, 2565))], date('2025-05-15'));
    expect(v.status).toBe('outdated');
    expect(kinds(v)).toEqual(['stale']);
  });
  it('reads spans as fiscal years: 2566–2570 ends on 30 September 2027', () => {
    const evidence = [ev(url, yearBE(2566, 2570))];
    expect(judgeFreshness(MULTI, evidence, date('2027-09-30')).status).toBe('pass');
    expect(judgeFreshness(MULTI, evidence, date('2027-10-01')).status).toBe('outdated');
  });
  it('accepts a fiscal-year span', () => {
    expect(judgeFreshness(MULTI, [ev(url, fiscalYear(2566, 2570))], date('2025-05-15')).status).toBe('pass');
  });
  it('asks for review on a single year or a span that has not started', () => {
    expect(judgeFreshness(MULTI, [ev(url, yearBE(2568))], date('2025-05-15')).status).toBe('review');
    expect(judgeFreshness(MULTI, [ev(url, yearBE(2571, 2575))], date('2025-05-15')).status).toBe('review');
    expect(judgeFreshness(MULTI, [ev(url)], date('2025-05-15')).status).toBe('review');
  });
});

describe('monthly (fiscal months 1–6)', () => {
  it('October–February only on 15 May 2025: March is missing', () => {
    const v = judgeFreshness(MONTHLY, monthlyRows(2024, 10, 5), date('2025-05-15'), { subject: 'สรุปผลการจัดซื้อจัดจ้าง' });
    expect(v.status).toBe('incomplete');
    expect(v.months?.missing).toEqual(['2025-03']);
    expect(v.reason).toBe('ไม่พบสรุปผลการจัดซื้อจัดจ้างเดือน มี.ค. 2568');
  });
  it('lists several missing months in Thai', () => {
    const v = judgeFreshness(MONTHLY, monthlyRows(2024, 10, 4), date('2025-05-15'), { subject: 'สรุปผลการจัดซื้อจัดจ้าง' });
    expect(v.months?.missing).toEqual(['2025-02', '2025-03']);
    expect(v.reason).toBe('ไม่พบสรุปผลการจัดซื้อจัดจ้างเดือน ก.พ. 2568 และ มี.ค. 2568');
  });
  it('collapses a run of three or more missing months', () => {
    const rows = [ev('https://a/1', month(2025, 1)), ev('https://a/2', month(2025, 2)), ev('https://a/3', month(2025, 3))];
    const v = judgeFreshness(MONTHLY, rows, date('2025-05-15'));
    expect(v.months?.missing).toEqual(['2024-10', '2024-11', '2024-12']);
    expect(v.reason).toContain('ต.ค. 2567 – ธ.ค. 2567');
  });
  it('October–March passes', () => {
    const v = judgeFreshness(MONTHLY, monthlyRows(2024, 10, 6), date('2025-05-15'));
    expect(v.status).toBe('pass');
    expect(v.months?.present).toHaveLength(6);
  });
  it('on 15 October nothing is due: pass, with October due by 30 November', () => {
    const v = judgeFreshness(MONTHLY, monthlyRows(2024, 10, 12), date('2025-10-15'));
    expect(v.status).toBe('pass');
    expect(v.reason).toContain('ยังไม่ถึงกำหนด');
    expect(v.attention).toContainEqual(expect.objectContaining({ kind: 'due-soon', due: '2025-11-30' }));
  });
  it('October is required from its due day, 30 November, not on 29 November', () => {
    const lastYear = monthlyRows(2024, 10, 12);
    expect(judgeFreshness(MONTHLY, lastYear, date('2025-11-29')).status).toBe('pass');
    const v = judgeFreshness(MONTHLY, lastYear, date('2025-11-30'));
    expect(v.status).toBe('outdated');
    expect(v.months?.missing).toEqual(['2025-10']);
  });
  it('November is required from 31 December, its due day', () => {
    const octOnly = monthlyRows(2024, 10, 1);
    expect(judgeFreshness(MONTHLY, octOnly, date('2024-12-30')).status).toBe('pass');
    expect(judgeFreshness(MONTHLY, octOnly, date('2024-12-31')).months?.missing).toEqual(['2024-11']);
  });
  it('March is not required on 29 April but is on 30 April (an auditor on the due day expects it)', () => {
    const rows = monthlyRows(2024, 10, 5);
    const before = judgeFreshness(MONTHLY, rows, date('2025-04-29'));
    expect(before.status).toBe('pass');
    expect(before.attention).toContainEqual(expect.objectContaining({ kind: 'due-soon', due: '2025-04-30' }));
    const onTheDay = judgeFreshness(MONTHLY, rows, date('2025-04-30'));
    expect(onTheDay.status).toBe('incomplete');
    expect(onTheDay.months?.missing).toEqual(['2025-03']);
    expect(judgeFreshness(MONTHLY, [], date('2025-04-30')).months?.missing).toEqual(['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
  });
  it('expands quarters and ranges into their months', () => {
    const rows = [ev('https://a/q1.xlsx', quarter(2024, 10)), ev('https://a/q2.xlsx', monthRange(2025, 1, 2025, 3, 'quarter'))];
    expect(judgeFreshness(MONTHLY, rows, date('2025-05-15')).status).toBe('pass');
  });
  it('expands a half-year', () => {
    expect(judgeFreshness(MONTHLY, [ev(url, halfYear(2024, 10))], date('2025-05-15')).status).toBe('pass');
  });
  it('reads the month of a day date', () => {
    const rows = [ev('https://a/1', day('2024-10-05')), ev('https://a/2', day('2024-11-21'))];
    const v = judgeFreshness(MONTHLY, rows, date('2025-01-15'));
    expect(v.status).toBe('pass');
    expect(v.months?.present).toEqual(['2024-10', '2024-11']);
  });
  it('reads a posting day beside a named month as a posting date, not as another month', () => {
    // "5 พ.ย. 2567 สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือน ตุลาคม 2567" … the February file posted in March.
    const rows = [0, 1, 2, 3, 4].map((i) => {
      const m = monthlyRows(2024, 10 + i, 1)[0]?.dates[0];
      const posted = new Date(Date.UTC(2024, 10 + i, 5)).toISOString().slice(0, 10);
      if (!m) throw new Error('row');
      return ev(`https://a/skr-${i}.pdf`, day(posted), m);
    });
    const v = judgeFreshness(MONTHLY, rows, date('2025-05-15'));
    expect(v.status).toBe('incomplete');
    expect(v.months?.missing).toEqual(['2025-03']);
    expect(v.attention.filter((a) => a.kind === 'check')).toEqual([]);
  });
  it('does not read months from Last-Modified', () => {
    const v = judgeFreshness(MONTHLY, [ev(url, day('2024-11-05', 'last-modified'))], date('2025-01-15'));
    expect(v.status).toBe('review');
  });
  it('asks for review when only a fiscal-year label is found', () => {
    expect(judgeFreshness(MONTHLY, [ev(url, fiscalYear(2568))], date('2025-05-15')).status).toBe('review');
  });
  it('counts the same URL behind several rows once and asks to check it', () => {
    const shared = 'https://a/skr.pdf';
    const rows = [ev(shared, month(2024, 10)), ev(shared, month(2024, 11)), ev(shared, month(2024, 11))];
    const v = judgeFreshness(MONTHLY, rows, date('2025-01-15'));
    expect(v.status).toBe('pass');
    expect(v.months?.present).toEqual(['2024-10', '2024-11']);
    expect(v.attention.filter((a) => a.kind === 'check')).toHaveLength(1);
  });
  it('flags April overdue in June although the ITA minimum is met, and May due soon', () => {
    const v = judgeFreshness(MONTHLY, monthlyRows(2024, 10, 6), date('2025-06-15'));
    expect(v.status).toBe('pass');
    expect(v.attention).toEqual([
      expect.objectContaining({ kind: 'overdue', due: '2025-05-31' }),
      expect.objectContaining({ kind: 'due-soon', due: '2025-06-30' }),
    ]);
    expect(v.attention[0]?.message).toContain('เม.ย. 2568');
  });
  it('is incomplete when only a month after the window is present', () => {
    const v = judgeFreshness(MONTHLY, [ev(url, month(2025, 4))], date('2025-06-15'));
    expect(v.status).toBe('incomplete');
    expect(v.months?.missing).toHaveLength(6);
  });
  it('handles leap February and grace days', () => {
    const rule: FreshnessRule = { kind: 'monthly', fromMonth: 1, toMonth: 12, fiscalYear: 'current', graceDays: 0 };
    const octToDec = monthlyRows(2023, 10, 3); // FY 2567
    expect(judgeFreshness(rule, octToDec, date('2024-02-28')).status).toBe('pass'); // January due 29 Feb 2024
    expect(judgeFreshness(rule, octToDec, date('2024-02-29')).months?.missing).toEqual(['2024-01']);
    const graced: FreshnessRule = { ...rule, graceDays: 15 };
    const toJan = monthlyRows(2023, 10, 4);
    expect(judgeFreshness(graced, toJan, date('2024-04-14')).status).toBe('pass'); // February due 31 Mar + 15 days
    expect(judgeFreshness(graced, toJan, date('2024-04-15')).months?.missing).toEqual(['2024-02']);
  });
  it('checks the whole previous fiscal year for fiscalYear previous', () => {
    const rule: FreshnessRule = { kind: 'monthly', fromMonth: 1, toMonth: 12, fiscalYear: 'previous', graceDays: 0 };
    expect(judgeFreshness(rule, monthlyRows(2024, 10, 12), date('2025-11-15')).status).toBe('pass');
    const v = judgeFreshness(rule, monthlyRows(2024, 10, 11), date('2025-11-15'));
    expect(v.status).toBe('incomplete');
    expect(v.months?.missing).toEqual(['2025-09']);
    // On 30 October September is not yet due; on 31 October, its due day, it is.
    expect(judgeFreshness(rule, monthlyRows(2024, 10, 11), date('2025-10-30')).status).toBe('pass');
    expect(judgeFreshness(rule, monthlyRows(2024, 10, 11), date('2025-10-31')).status).toBe('incomplete');
  });
  it('lists missing months sorted even when evidence is unordered', () => {
    const rows = [ev('https://a/3', month(2025, 3)), ev('https://a/1', month(2024, 10)), ev('https://a/2', month(2025, 1))];
    const v = judgeFreshness(MONTHLY, rows, date('2025-05-15'));
    expect(v.months?.missing).toEqual(['2024-11', '2024-12', '2025-02']);
    expect(v.months?.present).toEqual(['2024-10', '2025-01', '2025-03']);
  });
});

describe('recent', () => {
  const RECENT: FreshnessRule = { kind: 'recent', days: 30 };
  it('passes within the window, counting 30 days as inside', () => {
    expect(judgeFreshness(RECENT, [ev(url, day('2025-05-05'))], date('2025-05-15')).status).toBe('pass');
    expect(judgeFreshness(RECENT, [ev(url, day('2025-04-15'))], date('2025-05-15')).status).toBe('pass');
  });
  it('is outdated after the window, with the age in a stale note', () => {
    const v = judgeFreshness(RECENT, [ev(url, day('2025-04-14'))], date('2025-05-15'));
    expect(v.status).toBe('outdated');
    expect(v.attention).toEqual([expect.objectContaining({ kind: 'stale' })]);
    expect(v.attention[0]?.message).toContain('31 วัน');
  });
  it('counts a month from its last day, across leap February', () => {
    expect(judgeFreshness(RECENT, [ev(url, month(2024, 2))], date('2024-03-30')).status).toBe('pass'); // 29 Feb + 30
    expect(judgeFreshness(RECENT, [ev(url, month(2024, 2))], date('2024-03-31')).status).toBe('outdated');
  });
  it('asks for review with only year labels', () => {
    expect(judgeFreshness(RECENT, [ev(url, fiscalYear(2568))], date('2025-05-15')).status).toBe('review');
  });
  it('treats a future date as fresh', () => {
    expect(judgeFreshness(RECENT, [ev(url, day('2025-06-01'))], date('2025-05-15')).status).toBe('pass');
  });
});
