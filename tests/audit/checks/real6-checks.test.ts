import { describe, expect, it } from 'vitest';
import { decideWithoutEvidence, EVIDENCE_CHECKS as C, EVIDENCE_VERDICT_CHECKS, type NoEvidenceFacts } from '../../../lib/audit/checks/index.ts';
import type { TargetState } from '../../../lib/audit/checks/target-checks.ts';
import { createSiteScope } from '../../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../../lib/snapshot/page-snapshot.ts';

/** Rules found on the real6 corpus (local-government sites rebuilt by outside developers), on literal inputs. */
describe('page-holds-nothing', () => {
  const page = (over: Partial<Parameters<typeof C.emptyListPage.run>[0]> = {}) => ({ ownBlocks: [] as string[], emptyHeadings: 0, ownImages: 0 as number | null, forms: 0, rows: [] as string[], contentLinks: 0, ...over });
  it('is the check page-holds-nothing', () => expect(C.emptyListPage.id).toBe('page-holds-nothing'));
  it('a page whose list says it holds nothing yet lists the item, it does not publish it', () => {
    expect(C.emptyListPage.run(page({ ownBlocks: ['👥 บุคลากร/กิจการสภา', 'ข้อมูลผู้บริหาร สมาชิกสภา และบุคลากรองค์การบริหารส่วนตำบลแม่ใส แยกตามสังกัดกอง/สำนัก', 'ยังไม่มีข้อมูลบุคลากร'] }))).toBe(true);
    expect(C.emptyListPage.run(page({ ownBlocks: ['📋', 'ไม่มีข้อมูลแผนพัฒนาท้องถิ่น', 'กรุณาเพิ่มข้อมูลแผนพัฒนาในระบบจัดการ'] }))).toBe(true);
    expect(C.emptyListPage.run(page({ ownBlocks: ['ไม่พบข้อมูลในขณะนี้'] }))).toBe(true);
    expect(C.emptyListPage.run(page({ ownBlocks: ['ยังไม่มีข่าวสาร'] }))).toBe(true);
  });
  it('a statistic of none, a page with content, a form, rows or links is not empty', () => {
    // "no complaints" is data (the complaint statistics item), not an empty list
    expect(C.emptyListPage.run(page({ ownBlocks: ['ไม่มีเรื่องร้องเรียนการทุจริต'] }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: ['ยังไม่มีข้อมูลบุคลากร'], contentLinks: 1 }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: ['ยังไม่มีข้อมูลบุคลากร'], forms: 1 }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: ['ยังไม่มีข้อมูลบุคลากร'], rows: ['นายก อบต.', 'รองนายก อบต.'] }))).toBe(false);
    // A table cell holding only the notice is the notice, not a row of content (real74 rdipt: '!! อยู่ระหว่างการปรับปรุง !!').
    expect(C.emptyListPage.run(page({ ownBlocks: ['ผลิตภัณฑ์คุณภาพดี....', '!! อยู่ระหว่างการปรับปรุง !!'], rows: ['!! อยู่ระหว่างการปรับปรุง !!'], ownImages: 0 }))).toBe(true);
    const duties = 'เทศบาลมีอำนาจหน้าที่ในการบริหารงาน ภายใต้บังคับแห่งพระราชบัญญัติเทศบาล รักษาความสงบเรียบร้อยของประชาชน ให้มีและบำรุงทางบกและทางน้ำ รักษาความสะอาดของถนน หรือทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล ป้องกันและระงับโรคติดต่อ';
    expect(C.emptyListPage.run(page({ ownBlocks: [duties, 'ยังไม่มีข่าวสาร'] }))).toBe(false);
  });
  it('headings with nothing under them and no picture of its own: a skeleton', () => {
    expect(C.emptyListPage.run(page({ ownBlocks: ['โครงสร้างบุคลากร', 'คณะผู้บริหาร', 'สภาเทศบาล'], emptyHeadings: 3, ownImages: 0 }))).toBe(true);
    // an org chart shown as pictures under its headings is not empty; unknown pictures (an older snapshot) decide nothing
    expect(C.emptyListPage.run(page({ ownBlocks: ['โครงสร้างส่วนราชการ', 'ฝ่ายบริหาร'], emptyHeadings: 2, ownImages: 2 }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: ['โครงสร้างส่วนราชการ', 'ฝ่ายบริหาร'], emptyHeadings: 2, ownImages: null }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: ['คณะผู้บริหาร'], emptyHeadings: 1, ownImages: 0 }))).toBe(false);
  });
  it('a page with nothing of its own but its title (a published empty page: title, breadcrumb, share buttons)', () => {
    // the title and its breadcrumb are left out of ownBlocks by the caller (they echo the title)
    expect(C.emptyListPage.run(page({ ownBlocks: [], ownImages: 0, ownHeadings: 0 }))).toBe(true);
    // an FAQ whose questions are accordion buttons (headings, no text blocks) holds its questions
    expect(C.emptyListPage.run(page({ ownBlocks: [], ownImages: 0, ownHeadings: 3 }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: [], ownImages: 1 }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: [], ownImages: null }))).toBe(false);
    expect(C.emptyListPage.run(page({ ownBlocks: [], ownImages: 0, ownHeadings: 0, contentLinks: 1 }))).toBe(false);
  });
  it('decides incomplete when nothing better is found, and keeps a part of a two-part item from passing', () => {
    const facts = (states: TargetState[]): NoEvidenceFacts => ({ title: 'แผนพัฒนาท้องถิ่น', titleEn: 'Development plan', states: new Set(states), valid: 0, minEvidence: 1, blockedShare: 0, unrenderedScriptPages: 0 });
    expect(decideWithoutEvidence(facts(['empty-page']))).toMatchObject({ status: 'incomplete', check: 'empty-list-page' });
    expect(decideWithoutEvidence(facts(['empty-page', 'unconfirmed']))).toMatchObject({ status: 'incomplete', check: 'unconfirmed-menu-link' });
    const partEmpty = EVIDENCE_VERDICT_CHECKS[4];
    expect(partEmpty.run([{ conceptId: 'authority', states: new Set<TargetState>(['ok']) }, { conceptId: 'structure', states: new Set<TargetState>(['empty-page']) }])).toBe('structure');
  });
});

