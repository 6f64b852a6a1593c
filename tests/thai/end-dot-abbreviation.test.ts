import { describe, expect, it } from 'vitest';
import { findDates, monthFromToken } from '../../lib/thai/index.ts';

/** "กพ.67": a month abbreviation without its inner dots but with the final one, glued to a short year. */
const monthsOf = (text: string): Array<[string, number, number | undefined]> =>
  findDates(text).map((d) => [d.raw, d.year, d.month]);

describe('end-dot month abbreviations ("กพ.67")', () => {
  it.each([
    ['กพ.67', 'กพ.67', 2024, 2],
    ['5.3 กพ.67', 'กพ.67', 2024, 2],
    ['มค.2567', 'มค.2567', 2024, 1],
    ['ธค.66', 'ธค.66', 2023, 12],
    ['รายงาน มีค.67', 'มีค.67', 2024, 3],
    ['ตค. 66', 'ตค. 66', 2023, 10],
    ['เดือนกพ.67', 'เดือนกพ.67', 2024, 2],
  ])('accepts %s', (text, raw, year, month) => {
    expect(monthsOf(text)).toEqual([[raw, year, month]]);
  });

  it('reads a range of two such forms', () => {
    const [d] = findDates('ตค.67-ธค.67');
    expect(d?.month).toBe(10);
    expect(d?.year).toBe(2024);
    expect(d?.until).toEqual({ year: 2024, month: 12 });
  });

  it.each([
    ['ตค.', 'no year'],
    ['สกพ.67', 'inside a Thai word'],
    ['กพ.671', 'the number runs on'],
    ['พค.67 บาท', 'a quantity, not a year'],
    ['นค.67', 'not a month abbreviation'],
  ])('refuses %s (%s)', (text) => {
    expect(monthsOf(text)).toEqual([]);
  });

  it('is the same month as the dotted form', () => {
    expect(monthFromToken('กพ.')).toBe(2);
    expect(monthFromToken('ตค.')).toBe(10);
  });
});
