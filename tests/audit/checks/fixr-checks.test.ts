import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';

/** Rules of branch fixr (real12 / real10 remaining disagreements), on literal inputs. */
describe('requirement-heading-own-label: a label\'s period words are no part of its sentence', () => {
  const heading = 'MOIT 18 หน่วยงานมีการปฏิบัติตามมาตรการป้องกันการทุจริต (การควบคุมความเสี่ยงการทุจริต)';
  it('a short title with its year is still named by the item heading', () => {
    expect(C.requirementHeadingOwnLabel.run(heading, 'มาตรการควบคุมความเสี่ยง ปี 2568', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(heading, 'มาตรการควบคุมความเสี่ยง (ปี 2566)', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(heading, 'มาตรการควบคุมความเสี่ยง ประจำปีงบประมาณ พ.ศ. 2568', 'text')).toBe(false);
  });
  it('a sentence naming another document still is that document', () => {
    expect(C.requirementHeadingOwnLabel.run(heading, 'มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปี 2568', 'text')).toBe(true);
  });
});