describe('contact-without-name', () => {
  it('a phone link named only by a position is a channel, not the executive', () => {
    expect(C.contactWithoutName.id).toBe('contact-without-name');
    expect(C.contactWithoutName.run(true, 'contact', 'นายก อบต.แม่ใส089-757-7366')).toBe(true);
    expect(C.contactWithoutName.run(true, 'contact', 'นายกเทศมนตรี 063-795-2282')).toBe(true);
    expect(C.contactWithoutName.run(true, 'contact', 'นายกิตติพงศ์ สีเหลือง 081-234-5678')).toBe(false);
    expect(C.contactWithoutName.run(true, 'contact', 'นายกเทศมนตรี นายรุ่งโรจน์ กิติพิศาลกุล 063-795-2282')).toBe(false);
    // only for people in posts, only for contact links
    expect(C.contactWithoutName.run(false, 'contact', 'งานธุรการ 054-889-909')).toBe(false);
    expect(C.contactWithoutName.run(true, 'page', 'คณะผู้บริหาร')).toBe(false);
  });
});

describe('copied-person-cards', () => {
  it("the same person's name on two cards of a people section is a template's sample", () => {
    expect(C.copiedPersonCards.id).toBe('copied-person-cards');
    expect(C.copiedPersonCards.run('ที่ปรึกษานายกเทศมนตรี นายประดิษฐ์ โรจนพร 081-686-8366 นายกเทศมนตรี นายรุ่งโรจน์ กิติพิศาลกุล 063-795-2282 ที่ปรึกษานายกเทศมนตรี นายประดิษฐ์ โรจนพร 081-686-8366')).toBe(true);
    expect(C.copiedPersonCards.run('นายกเทศมนตรี นายรุ่งโรจน์ กิติพิศาลกุล รองนายกเทศมนตรี นางสมศรี ใจดี ปลัดเทศบาล นายสมชาย รักงาน')).toBe(false);
    // the office phone repeated under every name is no copy
    expect(C.copiedPersonCards.run('นายก นายสมชาย ใจดี โทร 038-587308 รองนายก นางสาวสมหญิง ดีงาม โทร 038-587308')).toBe(false);
  });
});

