import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';
import type { DatedMention } from '../../../lib/snapshot/page-snapshot.ts';

/** Rules found on the real12 corpus (two MOPH community hospitals, an OVEC technical college), on literal inputs. */
describe('page-holds-nothing: an under-construction notice', () => {
  const page = (ownBlocks: string[], contentLinks = 0) => ({ ownBlocks, emptyHeadings: 0, ownImages: 0 as number | null, forms: 0, rows: [] as string[], contentLinks });
  it('a page that only says the website is being improved holds nothing', () => {
    const blocks = [
      '🚧 อยู่ระหว่างปรับปรุงเว็บไซต์',
      'ขออภัยในความไม่สะดวก',
      'ขณะนี้เว็บไซต์วิทยาลัยเทคนิคเทิงกำลังอยู่ระหว่างการปรับปรุง เพื่อเพิ่มประสิทธิภาพในการให้บริการ',
      'หากต้องการติดต่อเร่งด่วน กรุณาติดต่อผ่าน Facebook หรือโทรศัพท์ของวิทยาลัย',
    ];
    expect(C.emptyListPage.run(page(blocks))).toBe(true);
    expect(C.emptyListPage.run(page(['กำลังปรับปรุงข้อมูล']))).toBe(true);
    expect(C.emptyListPage.run(page(['อยู่ระหว่างการจัดทำ']))).toBe(true);
    expect(C.emptyListPage.run(page(['Under construction']))).toBe(true);
  });
  it('a notice beside real content, or a page with content links, is not empty', () => {
    const duties = 'วิทยาลัยมีหน้าที่จัดการศึกษาวิชาชีพ ส่งเสริมการวิจัย พัฒนาครูและบุคลากร บริการวิชาการแก่ชุมชน ทำนุบำรุงศิลปวัฒนธรรม และจัดการศึกษาระบบทวิภาคีร่วมกับสถานประกอบการในจังหวัดเชียงรายและจังหวัดใกล้เคียงตามนโยบายของสำนักงานคณะกรรมการการอาชีวศึกษา';
    expect(C.emptyListPage.run(page([duties, 'อยู่ระหว่างปรับปรุงข้อมูลเพิ่มเติม']))).toBe(false);
    expect(C.emptyListPage.run(page(['🚧 อยู่ระหว่างปรับปรุงเว็บไซต์'], 1))).toBe(false);
    // a sentence that only mentions an improvement is no notice
    expect(C.emptyListPage.run(page(['โครงการปรับปรุงอาคารเรียนอยู่ระหว่างดำเนินการตามแผนปฏิบัติราชการประจำปี ซึ่งวิทยาลัยได้รายงานผลต่อสำนักงานคณะกรรมการการอาชีวศึกษาทุกไตรมาส พร้อมภาพถ่ายความคืบหน้าของงานก่อสร้างและรายละเอียดงบประมาณที่ใช้ไปในแต่ละงวดงาน ตามสัญญาจ้างที่ลงนามไว้กับผู้รับจ้าง ทั้งหมดสามงวด ตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้าง']))).toBe(false);
  });
});

describe('dates-outside-links', () => {
  const year = (y: number, source: DatedMention['source']): DatedMention => ({ year: y, start: 0, end: 4, raw: String(y + 543), precision: 'year', era: 'BE', source });
  it('is the check dates-outside-links', () => expect(C.datesOutsideLinks.id).toBe('dates-outside-links'));
  it("a year printed only in links' labels ('กลับไปหน้า ITA 2569') does not date the page", () => {
    expect(C.datesOutsideLinks.run([year(2025, 'body'), year(2025, 'body')], [year(2025, 'link-label'), year(2025, 'link-label')])).toEqual([]);
  });
  it('a mention outside the links stays: the page prints the year itself', () => {
    expect(C.datesOutsideLinks.run([year(2025, 'body'), year(2025, 'body')], [year(2025, 'link-label')])).toHaveLength(1);
    expect(C.datesOutsideLinks.run([year(2024, 'body')], [year(2025, 'link-label')])).toEqual([year(2024, 'body')]);
    expect(C.datesOutsideLinks.run([year(2024, 'body')], [])).toEqual([year(2024, 'body')]);
  });
});

describe('titled-row-under-group-heading', () => {
  it('is the check titled-row-under-group-heading', () => expect(C.titledRowUnderGroupHeading.id).toBe('titled-row-under-group-heading'));
  it('a row with a title of its own under a heading of several items is what its row names', () => {
    expect(C.titledRowUnderGroupHeading.run('2 นโยบายของผู้บริหาร ประจำปีงบประมาณ', ['structure', 'authority', 'laws'])).toBe(true);
  });
  it('a heading of one item, or a row titled only by its period, still names the link', () => {
    expect(C.titledRowUnderGroupHeading.run('2 นโยบายของผู้บริหาร ประจำปีงบประมาณ', ['structure'])).toBe(false);
    expect(C.titledRowUnderGroupHeading.run('ประจำปีงบประมาณ พ.ศ. 2568', ['procurement-plan', 'procurement-report'])).toBe(false);
    expect(C.titledRowUnderGroupHeading.run('ไตรมาสที่ 1 (ตุลาคม - ธันวาคม 2567)', ['procurement-plan', 'procurement-report'])).toBe(false);
    expect(C.titledRowUnderGroupHeading.run('', ['structure', 'authority'])).toBe(false);
  });
});
