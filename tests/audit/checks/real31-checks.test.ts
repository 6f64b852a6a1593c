import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';

/** Rules found on the real31 corpus (a sub-district health-promoting hospital's Next.js site), on literal inputs. */
describe('page-lacks-required-words: a service guide written out with no time for any step', () => {
  const required = ['ระยะเวลา', 'นาที', 'ชั่วโมง', 'วันทำการ'];
  const steps = 'ขั้นตอนการรับบริการ 1. ค้นแฟ้มครอบครัว รับบัตรคิว 2. ยื่นบัตรประชาชนหรือสมุดสีชมพู 3. ซักประวัติ ตรวจร่างกาย 4. พบแพทย์หรือพยาบาลเวชปฏิบัติ 5. รับยาและคำแนะนำ เอกสารที่ต้องเตรียม บัตรประชาชน เอกสารประกันสังคม ใบส่งตัว กรณีฉุกเฉินให้แจ้งเจ้าหน้าที่ทันที';
  it('a written guide with no duration is the item in part', () => {
    expect(C.pageLacksRequiredWords.run(required, steps, steps)).toBe(true);
  });
  it('a guide that gives a time, or a page of pictures of a guide, keeps its verdict', () => {
    expect(C.pageLacksRequiredWords.run(required, `${steps} ระยะเวลาให้บริการ 30 นาที`, steps)).toBe(false);
    expect(C.pageLacksRequiredWords.run(required, 'คู่มือ/แนวทางการให้บริการประชาชน', 'คู่มือ/แนวทางการให้บริการประชาชน')).toBe(false);
    expect(C.pageLacksRequiredWords.run([], steps, steps)).toBe(false);
  });
});