describe('section-decides and query-variant-same-page', () => {
  it("a page's first heading over a section does not name an item that sections show", () => {
    expect(C.sectionDecides.id).toBe('section-decides');
    expect(C.sectionDecides.run(true, true)).toBe(true);
    expect(C.sectionDecides.run(true, false)).toBe(false);
    expect(C.sectionDecides.run(false, true)).toBe(false);
  });
  it('a menu link to a query variant of a page already read, with the same content, selects a tab the HTML does not show', () => {
    expect(C.queryVariantSamePage.id).toBe('query-variant-same-page');
    expect(C.queryVariantSamePage.run(true, 4)).toBe(true);
    expect(C.queryVariantSamePage.run(true, 1)).toBe(false);
    expect(C.queryVariantSamePage.run(false, 4)).toBe(false);
  });
});

describe('entries that open nothing (snapshot links)', () => {
  const snap = (body: string) =>
    PageSnapshot.parse(
      buildSnapshot({
        url: 'http://x.go.th/',
        finalUrl: 'http://x.go.th/',
        status: 200,
        contentType: 'text/html; charset=utf-8',
        charset: 'utf-8',
        html: `<html><body>${body}</body></html>`,
        truncated: false,
        depth: 0,
        fetchedAt: '2026-11-25T00:00:00.000Z',
        site: createSiteScope('http://x.go.th/'),
      }),
    );
  it('an <a> without href that names an entry is an empty link; one holding only a picture is not', () => {
    const s = snap('<ul><li><a class="side">ประมวลจริยธรรม</a></li></ul><a class="slide"><img src="/s.jpg" alt="ข่าว (11-17 เม.ย. 60)"></a>');
    expect(s.links.filter((l) => l.origin === 'a' && l.url === null).map((l) => l.label)).toEqual(['ประมวลจริยธรรม']);
  });
  it('a "ดาวน์โหลด" button outside a form is an empty link; a tab button or a form\'s button is a control', () => {
    const s = snap(
      '<h3>แผนป้องกันการทุจริต 2564-2567</h3><button class="btn">ดาวน์โหลด</button><button role="tab">ผังโครงสร้าง</button>' +
        '<form action="/q"><button type="submit">ดาวน์โหลด</button></form><button onclick="location.href=\'/next\'">ถัดไป</button>',
    );
    expect(s.links.filter((l) => l.origin === 'button').length).toBe(1);
    expect(s.links.filter((l) => l.origin === 'onclick').map((l) => l.url)).toEqual(['http://x.go.th/next']);
  });
});

describe('error-picture', () => {
  it('is the check error-picture', () => expect(C.errorPicture.id).toBe('error-picture'));
  it('a picture named for an error, a stand-in or work in progress is no picture of the page\'s own', () => {
    for (const src of ['imageweb/404.png', '/images/error-page.jpg', 'img/Not_Found.gif', 'coming-soon.png', '/uploads/under_construction.jpg', 'no-image.png', 'noimage.jpg', '/theme/placeholder.png', 'https://x.go.th/i/404.png?v=2', 'pic/page%20not%20found.webp']) {
      expect(C.errorPicture.run(src), src).toBe(true);
    }
  });
  it('a picture of the item, or a name that only holds those digits or letters, is a picture', () => {
    for (const src of ['images/chart.png', 'uploads/2565/404402.jpg', 'photo_1404.jpg', 'errors-and-omissions-plan.pdf', 'imageweb/structure.png', '/img/placeholderless.png', 'terror.jpg']) {
      expect(C.errorPicture.run(src), src).toBe(false);
    }
  });
});
