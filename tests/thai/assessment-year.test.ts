import { describe, expect, it } from 'vitest';
import { assessmentYearOfHeading } from '../../lib/thai/assessment-year.ts';
import { itaRoundYears } from '../../lib/thai/dates-from-url.ts';

const fy = (heading: string) => {
  const m = assessmentYearOfHeading(heading);
  return m ? { year: m.year, precision: m.precision, raw: m.raw } : null;
};

describe('assessmentYearOfHeading: a heading that states only the assessment year', () => {
  it('reads the fiscal year of "ITA 2564" and its longer spellings', () => {
    expect(fy('ITA 2564')).toEqual({ year: 2021, precision: 'fiscal-year', raw: '2564' });
    expect(fy('ITA2568')).toMatchObject({ year: 2025 });
    expect(fy('ITA ปีงบฯ 2564')).toMatchObject({ year: 2021 });
    expect(fy('OIT ประจำปีงบประมาณ พ.ศ. 2568')).toMatchObject({ year: 2025 });
    expect(fy('การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568')).toMatchObject({ year: 2025 });
    expect(fy('ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567')).toMatchObject({ year: 2024 });
  });
  it('an item, a requirement, results or a second year state no assessment year', () => {
    expect(fy('MOIT 17 หน่วยงานมีการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 อย่างเป็นระบบ')).toBeNull();
    expect(fy('17 | MOIT 17 ITA 2567')).toBeNull();
    expect(fy('ผลการประเมิน ITA 2567')).toBeNull();
    expect(fy('ITA 2567 - 2568')).toBeNull();
    expect(fy('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568')).toBeNull();
    expect(fy('ITA')).toBeNull();
    expect(fy('ปีงบประมาณ 2568')).toBeNull();
  });
});

describe('itaRoundYears: the assessment round a URL files a document under', () => {
  it('reads a year glued to ITA/OIT, four or two digits', () => {
    expect(itaRoundYears('https://x.go.th/upload/ITA/ITA2564/EB16/01.pdf')).toEqual([2564]);
    expect(itaRoundYears('https://x.or.th/sdc_download/ita2569-o20-01')).toEqual([2569]);
    expect(itaRoundYears('https://x.go.th/wp-content/uploads/2025/04/3.ITA_68_o13-ปี-67.pdf')).toEqual([2568]);
    expect(itaRoundYears('https://x.go.th/uploads/ita66/o14.pdf')).toEqual([2566]);
  });
  it('nothing for other years, MOIT codes or words ending in "ita"', () => {
    expect(itaRoundYears('https://x.go.th/uploads/hr/policy.pdf')).toEqual([]);
    expect(itaRoundYears('https://x.go.th/files/report_2568.pdf')).toEqual([]);
    expect(itaRoundYears('https://x.go.th/moit2567/a.pdf')).toEqual([]);
    expect(itaRoundYears('https://x.go.th/capita2568.pdf')).toEqual([]);
  });
});
