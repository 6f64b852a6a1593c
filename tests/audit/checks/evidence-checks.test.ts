import { describe, expect, it } from 'vitest';
import { INSIDE_PROPER_NAME } from '../../../lib/audit/concept-matcher.ts';
import { CHECKS, checkById, EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';
import type { DatedMention } from '../../../lib/snapshot/page-snapshot.ts';

const month = (raw: string, year: number, m: number): DatedMention => ({ start: 0, end: raw.length, raw, year, month: m, precision: 'month', era: 'BE', source: 'link-label' });

describe('evidence checks', () => {
  it('label-is-url', () => {
    expect(C.labelIsUrl.run('https://www.facebook.com/abc')).toBe(true);
    expect(C.labelIsUrl.run('/opinion.php')).toBe(true);
    expect(C.labelIsUrl.run('แบบสอบถามความคิดเห็น')).toBe(false);
  });
  it('contact-by-label-only and menu-toggle', () => {
    expect(C.contactByLabelOnly.run('contact')).toBe(true);
    expect(C.contactByLabelOnly.run('page')).toBe(false);
    expect(C.menuToggle.run(true, true)).toBe(true);
    expect(C.menuToggle.run(true, false)).toBe(false);
  });
  it('heading-of-content-link', () => {
    expect(C.headingOfContentLink.run(true, false)).toBe(true);
    expect(C.headingOfContentLink.run(true, true)).toBe(false);
    expect(C.headingOfContentLink.run(false, false)).toBe(false);
  });
  it('requirement-heading-own-label', () => {
    const heading = '17 | MOIT 17 หน่วยงานมีการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567';
    expect(C.requirementHeadingOwnLabel.run(heading, 'มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน', 'text')).toBe(true);
    expect(C.requirementHeadingOwnLabel.run(heading, 'ดาวน์โหลด', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(heading, '1724118646', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run('O12 รายงานสรุปผลการจัดซื้อจัดจ้าง', 'ประจำเดือน ตุลาคม 2567', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run('แผนการจัดซื้อจัดจ้าง', 'มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน', 'text')).toBe(false);
  });
  it('heading-of-generic-button', () => {
    expect(C.headingOfGenericButton.run(true, true, false)).toBe(true);
    expect(C.headingOfGenericButton.run(true, true, true)).toBe(false);
    expect(C.headingOfGenericButton.run(true, false, false)).toBe(false);
    expect(C.headingOfGenericButton.run(false, true, false)).toBe(false);
  });
  it('hub-page-unconfirmed', () => {
    expect(C.hubWithoutConfirmation.run(3, false)).toBe(true);
    expect(C.hubWithoutConfirmation.run(3, true)).toBe(false);
    expect(C.hubWithoutConfirmation.run(2, false)).toBe(false);
  });
  it('index-row-on-ita-page', () => {
    expect(C.indexRowOnItaPage.run('การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568', 'แผนการจัดซื้อจัดจ้าง | ไม่มีลิงก์')).toBe(true);
    expect(C.indexRowOnItaPage.run('ข่าวประชาสัมพันธ์', 'O12 รายงานผลการจัดซื้อจัดจ้าง')).toBe(true);
    expect(C.indexRowOnItaPage.run('ข่าวประชาสัมพันธ์', 'แผนการจัดซื้อจัดจ้าง')).toBe(false);
  });
  it('template-filler-only', () => {
    expect(C.templateFillerOnly.run(true, 0)).toBe(true);
    expect(C.templateFillerOnly.run(true, 4)).toBe(false);
    expect(C.templateFillerOnly.run(false, 0)).toBe(false);
  });
  it('channel-page-usable', () => {
    expect(C.channelPage.run([{ action: 'complaint_save.php' }], false, 0)).toBe('ok');
    expect(C.channelPage.run([{ action: '' }], false, 0)).toBe('ok');
    expect(C.channelPage.run([{ action: '#' }], false, 3)).toBe('inert-form');
    expect(C.channelPage.run([{ action: 'javascript:void(0)' }], true, 0)).toBe('ok');
    expect(C.channelPage.run([], false, 2)).toBe('ok');
    expect(C.channelPage.run([], false, 0)).toBe('no-channel');
  });
  it('container-holds', () => {
    expect(C.containerHolds.run({ target: 'ok', hasOwnContent: false }, ['external'])).toBe('external');
    expect(C.containerHolds.run({ target: 'ok', hasOwnContent: false }, ['placeholder', 'ok'])).toBe('ok');
    expect(C.containerHolds.run({ target: 'ok', hasOwnContent: true }, ['external'])).toBeNull();
    expect(C.containerHolds.run({ target: 'ok', hasOwnContent: false }, [])).toBeNull();
  });
  it('one-month-not-annual', () => {
    const oct = [month('ตุลาคม 2567', 2024, 10)];
    expect(C.oneMonthNotAnnual.run('previous-fiscal-year', 'ita-index-row', oct)).toBe(true);
    expect(C.oneMonthNotAnnual.run('previous-fiscal-year', 'synonym', oct)).toBe(false);
    expect(C.oneMonthNotAnnual.run('monthly', 'ita-index-row', oct)).toBe(false);
    expect(C.oneMonthNotAnnual.run('in-force', 'heading', [])).toBe(false);
  });
  it('inside-proper-name', () => {
    const spans: [number, number, string][] = [[0, 30, 'law']];
    expect(INSIDE_PROPER_NAME.run(10, 17, spans, new Set())).toBe(true);
    expect(INSIDE_PROPER_NAME.run(10, 17, spans, new Set(['law']))).toBe(false);
    expect(INSIDE_PROPER_NAME.run(25, 35, spans, new Set())).toBe(false);
  });
});

describe('the check table', () => {
  it('lists every check once, each with a stage and a one-line description', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.description).not.toMatch(/\n/);
      expect(c.description.length).toBeGreaterThan(10);
    }
    expect(checkById('not-found')?.stage).toBe('verdict');
    expect(checkById('inside-proper-name')?.stage).toBe('match');
  });
});
