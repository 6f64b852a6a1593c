import { describe, expect, it } from 'vitest';
import { cellDates, findDates, shortTextDates } from '../../lib/thai/index.ts';

const years = (text: string): number[] => shortTextDates(text).map((d) => d.year + 543);

describe('bare-year-label: a lone Buddhist-era year in a label-sized text (shortTextDates)', () => {
  it('reads a year written without ปี/พ.ศ. in a link label or a cell', () => {
    expect(years('แผนงบ 2569')).toEqual([2569]);
    expect(years('แผนปฏิบัติการ 2569')).toEqual([2569]);
    expect(years('2568')).toEqual([2568]);
    expect(years('รายงานผล (2567)')).toEqual([2567]);
    expect(shortTextDates('แผนงบ 2569')[0]).toMatchObject({ raw: '2569', precision: 'year', era: 'BE', year: 2026 });
    expect(years('แผนงบ ๒๕๖๙')).toEqual([2569]);
  });
  it('keeps the dates a text names when it names any', () => {
    expect(shortTextDates('แผนงบ ปี 2569')).toEqual(findDates('แผนงบ ปี 2569'));
  });
  it('never reads numbers, codes, quantities, law titles or prose as years', () => {
    expect(years('เลขที่ 2568')).toEqual([]);
    expect(years('หมู่ 2560 ซอย 4')).toEqual([]);
    expect(years('งบประมาณ 2560 บาท')).toEqual([]);
    expect(years('ที่ สธ 0032/2568')).toEqual([]);
    expect(years('รหัส 25681234')).toEqual([]);
    expect(years('ยอด 2,568')).toEqual([]);
    expect(years('ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้าง 2560')).toEqual([]);
    expect(years('โครงการ 1234')).toEqual([]);
    expect(years(`${'ข้อความยาวที่เป็นเนื้อหาของหน้า '.repeat(4)}2568`)).toEqual([]);
  });
});

describe('year-then-round: a bare year followed by a six- or twelve-month round is that fiscal year\'s round', () => {
  it('reads the twelve-month round as the fiscal year, the six-month round as its first half', () => {
    expect(findDates('รายงานป้องกันทุจริต 2568 (รอบ 12 เดือน)')).toMatchObject([{ raw: '2568 (รอบ 12 เดือน)', precision: 'fiscal-year', year: 2025 }]);
    expect(findDates('รายงานป้องกันทุจริต 2569 (รอบ 6 เดือน)')).toMatchObject([{ precision: 'half-year', year: 2025, month: 10, until: { year: 2026, month: 3 } }]);
    expect(findDates('ปี 2568 รอบ 6 เดือนหลัง')).toMatchObject([{ raw: 'ปี 2568 รอบ 6 เดือนหลัง', precision: 'half-year', month: 4, until: { year: 2025, month: 9 } }]);
  });
  it('not a longer number before a round', () => {
    expect(findDates('เลขที่ 12568 รอบ 6 เดือน')).toEqual([]);
  });
});

describe('bare-year-label in a table cell (cellDates): only a cell that is just a year', () => {
  it('reads a year column, not a year written beside other words', () => {
    expect(cellDates('2568').map((d) => d.year + 543)).toEqual([2568]);
    expect(cellDates(' (2567) ').map((d) => d.year + 543)).toEqual([2567]);
    expect(cellDates('เผยแพร่ 2568')).toEqual([]);
    expect(cellDates('ปี 2568').map((d) => d.year + 543)).toEqual([2568]);
  });
  it('a year after a Latin word is part of a name, not a Thai year', () => {
    expect(shortTextDates('รายงานผลการดำเนินงานตามนโยบาย No Gift Policy 2569')).toEqual([]);
  });
});

describe('bare-year-label leaves the law-title filter as it was', () => {
  it('a law title read after another law title is still no period (no lastIndex left on the shared pattern)', () => {
    expect(shortTextDates('› พ.ร.บ.ข้อมูลข่าวสารของราชการ 2540 🔗')).toEqual([]);
    expect(shortTextDates('พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540')).toEqual([]);
    expect(shortTextDates('พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562')).toEqual([]);
  });
});
