import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, findDates, formatThaiDate, formatThaiMonth, monthKey, type ThaiDateStyle } from '../../lib/thai/index.ts';

describe('formatThaiDate', () => {
  const d = { year: 2023, month: 3, day: 31 };
  it('writes the three styles', () => {
    expect(formatThaiDate(d, 'short-thai-digits')).toBe('๓๑ มี.ค. ๒๕๖๖');
    expect(formatThaiDate(d, 'short')).toBe('31 มี.ค. 2566');
    expect(formatThaiDate(d, 'long')).toBe('31 มีนาคม 2566');
  });
  it('does not zero-pad days', () => {
    expect(formatThaiDate({ year: 2024, month: 12, day: 1 }, 'short')).toBe('1 ธ.ค. 2567');
    expect(formatThaiDate({ year: 2024, month: 2, day: 9 }, 'long')).toBe('9 กุมภาพันธ์ 2567');
  });
});

describe('formatThaiMonth and monthKey', () => {
  it('writes month labels for reasons', () => {
    expect(formatThaiMonth(2025, 2, 'short')).toBe('ก.พ. 2568');
    expect(formatThaiMonth(2023, 3, 'long')).toBe('มีนาคม 2566');
    expect(formatThaiMonth(2023, 3, 'short-thai-digits')).toBe('มี.ค. ๒๕๖๖');
    expect(`ไม่พบสรุปผลเดือน ${formatThaiMonth(2025, 2)}`).toBe('ไม่พบสรุปผลเดือน ก.พ. 2568');
  });
  it('rejects impossible months', () => {
    expect(() => formatThaiMonth(2025, 13)).toThrow(RangeError);
  });
  it('builds sortable keys', () => {
    expect(monthKey(2025, 3)).toBe('2025-03');
    expect(monthKey(2024, 12)).toBe('2024-12');
  });
  it('reads month labels back', () => {
    for (let m = 1; m <= 12; m++) {
      for (const style of ['short', 'long', 'short-thai-digits'] as const) {
        const [found] = findDates(formatThaiMonth(2025, m, style));
        expect(found).toMatchObject({ year: 2025, month: m, precision: 'month', era: 'BE' });
      }
    }
  });
});

describe('formatThaiDate → findDates round trip', () => {
  it('reads back every day from 1 January 2500 BE to 31 December 2600 BE in every style', () => {
    const styles: ThaiDateStyle[] = ['short-thai-digits', 'short', 'long'];
    let checked = 0;
    const failures: string[] = [];
    for (let year = 2500 - 543; year <= 2600 - 543; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = daysInMonth(year, month);
        for (let day = 1; day <= last; day++) {
          for (const style of styles) {
            const text = formatThaiDate({ year, month, day }, style);
            const found = findDates(text);
            const m = found[0];
            if (
              found.length !== 1 ||
              !m ||
              m.year !== year ||
              m.month !== month ||
              m.day !== day ||
              m.precision !== 'day' ||
              m.era !== 'BE' ||
              m.start !== 0 ||
              m.end !== text.length
            ) {
              if (failures.length < 10) failures.push(`${text} → ${JSON.stringify(found)}`);
            }
            checked++;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(3 * 36_890);
  });
});

describe('properties (fast-check)', () => {
  const styleArb = fc.constantFrom<ThaiDateStyle>('short-thai-digits', 'short', 'long');
  const dateArb = fc
    .record({ year: fc.integer({ min: 1957, max: 2057 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter((d) => d.day <= daysInMonth(d.year, d.month));
  const filler = fc.constantFrom('', ' ', 'ประกาศ ', 'ณ วันที่ ', 'เลขที่ 5/2567 ', 'โทร 043-729-000 ', '(', 'ข้อ 9.3 ');

  it('finds a formatted date at its offset inside surrounding text', () => {
    fc.assert(
      fc.property(dateArb, styleArb, filler, filler, (date, style, before, after) => {
        const label = formatThaiDate(date, style);
        const text = `${before}${label} ${after}`;
        const hits = findDates(text).filter((m) => m.precision === 'day');
        expect(hits).toHaveLength(1);
        expect(hits[0]).toMatchObject({ start: before.length, end: before.length + label.length, ...date });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and returns ordered, non-overlapping, valid mentions on arbitrary text', () => {
    const pieces = fc.constantFrom(
      ...'0123456789๐๑๒๓๔๕๖๗๘๙ .-/:,()'.split(''),
      'ม.ค.',
      'ตุลาคม',
      'ตุลา',
      'มค',
      'พ.ศ.',
      'ปีงบประมาณ',
      'ไตรมาสที่',
      'รอบ',
      'เดือน',
      'ITA',
      'บาท',
      '\u200B',
      '\u0E4D\u0E32',
      'ก',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found = findDates(text);
        let lastEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.raw);
          if (m.month !== undefined) expect(m.month).toBeGreaterThanOrEqual(1);
          if (m.day !== undefined && m.month !== undefined) expect(m.day).toBeLessThanOrEqual(daysInMonth(m.year, m.month));
          lastEnd = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
