import { describe, expect, it } from 'vitest';
import { periodDates } from '../../lib/thai/index.ts';

const years = (text: string): number[] => periodDates(text).map((d) => d.year);

describe('law-title years are not periods (periodDates)', () => {
  it('drops the year in the title of an act, a code or a regulation', () => {
    expect(years('พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562')).toEqual([]);
    expect(years('การส่งเสริมการปฏิบัติตามประมวลจริยธรรมข้าราชการพลเรือน พ.ศ. 2564')).toEqual([]);
    expect(years('ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560')).toEqual([]);
    expect(years('ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540')).toEqual([]);
    expect(years('ข้อกำหนดจริยธรรมเจ้าหน้าที่ของรัฐ สำนักงานปลัดกระทรวงสาธารณสุข พ.ศ. 2564')).toEqual([]);
  });
  it('keeps the period of the document that cites the law', () => {
    expect(years('รายงานผลการปฏิบัติตามประมวลจริยธรรม ประจำปีงบประมาณ พ.ศ. 2567')).toEqual([2024]);
    expect(years('การเผยแพร่ตามพระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562 ประจำปีงบประมาณ 2567')).toEqual([2024]);
    expect(years('ประมวลจริยธรรม ปี 2567')).toEqual([2024]);
    expect(years('ประกาศ ณ วันที่ 1 ตุลาคม 2567')).toHaveLength(1);
    expect(years('ระเบียบวาระการประชุม พ.ศ. 2567')).toEqual([2024]);
    expect(years('แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567')).toEqual([2024]);
  });
});
