import { describe, expect, it } from 'vitest';
import { decideWithoutEvidence, EVIDENCE_CHECKS as C, type NoEvidenceFacts, type TargetState } from '../../../lib/audit/checks/index.ts';

/** Rules found on real3, real5 and real6 (issue 9, branch fixold), on literal inputs. */
const facts = (states: TargetState[]): NoEvidenceFacts => ({
  title: 'ข้อมูลผู้บริหาร',
  titleEn: 'Executives',
  states: new Set(states),
  valid: 0,
  minEvidence: 1,
  blockedShare: 0,
  unrenderedScriptPages: 0,
});

describe('one-person-many-posts', () => {
  it('is the check one-person-many-posts', () => expect(C.onePersonManyPosts.id).toBe('one-person-many-posts'));
  it("one person's card copied under three posts or more is a sample list", () => {
    const card = (post: string) => [post, 'นายวีระชัย นาควิบูลย์วงศ์', 'Mr.Werachai Narkwiboonwong', 'ชื่อ - นามสกุล', 'นายวีระชัย นาควิบูลย์วงศ์'];
    expect(C.onePersonManyPosts.run([
      ...card('ผู้อำนวยการสำนักงาน Director-General'),
      ...card('รองผู้อำนวยการสำนักงาน (ฝ่ายบริหาร)'),
      ...card('ผู้อำนวยการสำนักอำนวยการ'),
    ])).toBe(true);
  });
  it("one person's own card (name in the header and in the details) is no copy", () => {
    expect(C.onePersonManyPosts.run(['ผู้อำนวยการสำนักงาน', 'นายวีระชัย นาควิบูลย์วงศ์', 'ชื่อ - นามสกุล', 'นายวีระชัย นาควิบูลย์วงศ์', 'วุฒิการศึกษา'])).toBe(false);
  });
  it('one person who holds two posts (an acting head) is no copy', () => {
    expect(C.onePersonManyPosts.run(['ปลัดองค์การบริหารส่วนตำบล', 'นายสมชาย ใจดี', 'หัวหน้าสำนักปลัด (รักษาราชการแทน)', 'นายสมชาย ใจดี', 'ผู้อำนวยการกองคลัง', 'นางสมศรี รักงาน'])).toBe(false);
  });
  it('names with different posts, each once, are a list', () => {
    expect(C.onePersonManyPosts.run(['นายกเทศมนตรี', 'นายก ข', 'รองนายกเทศมนตรี', 'นายค ง', 'ปลัดเทศบาล', 'นางจ ฉ'])).toBe(false);
  });
});

describe('sample-people-list', () => {
  it("an executives page of copied sample cards is listed, not published in full: incomplete, before a template's filler (review)", () => {
    const v = decideWithoutEvidence(facts(['sample-people', 'template-page']));
    expect(v).toMatchObject({ status: 'incomplete', check: 'sample-people-list' });
    expect(v.reasonEn).toContain('repeat one person');
  });
  it('a usable or unreadable link of another kind still decides first', () => {
    expect(decideWithoutEvidence(facts(['sample-people', 'external']))).toMatchObject({ status: 'review', check: 'external-only' });
  });
});

describe('one-person-many-posts: real lists', () => {
  it('a permanent secretary listed as the head of two divisions while acting, posts printed under names, is a list', () => {
    expect(C.onePersonManyPosts.run([
      'คณะผู้บริหาร', 'นายรอสาลี อดุลย์อภิมุข', 'นายกองค์การบริหารส่วนตำบล', '061-2899564',
      'หัวหน้าส่วนราชการ', 'นางสาวธัญญ์นวพัชร จันทร์ประภา', 'ปลัดองค์การบริหารส่วนตำบล', 'นางเพ็ชรวิภวา ขุนทอง', 'หัวหน้าสำนักปลัด',
      'สำนักปลัด', 'นางสาวธัญญ์นวพัชร จันทร์ประภา', 'ปลัดองค์การบริหารส่วนตำบล',
      'กองช่าง', 'นางสาวธัญญ์นวพัชร จันทร์ประภา', 'ปลัด อบต. รักษาการแทน ผู้อำนวยการกองช่าง',
      'กองการศึกษา', 'นางสาวธัญญ์นวพัชร จันทร์ประภา', 'ปลัด อบต. รักษาการแทน ผู้อำนวยการกองการศึกษา',
    ])).toBe(false);
  });
});
