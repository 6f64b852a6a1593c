import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/thai/index.ts';

const read = (text: string) => findDates(text).map((d) => ({ raw: d.raw, year: d.year, month: d.month, day: d.day, precision: d.precision, era: d.era }));

describe('thaiMdy: WordPress "F j, Y" with Thai month names', () => {
  it('reads "พฤษภาคม 14, 2026" (CE) and "ต.ค. 3, 2568" (BE) as days', () => {
    expect(read('พฤษภาคม 14, 2026')).toEqual([{ raw: 'พฤษภาคม 14, 2026', year: 2026, month: 5, day: 14, precision: 'day', era: 'CE' }]);
    expect(read('สทร. เดินหน้า… มิถุนายน 9, 2026 . วันที่')).toMatchObject([{ year: 2026, month: 6, day: 9 }]);
    expect(read('ต.ค. 3, 2568')).toMatchObject([{ year: 2025, month: 10, day: 3, era: 'BE' }]);
  });
  it('needs the comma and a four-digit year; month-year stays a month', () => {
    expect(read('ตุลาคม 2567')).toMatchObject([{ year: 2024, month: 10, precision: 'month' }]);
    expect(read('ยอดเงิน มีนาคม 5, 10')).toEqual([]);
    expect(read('เดือนพฤษภาคม 2568 14, 2026')).toMatchObject([{ year: 2025, month: 5, precision: 'month' }]);
  });
});

describe('hyphened-day-month-year and comma-before-year', () => {
  it('reads "15-Jan-2026" (a web server\'s file listing) and "5-มิ.ย.-2567" as days, with a four-digit year only', () => {
    expect(read('report.pdf 15-Jan-2026 10:42 1.2M')).toMatchObject([{ raw: '15-Jan-2026', year: 2026, month: 1, day: 15, precision: 'day', era: 'CE' }]);
    expect(read('5-มิ.ย.-2567')).toMatchObject([{ year: 2024, month: 6, day: 5, era: 'BE' }]);
    expect(read('ขนาด 15-Jan')).toEqual([]);
  });
  it('reads "15 มกราคม, 2569" and "3 March, 2026"; a list of days is not a day and a year', () => {
    expect(read('15 มกราคม, 2569')).toMatchObject([{ year: 2026, month: 1, day: 15, precision: 'day', era: 'BE' }]);
    expect(read('3 March, 2026')).toMatchObject([{ year: 2026, month: 3, day: 3, era: 'CE' }]);
    expect(read('วันที่ 15 มกราคม, 20 กุมภาพันธ์ 2569')).toMatchObject([{ year: 2026, month: 2, day: 20 }]);
  });
});
