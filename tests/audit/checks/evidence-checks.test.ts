import { describe, expect, it } from 'vitest';
import { Concept, ConceptFile } from '../../../lib/checklist/checklist-schema.ts';
import { createConceptMatcher, INSIDE_PROPER_NAME, LATIN_WHOLE_WORD, latinWordPattern, LIST_ENTRY_TAIL, PERIOD_LIST_LABEL, TOPIC_AFTER_KIND_TERM, WEAK_TAIL_WITHOUT_DATE } from '../../../lib/audit/concept-matcher.ts';
import { CHECKS, checkById, EVIDENCE_CHECKS as C } from '../../../lib/audit/checks/index.ts';
import type { DatedMention } from '../../../lib/snapshot/page-snapshot.ts';

const month = (raw: string, year: number, m: number): DatedMention => ({ start: 0, end: raw.length, raw, year, month: m, precision: 'month', era: 'BE', source: 'link-label' });

describe('evidence checks', () => {
  it('dated-headline-is-entry: a dated news headline counts whatever its link does', () => {
    const day = [{ precision: 'day' as const }];
    expect(C.datedHeadlineIsEntry.run(true, 'placeholder', day)).toBe(true);
    expect(C.datedHeadlineIsEntry.run(true, 'broken', day)).toBe(true);
    // Not for other items (a procurement announcement's '#' link is a document not uploaded), nor without a day's date.
    expect(C.datedHeadlineIsEntry.run(false, 'placeholder', day)).toBe(false);
    expect(C.datedHeadlineIsEntry.run(true, 'placeholder', [{ precision: 'month' as const }])).toBe(false);
    expect(C.datedHeadlineIsEntry.run(true, 'placeholder', [])).toBe(false);
  });
  it('people-section-names-someone: a section of executives must name a person', () => {
    expect(C.peopleSectionNamesSomeone.run(true, 'นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบล โทร 081')).toBe(true);
    expect(C.peopleSectionNamesSomeone.run(true, 'ผศ.ดร.สมศรี ใจงาม คณบดี')).toBe(true);
    // Five empty cards with contact buttons (real25 kmitl-science-faculty-2565).
    expect(C.peopleSectionNamesSomeone.run(true, 'ช่องทางติดต่อ ช่องทางติดต่อ ช่องทางติดต่อ คณะผู้บริหารทั้งหมด')).toBe(false);
    // A section of another kind is not concerned.
    expect(C.peopleSectionNamesSomeone.run(false, 'กระดานถาม-ตอบ ตั้งกระทู้ใหม่')).toBe(true);
  });
  it('social-account-in-text: an account written as text, not linked', () => {
    expect(C.socialAccountInText.run('www.facebook.com/ksvrhospital')).toBe(true);
    expect(C.socialAccountInText.run('facebook: กศน. ตำบลนาโบสถ์ นาโบสถ์')).toBe(true);
    expect(C.socialAccountInText.run('Line ID : @abtsample')).toBe(true);
    expect(C.socialAccountInText.run('เฟซบุ๊ก: เทศบาลตำบลตัวอย่าง')).toBe(true);
    // No account named: a call to follow, a network's front page.
    expect(C.socialAccountInText.run('ติดตามข่าวสารได้ที่ Facebook ของเรา')).toBe(false);
    expect(C.socialAccountInText.run('สมัครใช้งาน facebook.com ได้ฟรี')).toBe(false);
  });
  it('section-title-names-item: a heading or label names a list of people as its title, not in a sentence', () => {
    // 'คณะผู้บริหาร…' opens the heading; 'รายนามคณะผู้บริหาร' is short.
    expect(C.sectionTitleNamesItem.run(0, 40)).toBe(true);
    expect(C.sectionTitleNamesItem.run(7, 18)).toBe(true);
    // 'ยินดีต้อนรับคณะผู้บริหารและครูสู่ปีการศึกษาใหม่2026' (real23 phichai-school-2569 O2): a news card's headline.
    expect(C.sectionTitleNamesItem.run(12, 45)).toBe(false);
  });
  it('chart-picture-under-heading: a picture named for the structure under its heading shows the chart', () => {
    const names = (t: string): boolean => /โครงสร้าง|ผังองค์กร/.test(t);
    const hints = ['structure', 'org-chart', 'แผนผัง'];
    // 'โครงสร้างการบริหารงานของคณะ…' over images/structure.png (real20 ku-soc-faculty-2565 O1)
    expect(C.chartPictureUnderHeading.run([' structure'], hints, names)).toBe(true);
    expect(C.chartPictureUnderHeading.run(['แผนผังโครงสร้างองค์กร '], hints, names)).toBe(true);
    expect(C.chartPictureUnderHeading.run([' org chart 2566'], hints, names)).toBe(true);
    // A photo of people or an unnamed picture shows no chart.
    expect(C.chartPictureUnderHeading.run(['นายสมชาย ใจดี ', ' IMG 2041'], hints, names)).toBe(false);
    expect(C.chartPictureUnderHeading.run([], hints, names)).toBe(false);
  });
  it('chart-links-dead: a structure page whose chart links are all dead and that shows no chart', () => {
    // 'แผนผัง (PDF)' and 'แผนผัง (PNG)' both 404, the only picture a person's photo (real18 nakornnont O1).
    expect(C.chartLinksDead.run(['dead', 'dead'], false)).toBe(true);
    expect(C.chartLinksDead.run(['dead', 'alive'], false)).toBe(false);
    // A chart picture on the page (named for the structure, or unnamed) shows it.
    expect(C.chartLinksDead.run(['dead'], true)).toBe(false);
    // No chart link at all: a text-only structure is not judged here.
    expect(C.chartLinksDead.run([], false)).toBe(false);
  });
  it('structure-as-roster: a structure page of people cards with no chart picture is the roster, not the structure', () => {
    const cards = ['นพ.ราเชษฎ เชิงพนม', 'ผู้อำนวยการโรงพยาบาลอรัญประเทศ', 'นพ.สรวิศ ชลาลัย', 'รองผู้อำนวยการฝ่ายการแพทย์'];
    expect(C.structureAsRoster.run(false, cards)).toBe(true);
    // A chart picture on the page shows the structure; one name (a director's greeting) is no roster.
    expect(C.structureAsRoster.run(true, cards)).toBe(false);
    expect(C.structureAsRoster.run(false, cards.slice(0, 2))).toBe(false);
    expect(C.structureAsRoster.run(false, ['สำนักปลัด', 'กองคลัง', 'กองช่าง'])).toBe(false);
  });
  it('people-without-photo: a people page whose only images are the ones every page shares shows no photo', () => {
    expect(C.peopleWithoutPhoto.run(0)).toBe(true);
    expect(C.peopleWithoutPhoto.run(3)).toBe(false);
    // A snapshot read before images were recorded is not judged.
    expect(C.peopleWithoutPhoto.run(undefined)).toBe(false);
  });
  it("phone-of-another-province: a fixed line of another province is not the site's phone; without a site postcode every phone counts", () => {
    expect(C.phoneOfAnotherProvince.run('037-536-430', '46150')).toBe(true);
    expect(C.phoneOfAnotherProvince.run('043-811-234', '46150')).toBe(false);
    expect(C.phoneOfAnotherProvince.run('037-536-430', null)).toBe(false);
  });
  it("people-without-contact: a people page whose only phone and e-mail are the footer's switchboard gives no executive's contact", () => {
    const footer = new Set(['phone:0-5361-8074', 'email:saraban@x.go.th']);
    const page = (contacts: { kind: string; value: string }[]) => C.peopleWithoutContact.run(contacts, footer);
    expect(page([{ kind: 'phone', value: '0-5361-8074' }, { kind: 'email', value: 'saraban@x.go.th' }, { kind: 'address', value: 'ต.แม่สวด อ.สบเมย' }])).toBe(true);
    expect(page([])).toBe(true);
    // A line of the page's own, an e-mail of its own, or a mobile number even in a box on every page.
    expect(page([{ kind: 'phone', value: '0-5361-8074' }, { kind: 'phone', value: '053-618-000 ต่อ 111' }])).toBe(false);
    expect(page([{ kind: 'email', value: 'director@x.go.th' }])).toBe(false);
    expect(C.peopleWithoutContact.run([{ kind: 'phone', value: '08-1765-0099' }], new Set(['phone:08-1765-0099']))).toBe(false);
    expect(C.peopleWithoutContact.run([{ kind: 'phone', value: '+66 81 765 0099' }], new Set(['phone:+66 81 765 0099']))).toBe(false);
  });
  it('embedded-form-channel: a form service embedded in the site\'s page is a channel on the site', () => {
    const form = 'https://docs.google.com/forms/d/e/1FAIpQLSf/viewform?embedded=true';
    expect(C.embeddedFormChannel.run(true, form, [form])).toBe(true);
    // Not embedded (only linked), not a channel, or not a form service.
    expect(C.embeddedFormChannel.run(true, form, [])).toBe(false);
    expect(C.embeddedFormChannel.run(false, form, [form])).toBe(false);
    expect(C.embeddedFormChannel.run(true, 'https://www.facebook.com/page', ['https://www.youtube.com/embed/x'])).toBe(false);
  });
  it('related-channel-off-site: an off-site general channel named by its own label, or a form service', () => {
    // 'ร้องเรียน ร้องทุกข์' → the Department of Lands' Damrongdhama system (real19 angthong-land-office-2569 O17).
    expect(C.relatedChannelOffSite.run('https://doldamrongdhama.dol.go.th/COM1I001', true)).toBe(true);
    expect(C.relatedChannelOffSite.run('https://forms.gle/abc123', false)).toBe(true);
    // Found only by a row or heading around it: no channel of its own.
    expect(C.relatedChannelOffSite.run('https://www.example.go.th/complaint', false)).toBe(false);
    // A file is no channel, whatever its label says.
    expect(C.relatedChannelOffSite.run('https://docs.google.com/document/d/1abc/edit', true)).toBe(false);
    expect(C.relatedChannelOffSite.run('https://www.example.go.th/files/complaint.pdf', true)).toBe(false);
  });
  it('message-form-channel: a working form with a text area, not a search box, log-in or a form that submits nowhere', () => {
    expect(C.messageFormChannel.run([{ action: '/web/contactus/sent', freeText: true }])).toBe(true);
    // An empty action posts to the page itself: it works.
    expect(C.messageFormChannel.run([{ action: '', freeText: true }])).toBe(true);
    expect(C.messageFormChannel.run([{ action: '/complaint' }])).toBe(false);
    expect(C.messageFormChannel.run([{ action: '#', freeText: true }])).toBe(false);
    expect(C.messageFormChannel.run([{ action: '', freeText: true, sendsNothing: true }])).toBe(false);
    expect(C.messageFormChannel.run([{ action: '/wp-login.php', purpose: 'login' }, { action: '/search', purpose: 'search' }])).toBe(false);
  });
  it('form-service-link', () => {
    expect(C.formServiceLink.run('https://docs.google.com/forms/d/e/1FAIpQLSf/viewform')).toBe(true);
    expect(C.formServiceLink.run('https://forms.gle/abc123')).toBe(true);
    expect(C.formServiceLink.run('https://forms.office.com/r/xyz')).toBe(true);
    expect(C.formServiceLink.run('https://docs.google.com/document/d/1abc/edit')).toBe(false);
    expect(C.formServiceLink.run('https://www.facebook.com/forms')).toBe(false);
  });
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
    // a card's "อ่านเพิ่มเติม" → #! repeated on several pages, in the content: not a menu toggle
    expect(C.menuToggle.run(true, true, true)).toBe(false);
  });
  it('national-document-label: an Act or a budget-document volume is not the agency\'s own plan, except for the laws item', () => {
    expect(C.nationalDocumentLabel.run('พรบ.งบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2565', false)).toBe(true);
    expect(C.nationalDocumentLabel.run('พ.ร.บ.งบประมาณรายจ่ายประจำปี 2567', false)).toBe(true);
    expect(C.nationalDocumentLabel.run('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', false)).toBe(true);
    expect(C.nationalDocumentLabel.run('เอกสารงบประมาณฉบับที่ 3 งบประมาณรายจ่าย ประจำปีงบประมาณ 2565 เล่มที่ 3(4)', false)).toBe(true);
    expect(C.nationalDocumentLabel.run('พรบ.งบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2565', true)).toBe(false);
    // the agency's own budget ordinance and plans
    expect(C.nationalDocumentLabel.run('ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2567', false)).toBe(false);
    expect(C.nationalDocumentLabel.run('แผนการใช้จ่ายงบประมาณประจำปี 2567 ตาม พ.ร.บ.งบประมาณ', false)).toBe(false);
  });
  it('naming-text-dates: the label first, then the row title, then the card heading', () => {
    const row = (year: number): DatedMention => ({ start: 0, end: 4, raw: String(year), year, precision: 'year', era: 'BE', source: 'row' });
    const heading = (year: number): DatedMention => ({ start: 0, end: 4, raw: String(year), year, precision: 'year', era: 'BE', source: 'heading' });
    const label = month('ต.ค. 2567', 2567, 10);
    expect(C.namingTextDates.run('synonym', [label, row(2568)], [heading(2566)])).toEqual([label]);
    expect(C.namingTextDates.run('ita-index-row', [row(2565)], [heading(2566)])).toEqual([row(2565)]);
    // a card "แผน… 2567" with a generic "ดาวน์โหลด" button: the heading's year
    expect(C.namingTextDates.run('heading', [], [heading(2567)])).toEqual([heading(2567)]);
    expect(C.namingTextDates.run('heading', [{ ...row(2568), source: 'url' }], [])).toEqual([]);
    expect(C.namingTextDates.run('synonym', [row(2568)], [heading(2567)])).toEqual([]);
    // a dated list row "27 มิถุนายน 2566 | MOIT 17 …การวิเคราะห์ความเสี่ยง…" with href="#": the entry's day dates it
    const day: DatedMention = { start: 0, end: 17, raw: '27 มิถุนายน 2566', year: 2566, month: 6, day: 27, precision: 'day', era: 'BE', source: 'row' };
    expect(C.namingTextDates.run('synonym', [day], [heading(2567)])).toEqual([day]);
    expect(C.namingTextDates.run('exact-title', [day, row(2568)], [])).toEqual([day]);
    // a news heading over entries "คลังข่าว… 30/01/2016": a heading without a date leaves each entry its own
    expect(C.namingTextDates.run('heading', [row(2559)], [])).toEqual([row(2559)]);
    expect(C.namingTextDates.run('heading', [row(2559)], [heading(2567)])).toEqual([heading(2567)]);
    // a news carousel's image link ('0 slide') with no date of its own: the days its section's captions print
    expect(C.namingTextDates.run('heading', [], [], [day])).toEqual([day]);
    expect(C.namingTextDates.run('heading', [row(2559)], [], [day])).toEqual([row(2559)]);
    expect(C.namingTextDates.run('synonym', [], [], [day])).toEqual([]);
  });
  it('placeholder-under-heading: a labelled empty link in the content is the heading\'s item without a document', () => {
    expect(C.placeholderUnderHeading.run(true, true, false)).toBe(true);
    expect(C.placeholderUnderHeading.run(true, true, true)).toBe(false);
    expect(C.placeholderUnderHeading.run(true, false, false)).toBe(false);
    expect(C.placeholderUnderHeading.run(false, true, false)).toBe(false);
  });
  it("panel-listed-empty: a labelled empty link in a side panel of one page only is the panel heading's item without a document (real14 pcccr-school-2565 O12)", () => {
    // a box headed 'รายงานประจำปี' over 'เดือนเมษายน' → href="" on the home page of a four-page site
    expect(C.panelListedEmpty.run(true, true, true, false, 4)).toBe(true);
    // the site's menu repeated on other pages, a link that leads somewhere, an unlabelled link, too few pages to tell
    expect(C.panelListedEmpty.run(true, true, true, true, 4)).toBe(false);
    expect(C.panelListedEmpty.run(false, true, true, false, 4)).toBe(false);
    expect(C.panelListedEmpty.run(true, false, true, false, 4)).toBe(false);
    expect(C.panelListedEmpty.run(true, true, true, false, 2)).toBe(false);
    // in the content it is placeholder-under-heading's
    expect(C.panelListedEmpty.run(true, true, false, false, 4)).toBe(false);
  });
  it('section-listed-without-document: unlinked entries under a news or announcements title list the item without a document', () => {
    const news = { id: 'news', listsEntries: true, anyTopic: true };
    const proc = { id: 'procurement-announcements', listsEntries: true, anyTopic: false };
    const text = 'เรื่อง การปรับปรุงแผนอัตรากำลังพนักงานจ้าง ๔ ปี อาศัยความในประกาศ ...อ่านต่อ';
    expect(C.sectionListedWithoutDocument.run(news, { text }, ['hr-policy'])).toBe(true);
    expect(C.sectionListedWithoutDocument.run(news, { text: 'This is card number 1 with sample text. dd-mm-yy' }, [])).toBe(true);
    expect(C.sectionListedWithoutDocument.run(news, { text, linked: true }, [])).toBe(false);
    expect(C.sectionListedWithoutDocument.run(news, { text: 'ดูทั้งหมด' }, [])).toBe(false);
    // an item shown on pages themselves, or of prose (powers and duties), is not listed by a section
    expect(C.sectionListedWithoutDocument.run({ id: 'authority', listsEntries: false, anyTopic: false }, { text }, [])).toBe(false);
    expect(C.sectionListedWithoutDocument.run(proc, { text: 'ประกาศสอบราคาจ้างก่อสร้างอาคารส้วม ... Download' }, ['procurement-announcements'])).toBe(true);
    // entries that all name another item (No Gift notices under "ข่าวจัดซื้อจัดจ้าง")
    expect(C.sectionListedWithoutDocument.run(proc, { text: 'ประกาศเจตนารมณ์ No Gift Policy' }, ['no-gift-declaration'])).toBe(false);
  });
  it('section-shows-item: a section with text of its own shows an item shown on pages (names, threads, contacts)', () => {
    const shown = { sectionIsEvidence: true, footerContacts: false };
    const contact = { sectionIsEvidence: true, footerContacts: true };
    expect(C.sectionShowsItem.run(shown, 'นายรอสาลี อดุลย์อภิมุข นายกองค์การบริหารส่วนตำบล 061-2899564', true)).toBe(true);
    expect(C.sectionShowsItem.run({ sectionIsEvidence: false, footerContacts: false }, 'นายรอสาลี อดุลย์อภิมุข นายกองค์การบริหารส่วนตำบล 061-2899564', true)).toBe(false);
    expect(C.sectionShowsItem.run(shown, 'ดูทั้งหมด', false)).toBe(false);
    expect(C.sectionShowsItem.run(shown, '061-2899564 0-7343-927 2566', true)).toBe(false);
    // a notice that the data is not there yet, or a template's filler, shows nothing
    expect(C.sectionShowsItem.run(shown, 'อยู่ระหว่างปรับปรุงข้อมูล กรุณากลับมาใหม่ภายหลัง ขออภัยในความไม่สะดวก', false)).toBe(false);
    expect(C.sectionShowsItem.run(shown, "Card title Some quick example text to build on the card title and make up the bulk of the card's content.", false)).toBe(false);
    // contact details: an address alone is not enough
    expect(C.sectionShowsItem.run(contact, 'หมู่ 1 ตำบลสะนอ อำเภอยะรัง จังหวัดปัตตานี รหัสไปรษณีย์ 94160', false)).toBe(false);
    expect(C.sectionShowsItem.run(contact, 'หมู่ 1 ตำบลสะนอ อำเภอยะรัง จังหวัดปัตตานี โทรศัพท์ 0-7343-927', true)).toBe(true);
  });
  it('host-is-evidence: a link to a social host counts whatever its label', () => {
    expect(C.hostIsEvidence.run(true, true, 'https://www.facebook.com/people/abt/100010671091367/?locale=th_TH')).toBe(true);
    expect(C.hostIsEvidence.run(false, true, 'https://www.facebook.com/abt')).toBe(false);
    expect(C.hostIsEvidence.run(true, false, 'https://www.example.go.th/')).toBe(false);
    // share buttons post the page; they are not the organisation's account
    expect(C.hostIsEvidence.run(true, true, 'https://www.facebook.com/sharer/sharer.php?u=https://www.example.go.th/news/1')).toBe(false);
    expect(C.hostIsEvidence.run(true, true, 'https://twitter.com/intent/tweet?text=x')).toBe(false);
    expect(C.hostIsEvidence.run(true, true, 'https://social-plugins.line.me/lineit/share?url=https://www.example.go.th/')).toBe(false);
    expect(C.hostIsEvidence.run(true, true, 'https://line.me/R/msg/text/?x')).toBe(false);
    expect(C.hostIsEvidence.run(true, true, 'https://www.youtube.com/@abtsanor')).toBe(true);
    // one video names no account (real84: a training video linked from a centre's home)
    for (const video of ['https://www.youtube.com/watch?v=uv3q59mgkpw', 'https://youtu.be/uv3q59mgkpw', 'https://www.youtube.com/embed/r8qfvyjnzzg?feature=oembed', 'https://www.youtube.com/shorts/abc', 'https://fb.watch/abc/', 'https://www.facebook.com/watch/?v=123']) {
      expect(C.hostIsEvidence.run(true, true, video), video).toBe(false);
    }
    // a Facebook group is its members' space (real87: staff programmes' groups on a campus office's home)
    expect(C.hostIsEvidence.run(true, true, 'https://www.facebook.com/groups/825395354889270')).toBe(false);
    // one post or photo shared on Facebook is a headline, not the account (real114: a news title linking the parent faculty's post)
    for (const post of ['https://www.facebook.com/kusocialsciences/posts/863818760391370', 'https://www.facebook.com/abt/photos/a.1/2/', 'https://m.facebook.com/permalink.php?story_fbid=1&id=2', 'https://www.facebook.com/photo.php?fbid=123']) {
      expect(C.hostIsEvidence.run(true, true, post), post).toBe(false);
    }
    expect(C.hostIsEvidence.run(true, true, 'https://www.facebook.com/postsandphotos')).toBe(true);
    // a channel or a page is an account
    expect(C.hostIsEvidence.run(true, true, 'https://www.youtube.com/channel/UC123')).toBe(true);
    expect(C.hostIsEvidence.run(true, true, 'https://www.facebook.com/agronkpsku')).toBe(true);
  });
  it('not-an-account: a Facebook group given for the social item is the item in part (one video is no account at all)', () => {
    // real95: 'facebook :: บุคลากรสังกัด สสอ.ท่าสองยาง' → a group of the office's staff
    expect(C.notAnAccount.run('https://www.facebook.com/groups/192188887491010/')).toBe(true);
    expect(C.notAnAccount.run('https://youtu.be/uv3q59mgkpw')).toBe(false);
    expect(C.notAnAccount.run('https://www.facebook.com/agronkpsku')).toBe(false);
    expect(C.notAnAccount.run('https://www.youtube.com/channel/UC123')).toBe(false);
  });
  it('social-link-unnamed', () => {
    // an image banner named only by its URL ("PCSHCenter"), in the page body: maybe a partner's page
    expect(C.socialLinkUnnamed.run('filename', false)).toBe(true);
    expect(C.socialLinkUnnamed.run('none', false)).toBe(true);
    // an icon in the header or footer, or a link with words of its own, stays evidence
    expect(C.socialLinkUnnamed.run('filename', true)).toBe(false);
    expect(C.socialLinkUnnamed.run('text', false)).toBe(false);
    expect(C.socialLinkUnnamed.run('alt', false)).toBe(false);
    // a title that is only a slide's number ('6' over a YouTube channel in 'ลิ้งที่น่าสนใจ') names no one
    expect(C.socialLinkUnnamed.run('title', false, '6')).toBe(true);
    expect(C.socialLinkUnnamed.run('title', false, 'YouTube กรมส่งเสริมการเกษตร')).toBe(false);
    // old snapshots say nothing of the navigation: unchanged
    expect(C.socialLinkUnnamed.run('filename', undefined)).toBe(false);
  });
  it('heading-of-content-link', () => {
    expect(C.headingOfContentLink.run(true, false)).toBe(true);
    expect(C.headingOfContentLink.run(true, true)).toBe(false);
    expect(C.headingOfContentLink.run(false, false)).toBe(false);
    // A dated entry (a day in its label or row) is content wherever a theme put it.
    expect(C.headingOfContentLink.run(true, true, true)).toBe(true);
    expect(C.headingOfContentLink.run(false, true, true)).toBe(false);
  });
  it('tag-listing-link', () => {
    // A tag cloud's 'โครงสร้าง' opens the posts tagged with the word, not the structure.
    expect(C.tagListingLink.run('https://ttmed.psu.ac.th/tags.php?p=%E0%B9%82%E0%B8%84%E0%B8%A3')).toBe(true);
    expect(C.tagListingLink.run('https://x.go.th/tag/ข่าวประชาสัมพันธ์/')).toBe(true);
    expect(C.tagListingLink.run('https://x.go.th/news?tag=12')).toBe(true);
    expect(C.tagListingLink.run('https://x.go.th/taxonomy/term/12')).toBe(true);
    // A category, a page whose name holds 'tag', an ordinary page are not.
    expect(C.tagListingLink.run('https://x.go.th/category/news/')).toBe(false);
    expect(C.tagListingLink.run('https://x.go.th/heritage.php')).toBe(false);
    expect(C.tagListingLink.run('https://x.go.th/about/structure')).toBe(false);
  });
  it('pager-link', () => {
    // A Drupal pager under a web-board heading: '7', 'next ›', 'last »' open pages of the same list.
    expect(C.pagerLink.run('https://www.example.go.th/front?page=6', '7')).toBe(true);
    expect(C.pagerLink.run('https://www.example.go.th/front?page=320', 'last »')).toBe(true);
    expect(C.pagerLink.run('https://www.example.go.th/news/page/2', 'ถัดไป')).toBe(true);
    // A department page at /page/7 with a name, a numbered link that is not a list's page, no URL.
    expect(C.pagerLink.run('https://www.example.go.th/page/7', 'กองคลัง')).toBe(false);
    expect(C.pagerLink.run('https://www.example.go.th/node/89165', '7')).toBe(false);
    // An empty '« ก่อนหน้า' on a list's first page is the pager's disabled button; an empty '7' may be a numbered entry.
    expect(C.pagerLink.run(null, '« ก่อนหน้า')).toBe(true);
    expect(C.pagerLink.run(null, '7')).toBe(false);
    expect(C.pagerLink.run(null, 'ข่าวประชาสัมพันธ์')).toBe(false);
  });
  it('row-named-by-sibling', () => {
    expect(C.rowNamedBySibling.run('development-plan', [['development-plan']])).toBe(true);
    expect(C.rowNamedBySibling.run('development-plan', [[], ['news']])).toBe(false);
    expect(C.rowNamedBySibling.run('development-plan', [])).toBe(false);
  });
  it('menu-or-hub-link', () => {
    expect(C.menuOrHubLink.run(true, 1)).toBe(true);
    expect(C.menuOrHubLink.run(false, 3)).toBe(true);
    expect(C.menuOrHubLink.run(false, 2)).toBe(false);
    // A link to the site's front page ('กระดานกระทู้' → '/') is confirmed by the front page, like a menu entry.
    expect(C.menuOrHubLink.run(false, 1, true)).toBe(true);
  });
  it('channel-heading-links', () => {
    expect(C.channelHeadingLinks.run({ linked: true })).toBe(1);
    expect(C.channelHeadingLinks.run({})).toBe(0);
    expect(C.channelHeadingLinks.run(undefined)).toBe(0);
  });
  it('linked-page-unconfirmed', () => {
    expect(C.linkedPageUnconfirmed.run({ showsConcept: true, showsOtherConcept: true, unclassifiedParts: 2 })).toBeNull();
    expect(C.linkedPageUnconfirmed.run({ showsConcept: false, showsOtherConcept: true, unclassifiedParts: 0 })).toBe('other-topic');
    expect(C.linkedPageUnconfirmed.run({ showsConcept: false, showsOtherConcept: true, unclassifiedParts: 1 })).toBe('unconfirmed');
    // Nothing on the page names any topic: it was not shown to be about something else.
    expect(C.linkedPageUnconfirmed.run({ showsConcept: false, showsOtherConcept: false, unclassifiedParts: 0 })).toBe('unconfirmed');
  });
  it('heading-over-other-topics', () => {
    const pa = { id: 'procurement-announcements', anyTopic: false };
    expect(C.headingOverOtherTopics.run(pa, [['no-gift-declaration'], ['no-gift-declaration']])).toBe(true);
    expect(C.headingOverOtherTopics.run(pa, [['no-gift-declaration'], []])).toBe(false);
    expect(C.headingOverOtherTopics.run(pa, [['procurement-announcements', 'news']])).toBe(false);
    expect(C.headingOverOtherTopics.run(pa, [])).toBe(false);
    // News is about any topic: a story on a community meeting is still news.
    expect(C.headingOverOtherTopics.run({ id: 'news', anyTopic: true }, [['participation']])).toBe(false);
  });
  it('dated-by-own-entries', () => {
    const report = { id: 'operation-report-annual', anyTopic: false };
    expect(C.datedByOwnEntries.run(report, ['development-plan'], false)).toBe(true);
    expect(C.datedByOwnEntries.run(report, ['operation-report-annual', 'news'], false)).toBe(false);
    expect(C.datedByOwnEntries.run(report, [], false)).toBe(false);
    expect(C.datedByOwnEntries.run(report, [], true)).toBe(true);
    expect(C.datedByOwnEntries.run({ id: 'news', anyTopic: true }, ['participation'], false)).toBe(false);
  });
  it('footer-contacts and footer-address-only', () => {
    const repeated = (sig: string) => sig === 'address:ตำบลพอกน้อย อำเภอพรรณานิคม';
    const address = { kind: 'address' as const, value: 'ตำบลพอกน้อย อำเภอพรรณานิคม' };
    const phone = { kind: 'phone' as const, value: '042-000000' };
    expect(C.footerContacts.run([address, phone], repeated)).toBe(true);
    expect(C.footerAddressOnly.run([address, phone], repeated)).toBe(false);
    expect(C.footerAddressOnly.run([address], repeated)).toBe(true);
    expect(C.footerAddressOnly.run([{ kind: 'address', value: 'อื่น' }], repeated)).toBe(false);
  });
  it('template-text', () => {
    expect(C.templateText.run('Card title')).toBe(true);
    expect(C.templateText.run('Lorem ipsum dolor sit amet, consectetur')).toBe(true);
    expect(C.templateText.run('Some quick example text to build on the card title')).toBe(true);
    expect(C.templateText.run('ประกาศผู้ชนะการเสนอราคา')).toBe(false);
    // Lorem-ipsum words without "lorem ipsum" (BootstrapMade's FAQ: 'Magnam dolores commodi suscipit. Necessitatibus eius…').
    expect(C.templateText.run('Magnam dolores commodi suscipit. Necessitatibus eius consequatur ex aliquid fuga eum quidem.')).toBe(true);
    expect(C.templateText.run('Frequently asked questions about our services')).toBe(false);
  });
  it('heading-over-empty-list: a list heading over nothing is the item listed empty, or script-filled on a page a script fills', () => {
    expect(C.headingOverEmptyList.run(true, false, false, false)).toBe('placeholder');
    expect(C.headingOverEmptyList.run(true, false, false, true)).toBe('script-filled');
    // Text or links under the heading, or a concept that is not a list: nothing to say here.
    expect(C.headingOverEmptyList.run(true, true, false, false)).toBeNull();
    expect(C.headingOverEmptyList.run(true, false, true, false)).toBeNull();
    expect(C.headingOverEmptyList.run(false, false, false, false)).toBeNull();
  });
  it('requirement-heading-own-label', () => {
    const heading = '17 | MOIT 17 หน่วยงานมีการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567';
    expect(C.requirementHeadingOwnLabel.run(heading, 'มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน', 'text')).toBe(true);
    expect(C.requirementHeadingOwnLabel.run(heading, 'ดาวน์โหลด', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(heading, '1724118646', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run('O12 รายงานสรุปผลการจัดซื้อจัดจ้าง', 'ประจำเดือน ตุลาคม 2567', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run('แผนการจัดซื้อจัดจ้าง', 'มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน', 'text')).toBe(false);
    // A label's period words are no part of its sentence: a short title with its year is still named by the heading.
    const moit18 = 'MOIT 18 หน่วยงานมีการปฏิบัติตามมาตรการป้องกันการทุจริต (การควบคุมความเสี่ยงการทุจริต)';
    expect(C.requirementHeadingOwnLabel.run(moit18, 'มาตรการควบคุมความเสี่ยง ปี 2568', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(moit18, 'มาตรการควบคุมความเสี่ยง (ปี 2566)', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(moit18, 'มาตรการควบคุมความเสี่ยง ประจำปีงบประมาณ พ.ศ. 2568', 'text')).toBe(false);
    expect(C.requirementHeadingOwnLabel.run(moit18, 'มีแบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปี 2568', 'text')).toBe(true);
  });
  it('heading-of-generic-button', () => {
    expect(C.headingOfGenericButton.run(true, true, false)).toBe(true);
    expect(C.headingOfGenericButton.run(true, true, true)).toBe(false);
    expect(C.headingOfGenericButton.run(true, false, false)).toBe(false);
    expect(C.headingOfGenericButton.run(false, true, false)).toBe(false);
  });
  it('index-row-on-ita-page', () => {
    expect(C.indexRowOnItaPage.run('การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568', 'แผนการจัดซื้อจัดจ้าง | ไม่มีลิงก์')).toBe(true);
    expect(C.indexRowOnItaPage.run('ข่าวประชาสัมพันธ์', 'O12 รายงานผลการจัดซื้อจัดจ้าง')).toBe(true);
    expect(C.indexRowOnItaPage.run('ข่าวประชาสัมพันธ์', 'แผนการจัดซื้อจัดจ้าง')).toBe(false);
  });
  it('ita-row-title: a coded row, or any row on an ITA page, names what its links are for', () => {
    expect(C.itaRowTitle.run('ข่าวประชาสัมพันธ์', 'O18', 'แผนการใช้จ่ายงบประมาณประจำปี')).toBe(true);
    expect(C.itaRowTitle.run('การเปิดเผยข้อมูลสาธารณะ (OIT)', '', 'ข้อมูลผู้บริหาร')).toBe(true);
    expect(C.itaRowTitle.run('ข่าวประชาสัมพันธ์', '', 'ข้อมูลผู้บริหาร')).toBe(false);
    expect(C.itaRowTitle.run('การเปิดเผยข้อมูลสาธารณะ (OIT)', 'O18', '')).toBe(false);
  });
  it('ita-row-code-tiebreak: the code picks among the concepts the title names, never adds one', () => {
    expect(C.rowCodeTiebreak.run(['budget-plan', 'operation-plan'], ['budget-plan'])).toEqual(['budget-plan']);
    expect(C.rowCodeTiebreak.run(['no-gift-declaration'], ['integrity-declaration'])).toEqual(['no-gift-declaration']);
    expect(C.rowCodeTiebreak.run([], ['integrity-declaration'])).toEqual([]);
  });
  it('ita-row-code-only: a code whose item nothing in the row names is only a hint', () => {
    expect(C.rowCodeOnly.run(['integrity-declaration'], ['no-gift-declaration'], false)).toEqual(['integrity-declaration']);
    expect(C.rowCodeOnly.run(['integrity-declaration'], [], false)).toEqual(['integrity-declaration']);
    expect(C.rowCodeOnly.run(['ita-to-development', 'integrity-measures'], ['integrity-measures'], false)).toEqual([]);
    expect(C.rowCodeOnly.run([], ['news'], false)).toEqual([]);
    // the row names another item of this checklist: a table numbered for another year, the code says nothing
    expect(C.rowCodeOnly.run(['procurement-plan'], ['operation-plan'], true)).toEqual([]);
  });
  it('template-filler-only', () => {
    expect(C.templateFillerOnly.run(true, 0)).toBe(true);
    expect(C.templateFillerOnly.run(true, 4)).toBe(false);
    expect(C.templateFillerOnly.run(false, 0)).toBe(false);
  });
  it("placeholder-person-names: cards still carrying a template's placeholder name list the team in part", () => {
    expect(C.placeholderPersonNames.run('ที่ปรึกษา ตำบลเกวียนหัก ชื่อ-นามสกุล 999-9999990 นายกเทศมนตรี นายพราหมณ์ มุกดาสนิท รองนายก ชื่อ-นามสกุล')).toBe(true);
    expect(C.placeholderPersonNames.run('ผู้อำนวยการโรงเรียน นาย/นาง/นางสาว ชื่อ นามสกุล')).toBe(true);
    expect(C.placeholderPersonNames.run('Firstname Lastname Director')).toBe(true);
    // One field label of a form is no card.
    expect(C.placeholderPersonNames.run('นายกเทศมนตรี นายสมชาย ใจดี แบบฟอร์มติดต่อ ชื่อ-นามสกุล อีเมล ข้อความ')).toBe(false);
  });
  it('channel-links-dead: a channel page whose every content link answers 404/410 lists the channel with nothing behind it', () => {
    expect(C.channelLinksDead.run(6, 6)).toBe(true);
    expect(C.channelLinksDead.run(6, 5)).toBe(false);
    expect(C.channelLinksDead.run(0, 0)).toBe(false);
  });
  it('dated-by-own-section', () => {
    expect(C.datedByOwnSection.run(false, 6, 1)).toBe(true);
    // A page about the concept (its title or first heading names it), or with one other heading, keeps all its dates.
    expect(C.datedByOwnSection.run(true, 6, 1)).toBe(false);
    expect(C.datedByOwnSection.run(false, 2, 1)).toBe(false);
    expect(C.datedByOwnSection.run(false, 6, 0)).toBe(false);
  });
  it('social-invitation: a call to register or join is no account', () => {
    expect(C.socialInvitation.run('ลงทะเบียน คลิ๊กที่นี่')).toBe(true);
    expect(C.socialInvitation.run('เข้าร่วมกลุ่ม')).toBe(true);
    expect(C.socialInvitation.run('Join our community')).toBe(true);
    expect(C.socialInvitation.run('Facebook ภาควิชาพืชสวน')).toBe(false);
    expect(C.socialInvitation.run('ติดตามข่าวสารการลงทะเบียนเรียน')).toBe(false);
    expect(C.socialInvitation.run('')).toBe(false);
  });
  it('social-account-of-another-body', () => {
    expect(C.socialAccountOfAnotherBody.run('สหกรณ์ออมทรัพย์วช.')).toBe(true);
    expect(C.socialAccountOfAnotherBody.run('ชมรมจริยธรรม โรงพยาบาล')).toBe(true);
    expect(C.socialAccountOfAnotherBody.run('KU Alumni')).toBe(true);
    // A faculty journal's page, named by its address (real122).
    expect(C.socialAccountOfAnotherBody.run('journal-of-social-sciences-and-humanities-วารสารสังคมศาสตร์และมนุษยศาสตร์-1438196726446087')).toBe(true);
    expect(C.socialAccountOfAnotherBody.run('Facebook สำนักงานการวิจัยแห่งชาติ')).toBe(false);
    expect(C.socialAccountOfAnotherBody.run('')).toBe(false);
  });
  it('channel-under-channel-heading', () => {
    // 'ติดต่อร้องเรียน ระดับคณะ' (a complaint line) under 'ช่องทางการรับฟังความคิดเห็น': one of the opinion channels listed.
    expect(C.channelUnderChannelHeading.run(true, true)).toBe(true);
    // A document link ('คู่มือ…') under a channel heading, or a channel link under a document heading, stands for its own label only.
    expect(C.channelUnderChannelHeading.run(false, true)).toBe(false);
    expect(C.channelUnderChannelHeading.run(true, false)).toBe(false);
  });
  it('people-only-in-pictures', () => {
    // real75 property office: 'ผู้บริหาร' holds two pictures and no name in text.
    expect(C.peopleOnlyInPictures.run(['ผู้บริหาร'], 2)).toBe(true);
    // A name in text (a title of address, or an academic rank on its own card) is the list in text.
    expect(C.peopleOnlyInPictures.run(['ผู้อำนวยการ', 'นายสมชาย ใจดี'], 2)).toBe(false);
    expect(C.peopleOnlyInPictures.run(['รองศาสตราจารย์ สมชาย ใจดี', 'ผู้อำนวยการ'], 2)).toBe(false);
    // No picture of its own (people-without-photo decides), or pictures not recorded: not this check.
    expect(C.peopleOnlyInPictures.run(['ผู้บริหาร'], 0)).toBe(false);
    expect(C.peopleOnlyInPictures.run(['ผู้บริหาร'], undefined)).toBe(false);
  });
  it('assessment-indicator-title', () => {
    expect(C.assessmentIndicatorTitle.run('ตัวบ่งชี้ที่ 7.4 ระดับความสำเร็จในการเปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการพัฒนาหน่วยงาน')).toBe(true);
    expect(C.assessmentIndicatorTitle.run('ตัวบ่งชี้ 1.1 มีการกำหนดปรัชญา … แผนดำเนินงาน')).toBe(true);
    expect(C.assessmentIndicatorTitle.run('ระดับความสำเร็จของการดำเนินงานตามแผนปฏิบัติราชการ')).toBe(true);
    // ITA's own indicator headings and the items under them are not assessment criteria of another scheme.
    expect(C.assessmentIndicatorTitle.run('ตัวชี้วัดที่ 10 การป้องกันการทุจริต')).toBe(false);
    expect(C.assessmentIndicatorTitle.run('แผนปฏิบัติการประจำปี 2565')).toBe(false);
    expect(C.assessmentIndicatorTitle.run('รายงานระดับความสำเร็จของการดำเนินงาน')).toBe(false);
  });
  it('share-button', () => {
    expect(C.shareButton.run('external', 'https://www.facebook.com/sharer/sharer.php?u=http://council.ku.ac.th/490-2/')).toBe(true);
    expect(C.shareButton.run('external', 'https://twitter.com/intent/tweet?url=http://council.ku.ac.th/qa/')).toBe(true);
    expect(C.shareButton.run('external', 'https://plus.google.com/share?url=http://council.ku.ac.th/qa/')).toBe(true);
    expect(C.shareButton.run('external', 'https://www.facebook.com/scienceku')).toBe(false);
    // An own-host redirector carrying a document's address is a link to that document.
    expect(C.shareButton.run('document', 'http://example.go.th/link.php?url=http://example.go.th/plan.pdf')).toBe(false);
  });
  it('date-only-label', () => {
    const day = (raw: string): DatedMention => ({ start: 0, end: raw.length, raw, year: 2018, month: 3, day: 16, precision: 'day', era: 'CE', source: 'link-label' });
    expect(C.dateOnlyLabel.run('March 16, 2018March 16, 2018', [day('March 16, 2018'), day('March 16, 2018')])).toBe(true);
    expect(C.dateOnlyLabel.run('ประกาศรับสมัคร 16 มี.ค. 2561', [day('16 มี.ค. 2561')])).toBe(false);
    expect(C.dateOnlyLabel.run('ข่าว', [])).toBe(false);
  });
  it('layout-heading', () => {
    const repeated = new Set(['ประกาศ ระเบียบ ข้อบังคับ คำสั่ง']);
    expect(C.layoutHeading.run('ประกาศ ระเบียบ ข้อบังคับ คำสั่ง', repeated)).toBe(true);
    expect(C.layoutHeading.run('กฎหมายที่เกี่ยวข้อง', repeated)).toBe(false);
  });
  it('answers-without-asking', () => {
    // An FAQ page (named by a one-way term) with neither a working form nor a link to a web board or chat.
    expect(C.answersWithoutAsking.run(true, false, false)).toBe(true);
    expect(C.answersWithoutAsking.run(true, true, false)).toBe(false);
    expect(C.answersWithoutAsking.run(true, false, true)).toBe(false);
    // A page named 'กระดานถาม-ตอบ' is not one-way whatever it holds (other checks judge it).
    expect(C.answersWithoutAsking.run(false, false, false)).toBe(false);
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
    // A page whose list a script fills holds more than its empty links show.
    expect(C.containerHolds.run({ target: 'script-filled', hasOwnContent: false }, ['placeholder'])).toBe('script-filled');
    expect(C.containerHolds.run({ target: 'script-filled', hasOwnContent: false }, ['placeholder', 'ok'])).toBe('ok');
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
  it('period-list-label', () => {
    expect(PERIOD_LIST_LABEL.run('สรุปผลการจัดซื้อจัดจ้างรายเดือน/ไตรมาส/ปี')).toEqual([
      'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
      'สรุปผลการจัดซื้อจัดจ้างรายไตรมาส',
      'สรุปผลการจัดซื้อจัดจ้างประจำปี',
    ]);
    expect(PERIOD_LIST_LABEL.run('รายงานผลการดำเนินงานรอบ 6 เดือน / ประจำปี 2567')).toEqual(['รายงานผลการดำเนินงานรอบ 6 เดือน 2567', 'รายงานผลการดำเนินงานประจำปี 2567']);
    expect(PERIOD_LIST_LABEL.run('แผนดำเนินงาน/งบประมาณประจำปี')).toEqual([]);
    expect(PERIOD_LIST_LABEL.run('สขร.1 ต.ค./พ.ย. 2567')).toEqual([]);
  });
});

describe('weak-label-unconfirmed', () => {
  it('a reworded menu label names a working page only when that page shows the concept by a full term', () => {
    expect(C.weakLabelUnconfirmed.run(true, 'ok', false)).toBe(true);
    expect(C.weakLabelUnconfirmed.run(true, 'ok', true)).toBe(false);
    // An empty or broken link it names stays listed (incomplete); a full term never needs confirming.
    expect(C.weakLabelUnconfirmed.run(true, 'broken', false)).toBe(false);
    expect(C.weakLabelUnconfirmed.run(true, 'placeholder', false)).toBe(false);
    expect(C.weakLabelUnconfirmed.run(false, 'ok', false)).toBe(false);
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

  it('person-card: a name over the top position of a public body, each its own short block', () => {
    expect(C.personCard.run(['E-service', 'นายสุเทพ กรัสประพันธฺ์', 'นายกเทศมนตรีตำบลแสนภูดาษ'])).toBe(true);
    expect(C.personCard.run(['นางสาวสมใจ ใจดี', 'นายกองค์การบริหารส่วนตำบลบ้านสวน'])).toBe(true);
    expect(C.personCard.run(['ดร.สมชาย รักดี', 'ผู้อำนวยการโรงพยาบาลบ้านไร่'])).toBe(true);
    // An academic rank before the title, or alone ('รศ.ดร.…', 'ผศ.…', 'รองศาสตราจารย์ ดร.…'): a faculty's dean.
    expect(C.personCard.run(['รศ.ดร.อิทธิพล แจ้งชัด', 'คณบดีคณะวิทยาศาสตร์'])).toBe(true);
    expect(C.personCard.run(['ผศ.วิสันต์ ตั้งวงษ์เจริญ', 'คณบดีคณะวิทยาศาสตร์'])).toBe(true);
    expect(C.personCard.run(['รองศาสตราจารย์ ดร.วิโรจ อิ่มพิทักษ์', 'อธิการบดี'])).toBe(true);
    // A theme that prints the name in quotes ('"แพทย์หญิง จีรภา โพธิ์พรม"', a MOPH hospital's chart page).
    expect(C.personCard.run(['"แพทย์หญิง จีรภา โพธิ์พรม"', 'รักษาการในตำแหน่ง ผู้อำนวยการโรงพยาบาลชุมตาบง'])).toBe(true);
    // heads of bodies that are not local government (real7 maesot-prison-2567 O2)
    expect(C.personCard.run(['นายศุภชัย ศรีกอง', 'ผู้บัญชาการเรือนจำอำเภอแม่สอด'])).toBe(true);
    expect(C.personCard.run(['พันเอก อภิชาต สุวาส', 'ผู้อำนวยการโรงพยาบาลค่ายกฤษณ์สีวะรา'])).toBe(true);
    expect(C.personCard.run(['ผู้อำนวยการโรงเรียน', 'นายประดิษฐ์ โพธิกลาง'])).toBe(true);
    expect(C.personCard.run(['นายถวิล สกุนินนท์', 'ตำหน่ง: ผู้อำนวยการโรงเรียน'])).toBe(true);
    expect(C.personCard.run(['นายถวิล สกุนินนท์', 'ตำแหน่ง ผู้อำนวยการโรงเรียน'])).toBe(true);
    expect(C.personCard.run(['นายถวิล สกุนินนท์', 'ตำแหน่ง: ครูชำนาญการ'])).toBe(false);
    expect(C.personCard.run(['ผู้อำนวยการโรงเรียน', 'ประวัติโรงเรียน'])).toBe(false);
    expect(C.personCard.run(['พ.ต.อ.สมชาย ใจดี', 'ผู้กำกับการสถานีตำรวจภูธรเมืองเลย'])).toBe(true);
    expect(C.personCard.run(['พันตำรวจเอกหญิง สมศรี ใจดี', 'ผู้กำกับการสถานีตำรวจภูธรเมืองเลย'])).toBe(true);
    expect(C.personCard.run(['นายแพทย์นพดล บุญเฉลย', 'รักษาการในตำแหน่ง ผู้อำนวยการโรงพยาบาลพร้าว'])).toBe(true);
    expect(C.personCard.run(['นางสาวสมใจ ใจดี', 'รักษาการแทน ปลัดองค์การบริหารส่วนตำบลบ้านสวน'])).toBe(true);
    expect(C.personCard.run(['นางสาวสมใจ ใจดี', 'รักษาการ เจ้าหน้าที่ธุรการ'])).toBe(false);
    expect(C.personCard.run(['นายสมชาย ใจดี', 'นายอำเภอเมืองลำปาง'])).toBe(true);
    // Heads of a ministry's provincial and district offices, titled by office and area (real19 angthong-land-office-2569 O2).
    expect(C.personCard.run(['นายประภัสร์ รื่นภาคเพ็ชร', 'เจ้าพนักงานที่ดินจังหวัดอ่างทอง'])).toBe(true);
    expect(C.personCard.run(['นายสมชาย ใจดี', 'เกษตรจังหวัดลำปาง'])).toBe(true);
    expect(C.personCard.run(['นายแพทย์สมชาย ใจดี', 'นายแพทย์สาธารณสุขจังหวัดน่าน'])).toBe(true);
    expect(C.personCard.run(['นางสมศรี ใจดี', 'สาธารณสุขอำเภอเถิน'])).toBe(true);
    // The office itself under a name is no post.
    expect(C.personCard.run(['นายสมชาย ใจดี', 'สำนักงานที่ดินจังหวัดอ่างทอง'])).toBe(false);
    // A hospital director is a doctor: a medical title of address ("พญ.", "นพ.", "นายแพทย์") glued to the name.
    expect(C.personCard.run(['พญ.นฤนาท จอมภาปิน', 'ผู้อำนวยการโรงพยาบาลเถิน'])).toBe(true);
    expect(C.personCard.run(['นพ. สมชาย ใจดี', 'ผู้อำนวยการโรงพยาบาลบ้านไร่'])).toBe(true);
    expect(C.personCard.run(['นายแพทย์สมชาย ใจดี', 'ผู้อำนวยการโรงพยาบาลบ้านไร่'])).toBe(true);
    expect(C.personCard.run(['พญ.นฤนาท จอมภาปิน', 'กุมารแพทย์'])).toBe(false);
    // a sentence of news that mentions the mayor is no card
    expect(C.personCard.run(['นายปรีชา คชวงษ์ นายกองค์การบริหารส่วนตำบลไผ่ขวาง ได้มอบหมายให้ นายวิทยา ศิริเลิศ'])).toBe(false);
    // a name over a position that is not the top of the body, or a position without a name
    expect(C.personCard.run(['นายสมศักดิ์ ใจงาม', 'นักวิเคราะห์นโยบายและแผน'])).toBe(false);
    expect(C.personCard.run(['คณะผู้บริหาร', 'นายกเทศมนตรีตำบลแสนภูดาษ'])).toBe(false);
    expect(C.personCard.run([])).toBe(false);
  });

  it('split-name-card: a name broken by a line break is one name (real11 chaiyaphum O2)', () => {
    expect(C.splitNameCard.run(['นายบรรยงค์', 'เกียรติก้องชูชัย', 'นายกเทศมนตรีเมืองชัยภูมิ']).map((b) => b.text)).toEqual(['นายบรรยงค์ เกียรติก้องชูชัย', 'นายกเทศมนตรีเมืองชัยภูมิ']);
    expect(C.personCard.run(['นายบรรยงค์', 'เกียรติก้องชูชัย', 'นายกเทศมนตรีเมืองชัยภูมิ'])).toBe(true);
    // a position is not a given name, and a sentence is not a family name
    expect(C.splitNameCard.run(['นายกเทศมนตรี', 'เมืองชัยภูมิ']).map((b) => b.text)).toEqual(['นายกเทศมนตรี', 'เมืองชัยภูมิ']);
    expect(C.splitNameCard.run(['นายสมชาย', 'ได้รับมอบหมาย ให้ดำเนินการ']).map((b) => b.text)).toEqual(['นายสมชาย', 'ได้รับมอบหมาย ให้ดำเนินการ']);
    expect(C.personCard.run(['นายสมชาย', 'นายกเทศมนตรีเมืองชัยภูมิ'])).toBe(false);
  });

  it('phone-only: a labelled phone on the start page and no address or e-mail anywhere (real11 chaiyaphum O3)', () => {
    const phone = [{ kind: 'phone' as const, value: '044-811-378' }];
    expect(C.phoneOnly.run(['งานประชาสัมพันธ์ เทศบาลเมืองชัยภูมิ', 'โทร: 044-811-378'], phone, false)).toBe(true);
    // an address or e-mail elsewhere: the footer rules decide
    expect(C.phoneOnly.run(['โทร: 044-811-378'], phone, true)).toBe(false);
    // a bare tel: link beside a person (not in the page's text with a phone label) is no body contact (real8 thapprik O3)
    expect(C.phoneOnly.run(['นายสมชาย ใจดี', 'นายกองค์การบริหารส่วนตำบลทับพริก'], [{ kind: 'phone', value: '098-509-2706' }], false)).toBe(false);
    // email-only: an e-mail on the start page (a mailto: envelope icon) and no address or phone anywhere is the item in part.
    expect(C.emailOnly.run([{ kind: 'email', value: 'fse-csc@ku.th' }], false)).toBe(true);
    expect(C.emailOnly.run([{ kind: 'email', value: 'fse-csc@ku.th' }], true)).toBe(false);
    expect(C.emailOnly.run([{ kind: 'facebook', value: 'https://www.facebook.com/x' }], false)).toBe(false);
    expect(C.phoneOnly.run([], [], false)).toBe(false);
  });

  it('placeholder-phone: a template number in the phone slot (real8 somdet O3)', () => {
    expect(C.placeholderPhone.run(['ตำบลสมเด็จ อำเภอสมเด็จ', 'โทร: 043-xxx-xxx', 'Email: info@sdh.go.th'])).toBe(true);
    expect(C.placeholderPhone.run(['Tel. 0xx-xxx-xxxx'])).toBe(true);
    expect(C.placeholderPhone.run(['โทร: 043-811-378', 'โทรสาร 043-811-379'])).toBe(false);
  });

  it('few-pages-footer: fewer pages than a footer must repeat on', () => {
    expect(C.fewPagesFooter.run(1)).toBe(true);
    expect(C.fewPagesFooter.run(2)).toBe(true);
    expect(C.fewPagesFooter.run(3)).toBe(false);
  });

  it('contact-other-organisation: contacts under another local body than the site names itself', () => {
    const own = ['พระอาจารย์', 'องค์การบริหารส่วนตำบลพระอาจารย์'];
    const footer = ['องค์การบริหารส่วนตำบลเสม็ดใต้', 'เลขที่ 111 หมู่ที่ 4 ตำบลเสม็ดใต้', 'โทรศัพท์ : 0-3858-4130'];
    expect(C.contactOfOtherOrganisation.run(own, footer)).toBe(true);
    // the long and the short form of one body are the same body
    expect(C.contactOfOtherOrganisation.run(['อบต.เสม็ดใต้'], footer)).toBe(false);
    expect(C.contactOfOtherOrganisation.run(['เทศบาลตำบลแสนภูดาษ'], ['เทศบาลตำบลแสนภูดาษ', '103 หมู่ 3 ตำบลแสนภูดาษ'])).toBe(false);
    // nothing to compare: a site that names no body, or contacts under no body's name
    expect(C.contactOfOtherOrganisation.run(['หน้าแรก'], footer)).toBe(false);
    expect(C.contactOfOtherOrganisation.run(own, ['หมู่ที่ 4 ตำบลบ้านนา โทร. 054-123456'])).toBe(false);
  });
  it('section-is-requirement: the criterion printed under an ITA row is not the item (real7 kpic-college-2568 O2)', () => {
    const printed = 'ข้อมูลของผู้ผู้อำนวยการสถานศึกษาและรองผู้อำนวยการสถานศึกษา ประกอบด้วย ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย ช่องทางการติดต่อ 👥 ดูข้อมูลผู้บริหาร';
    expect(C.sectionIsRequirement.run(printed, false)).toBe(true);
    expect(C.sectionIsRequirement.run('ข้อมูลสถิติการให้บริการ ที่มีข้อมูลครอบคลุมในระยะเวลา 6 เดือนแรกของปีงบประมาณปัจจุบัน', false)).toBe(true);
    // the executives themselves: a name, or a phone number, is data
    expect(C.sectionIsRequirement.run('นายสมชาย ใจดี ผู้อำนวยการ ประกอบด้วย ฝ่ายบริหาร 4 ฝ่าย', false)).toBe(false);
    expect(C.sectionIsRequirement.run('ผู้บริหาร ประกอบด้วย นายก รองนายก โทร 081-234-5678', true)).toBe(false);
    // no criterion wording
    expect(C.sectionIsRequirement.run('ผู้อำนวยการโรงพยาบาล นายแพทย์ ดิเรก อกิญจนานนท์', false)).toBe(false);
  });
  it('ita-heading-without-document: an item heading alone on an ITA page is listed without a document (real7 ktltc-college-2566)', () => {
    const ita = 'ITA คืออะไร ? O1 โครงสร้าง คลิก';
    expect(C.itaHeadingWithoutDocument.run(ita, 'O1 โครงสร้าง คลิก', null)).toBe(true);
    expect(C.itaHeadingWithoutDocument.run(ita, 'MOIT 5 แผนการจัดซื้อจัดจ้าง', { text: 'คลิก' })).toBe(true);
    // a row with a link or text of its own, a heading with no item code, a page that is not an ITA page
    expect(C.itaHeadingWithoutDocument.run(ita, 'O1 โครงสร้าง', { text: 'ดาวน์โหลด', linked: true })).toBe(false);
    expect(C.itaHeadingWithoutDocument.run(ita, 'O1 โครงสร้าง', { text: 'แผนผังโครงสร้างส่วนราชการ สำนักปลัด กองคลัง กองช่าง' })).toBe(false);
    expect(C.itaHeadingWithoutDocument.run(ita, 'ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน', null)).toBe(false);
    expect(C.itaHeadingWithoutDocument.run('หน้าแรก ข่าวประชาสัมพันธ์', 'O1 โครงสร้าง', null)).toBe(false);
  });
  it('placeholder-named-by-heading: an empty button also lists the items its heading names (real7 kpic-college-2568 O21)', () => {
    expect(C.placeholderNamedByHeading.run(true, false, 'no-gift', ['integrity-intent'])).toBe(true);
    expect(C.placeholderNamedByHeading.run(true, false, 'no-gift', ['no-gift'])).toBe(false);
    // a working link is named by its own label; a menu toggle names nothing
    expect(C.placeholderNamedByHeading.run(false, false, 'no-gift', [])).toBe(false);
    expect(C.placeholderNamedByHeading.run(true, true, 'no-gift', [])).toBe(false);
  });
});

describe('latin-whole-word', () => {
  const news = latinWordPattern('news');
  const contactUs = latinWordPattern('contact us');
  it('builds a pattern only for terms written in Latin letters', () => {
    expect(latinWordPattern('ข่าวประชาสัมพันธ์')).toBeNull();
    expect(latinWordPattern('ประกาศเจตนารมณ์ no gift')).toBeNull();
    expect(latinWordPattern('2567')).toBeNull();
    expect(news).not.toBeNull();
  });
  it('matches whole words and their plural, not a word that merely starts with the term', () => {
    expect(LATIN_WHOLE_WORD.run('latest news', news!)).toBe(true);
    expect(LATIN_WHOLE_WORD.run('ข่าวสาร news', news!)).toBe(true);
    expect(LATIN_WHOLE_WORD.run('our newsletter', news!)).toBe(false);
    expect(LATIN_WHOLE_WORD.run('newspaper', news!)).toBe(false);
    expect(LATIN_WHOLE_WORD.run('e-services', latinWordPattern('e-service')!)).toBe(true);
    expect(LATIN_WHOLE_WORD.run('contact us', contactUs!)).toBe(true);
    expect(LATIN_WHOLE_WORD.run('contactus', contactUs!)).toBe(true);
    expect(LATIN_WHOLE_WORD.run('www.facebook.com/page', latinWordPattern('facebook')!)).toBe(true);
  });
  it('keeps a matcher from reading "Our Newsletter" as news', () => {
    const match = createConceptMatcher([Concept.parse({ id: 'news', name: 'News', terms: ['News'] })]);
    expect(match('Our Newsletter')).toEqual([]);
    expect(match('Latest News')).toHaveLength(1);
  });
});

describe('list-entry-tail: a weak term closing a short menu entry that lists topics (real124)', () => {
  it('after a space, a slash or และ, in a short label', () => {
    expect(LIST_ENTRY_TAIL.run('ปณิธาน วิสัยทัศน์ และ', 29)).toBe(true);
    expect(LIST_ENTRY_TAIL.run('วิสัยทัศน์/พันธกิจ/', 26)).toBe(true);
    expect(LIST_ENTRY_TAIL.run('คณะกรรมการ', 20)).toBe(false);
    expect(LIST_ENTRY_TAIL.run('', 10)).toBe(false);
    expect(LIST_ENTRY_TAIL.run('การประชุมเชิงปฏิบัติการเพื่อทบทวนและปรับปรุง ', 60)).toBe(false);
  });
  it('matches weakly, only where the term ends the entry', () => {
    const m = createConceptMatcher([Concept.parse({ id: 'development-plan', name: 'x', terms: ['แผนยุทธศาสตร์'], weakTerms: ['ยุทธศาสตร์'] })]);
    expect(m('ปณิธาน วิสัยทัศน์ และยุทธศาสตร์')).toEqual([expect.objectContaining({ conceptId: 'development-plan', weak: true })]);
    expect(m('คณะกรรมการยุทธศาสตร์')).toEqual([]);
    expect(m('ยุทธศาสตร์ และวิสัยทัศน์ของคณะ ที่ผ่านการประชุม')).toEqual([]);
  });
});

describe('heading-is-sentence (real122)', () => {
  it('a long heading naming the item only well inside is a sentence; a title opening with other words is not', () => {
    expect(C.headingIsSentence.run(100, 160)).toBe(true);
    expect(C.headingIsSentence.run(13, 45)).toBe(false);
    expect(C.headingIsSentence.run(10, 120)).toBe(false);
  });
});

describe('weak-tail-without-date', () => {
  it('does not count a closing date or period as other words after a weak term', () => {
    expect(WEAK_TAIL_WITHOUT_DATE.run('ปีงบประมาณ พ.ศ. 2569')).toBe(0);
    expect(WEAK_TAIL_WITHOUT_DATE.run(' ของโรงพยาบาล ประจำปี 2569 ')).toBe('ของโรงพยาบาล'.length);
    expect(WEAK_TAIL_WITHOUT_DATE.run('ปี 2569 และการอบรมบุคลากรทั้งหมด')).toBe('ปี 2569 และการอบรมบุคลากรทั้งหมด'.length);
  });
  it('lets a weak term name a label that ends in a long period phrase', () => {
    const m = createConceptMatcher([Concept.parse({ id: 'ethics-code', name: 'x', terms: ['ประมวลจริยธรรม'], weakTerms: ['จริยธรรม'] })]);
    expect(m('จริยธรรมปีงบประมาณ พ.ศ. 2569').map((x) => x.conceptId)).toEqual(['ethics-code']);
    expect(m('จริยธรรมและการอบรมบุคลากรของหน่วยงาน').map((x) => x.conceptId)).toEqual([]);
  });
});

describe('topic-after-kind-term', () => {
  it('reads a topic right after a kind of document as a programme, a period, year or organisation as the body\'s own', () => {
    expect(TOPIC_AFTER_KIND_TERM.run('ป้องกันและบรรเทาสาธารณภัยประจำปี2569')).toBe(true);
    expect(TOPIC_AFTER_KIND_TERM.run('ขับเคลื่อนชมรมจริยธรรมปี2567')).toBe(true);
    expect(TOPIC_AFTER_KIND_TERM.run('ประจำปีงบประมาณพ.ศ.2569')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('2569')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('/แผนการใช้จ่ายงบประมาณ')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('และการใช้จ่ายงบประมาณ')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('เทศบาลตำบลท่าศาลา')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('ฯ-ปี-2567')).toBe(false);
    // A fund, a committee or a division is not the organisation; the organisation's kind of body is.
    expect(TOPIC_AFTER_KIND_TERM.run('กองทุนหลักประกันสุขภาพประจำปี2568')).toBe(true);
    expect(TOPIC_AFTER_KIND_TERM.run('คณะกรรมการชุมชน')).toBe(true);
    expect(TOPIC_AFTER_KIND_TERM.run('กองช่าง')).toBe(true);
    expect(TOPIC_AFTER_KIND_TERM.run('คณะเกษตรปี2565')).toBe(false);
    expect(TOPIC_AFTER_KIND_TERM.run('ตามแผนพัฒนาท้องถิ่นปี2568')).toBe(false);
  });
  it('keeps a programme\'s plan from passing as the annual operation plan', () => {
    const m = createConceptMatcher([
      Concept.parse({ id: 'operation-plan', name: 'x', terms: ['แผนปฏิบัติการ', 'แผนดำเนินงาน', 'แผนปฏิบัติงาน*ประจำปี'], kindTerms: ['แผนปฏิบัติการ', 'แผนดำเนินงาน', 'แผนปฏิบัติงาน*ประจำปี'] }),
    ]);
    expect(m('แผนปฏิบัติการป้องกันและบรรเทาสาธารณภัย ประจำปี 2569')).toEqual([]);
    expect(m('แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569')).toMatchObject([{ conceptId: 'operation-plan' }]);
    expect(m('แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569')[0]?.weak).toBeUndefined();
    expect(m('แผนปฏิบัติการ อบต.หนองบัว 2569')[0]?.weak).toBeUndefined();
    // A short topic at the start of a label still names the kind, but only weakly (its target must confirm it).
    expect(m('แผนปฏิบัติการดิจิทัล')).toMatchObject([{ conceptId: 'operation-plan', weak: true }]);
    expect(m('แผนปฏิบัติงานรณรงค์ป้องกันโรคพิษสุนัขบ้า ประจำปี 2553')).toMatchObject([{ weak: true }]);
    expect(m('แผนปฏิบัติงานของ อบต. ประจำปี 2569')[0]?.weak).toBeUndefined();
    // A menu label printed twice (Thai and 'English' spans): the occurrence the label ends with names the kind alone.
    expect(m('ยุทธศาสตร์ แผนปฏิบัติการ ยุทธศาสตร์ แผนปฏิบัติการ')[0]?.weak).toBeUndefined();
  });
  it('rejects kindTerms that are not terms', () => {
    expect(() => ConceptFile.parse({ concepts: [{ id: 'operation-plan', name: 'x', terms: ['แผนดำเนินงาน'], kindTerms: ['แผนปฏิบัติการ'] }] })).toThrow(/not one of the concept's terms/);
  });
});

describe('row-text-is-title', () => {
  it('is the check row-text-is-title', () => expect(C.rowTextIsTitle.id).toBe('row-text-is-title'));
  it('a term near the start of a row, or anywhere in a short row, names the row\'s link', () => {
    expect(C.rowTextIsTitle.run(false, 0, 400)).toBe(true);
    expect(C.rowTextIsTitle.run(false, 80, 400)).toBe(true);
    expect(C.rowTextIsTitle.run(false, 120, 160)).toBe(true);
  });
  it('a term deep in a paragraph of prose does not (real90: a leaflet explaining a certificate request before a "click here" link)', () => {
    expect(C.rowTextIsTitle.run(false, 187, 360)).toBe(false);
    expect(C.rowTextIsTitle.run(false, 81, 161)).toBe(false);
    // a table row keeps its whole text: an index row's cells, a legacy page laid out as one row
    expect(C.rowTextIsTitle.run(true, 313, 333)).toBe(true);
  });
});
