import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';

/** Rules found on the real29 corpus (a municipality's 2026 static replacement portal), on literal inputs. */
describe('posts-without-names: an executive team listed by post', () => {
  const mayor = ['นายกเทศมนตรี', 'ฝ่ายบริหารเทศบาลตำบลคุ้งสำเภา', 'นายชาตรีคาล สกุลสุริยะ', 'เทศบาลตำบลคุ้งสำเภา อำเภอมโนรมย์ จังหวัดชัยนาท'];
  const card = (post: string) => ['ตำแหน่ง', post, 'ดูแลงานด้านโยธา โครงสร้างพื้นฐาน และกองช่าง'];
  it('one named mayor and four posts with no one in them is a team named by post', () => {
    const blocks = [...mayor, ...card('รองนายกเทศมนตรี (คนที่ 1)'), ...card('รองนายกเทศมนตรี (คนที่ 2)'), ...card('ที่ปรึกษานายกเทศมนตรี'), ...card('เลขานุการนายกเทศมนตรี')];
    expect(C.postsWithoutNames.run(blocks)).toBe(true);
  });
  it('cards with a name beside each post are a list of people', () => {
    const blocks = ['นายสมชาย ใจดี', 'นายกเทศมนตรี', 'นางสาวสมศรี รักงาน', 'รองนายกเทศมนตรี', 'นายสมปอง มั่นคง', 'รองนายกเทศมนตรี (คนที่ 2)', 'นายวิชัย เก่งกาจ', 'เลขานุการนายกเทศมนตรี'];
    expect(C.postsWithoutNames.run(blocks)).toBe(false);
  });
  it('names written as links (to each person\'s CV, real121) name the posts; menu labels do not', () => {
    const blocks = ['ผู้อำนวยการสำนักบริการคอมพิวเตอร์', '0 อีเมล. snp@ku.ac.th', 'รองผู้อำนวยการสำนักบริการคอมพิวเตอร์', '0 อีเมล. plw@ku.ac.th', 'ผู้ช่วยผู้อำนวยการสำนักบริการคอมพิวเตอร์', '0 อีเมล. sasitorn@ku.ac.th', 'รักษาการหัวหน้าสำนักงานเลขานุการ', '0 อีเมล. jittana@ku.ac.th'];
    expect(C.postsWithoutNames.run(blocks, ['รศ.ดร.สมชาย นำประเสริฐชัย', 'ผศ.ดร.สมนึก คีรีโต', 'นางศศิธร พูนเพิ่มสิริ', 'นางสาวจิตธนา โตนดดง'])).toBe(false);
    expect(C.postsWithoutNames.run(blocks, ['คณะผู้บริหาร', 'สำนักงานเลขานุการ', 'ติดต่อเรา'])).toBe(true);
  });
  it('one post without a name is not a team named by post; a sentence that starts with a post is no post line', () => {
    expect(C.postsWithoutNames.run([...mayor, ...card('รองนายกเทศมนตรี')])).toBe(false);
    expect(C.postsWithoutNames.run(['นายกเทศมนตรีได้มอบหมายให้กองช่างดำเนินการซ่อมแซมถนนในหมู่ที่ 3 และหมู่ที่ 5 ให้แล้วเสร็จภายในเดือนนี้', 'ปลัดเทศบาลรายงานผลการดำเนินงานต่อสภาเทศบาลในการประชุมสมัยสามัญครั้งที่ 2 ประจำปี'])).toBe(false);
  });
});
