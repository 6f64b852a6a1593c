import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';
import { SCRIPT_PAGES_COULD_HOLD as check } from '../../../lib/audit/checks/verdict-checks.ts';

/** Rules found on the real30 corpus (an OBEC area office's Laravel site rebuilt from its seeders: empty lists everywhere), on literal inputs. */
const page = (ownBlocks: string[], sharedBlocks: string[] = []) => ({ ownBlocks, sharedBlocks, emptyHeadings: 0, ownImages: 0 as number | null, forms: 0, rows: [] as string[], contentLinks: 0 });

describe('page-holds-nothing: English notices, and the same notice on every empty page', () => {
  it('reads the notices Laravel and WordPress themes print', () => {
    for (const notice of ['No information was found at this time.', 'No data available', 'No records found', 'Nothing found', 'There is no data']) {
      expect(C.emptyListPage.run(page(['โครงสร้างการบริหารงาน', notice]))).toBe(true);
    }
  });
  it('a notice shared by every empty page (boilerplate by count) is still the page\'s notice', () => {
    expect(C.emptyListPage.run(page(['โครงสร้างการบริหารงาน'], ['Notification', 'No information was found at this time.']))).toBe(true);
    expect(C.emptyListPage.run(page(['โครงสร้างการบริหารงาน'], ['Notification']))).toBe(false);
  });
  it('an English sentence that only mentions data is no notice', () => {
    expect(C.emptyListPage.run(page(['Data found in the annual report shows the office served 12,000 people in 2565, with no data loss reported by any school in the area during the whole fiscal year, and the full tables of every service, school and month are published on the page of each group of the office below this line.']))).toBe(false);
  });
});

describe('heading-over-empty-notice', () => {
  it('a heading whose next line says the list is empty lists the item', () => {
    expect(C.headingOverEmptyNotice.run('ไม่พบข้อมูล')).toBe(true);
    expect(C.headingOverEmptyNotice.run('No information was found at this time.')).toBe(true);
    expect(C.headingOverEmptyNotice.run('นายสมชาย ใจดี ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา')).toBe(false);
    expect(C.headingOverEmptyNotice.run(undefined)).toBe(false);
  });
});

describe('script-pages-could-hold', () => {
  it('is the check script-pages-could-hold', () => expect(check.id).toBe('script-pages-could-hold'));
  it('one script page among ordinary pages hides only the items a link to it is named for', () => {
    expect(check.run({ shellPages: 1, pages: 14, frontPageIsShell: false }, false)).toBe(false);
    expect(check.run({ shellPages: 1, pages: 14, frontPageIsShell: false }, true)).toBe(true);
  });
  it('an application (its front page, or a quarter of its pages) may hide any item', () => {
    expect(check.run({ shellPages: 1, pages: 14, frontPageIsShell: true }, false)).toBe(true);
    expect(check.run({ shellPages: 4, pages: 14, frontPageIsShell: false }, false)).toBe(true);
    expect(check.run({ shellPages: 0, pages: 14, frontPageIsShell: false }, true)).toBe(false);
  });
});
