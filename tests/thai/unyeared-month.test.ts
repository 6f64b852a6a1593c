import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/thai/index.ts';
import { monthNamedWithoutYear, reportedMonthOfRow } from '../../lib/thai/unyeared-month.ts';
import { rowDatesFor } from '../../lib/snapshot/build-snapshot.ts';

const day = (text: string) => {
  const d = findDates(text)[0];
  if (!d) throw new Error(`no date in ${text}`);
  return d;
};

describe('monthNamedWithoutYear', () => {
  it('reads one month named after "เดือน" with no year', () => {
    expect(monthNamedWithoutYear('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม')).toBe(10);
    expect(monthNamedWithoutYear('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน กรกฎาคม ')).toBe(7);
    expect(monthNamedWithoutYear('ประจำเดือน ธ.ค.')).toBe(12);
  });
  it('a month with its year, several months, a bare month name or a short spoken form is not its business', () => {
    expect(monthNamedWithoutYear('สขร.เดือน ตุลาคม 2567')).toBeNull();
    expect(monthNamedWithoutYear('เดือน ตุลาคม พ.ศ. 2567')).toBeNull();
    expect(monthNamedWithoutYear('เดือน ตุลาคม - เดือน ธันวาคม')).toBeNull();
    expect(monthNamedWithoutYear('ตุลาคม')).toBeNull();
    expect(monthNamedWithoutYear('เดือนมกรา')).toBeNull();
  });
});

describe('reportedMonthOfRow', () => {
  it('the month reported is the latest one named not after the day it was announced', () => {
    expect(reportedMonthOfRow('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม', day('12 พฤศจิกายน 2568'))).toMatchObject({ year: 2025, month: 10, precision: 'month' });
    expect(reportedMonthOfRow('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ธันวาคม', day('5 มกราคม 2569'))).toMatchObject({ year: 2025, month: 12 });
    expect(reportedMonthOfRow('สรุปผลในรอบเดือน ตุลาคม', day('31 ตุลาคม 2568'))).toMatchObject({ year: 2025, month: 10 });
  });
  it('no month named, or a date that is not a day, gives nothing', () => {
    expect(reportedMonthOfRow('สรุปผลการจัดซื้อจัดจ้าง', day('12 พฤศจิกายน 2568'))).toBeNull();
    expect(reportedMonthOfRow('สรุปผลในรอบเดือน ตุลาคม', day('ปีงบประมาณ 2568'))).toBeNull();
  });
});

describe('rowDatesFor: a row of the สขร. table (announcement day | "ในรอบเดือน <month>" | PDF)', () => {
  it('lends the link the month reported, not the day it was announced', () => {
    const cells = ['1', '12 พฤศจิกายน 2568', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม', 'เผยแพร่ขึ้นเว็บ', 'PDF'];
    expect(rowDatesFor(cells, 4)).toMatchObject([{ year: 2025, month: 10, precision: 'month' }]);
  });
  it('a row whose title names its own year keeps its dates', () => {
    const cells = ['12 พฤศจิกายน 2568', 'สรุปผลการจัดซื้อจัดจ้าง เดือน ตุลาคม 2568', 'PDF'];
    expect(rowDatesFor(cells, 2)).toMatchObject([{ year: 2025, month: 10 }]);
  });
});
