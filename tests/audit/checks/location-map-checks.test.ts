import { describe, expect, it } from 'vitest';
import { builtInConcepts } from '../../../lib/checklist/built-in-checklists.ts';
import { createConceptMatcher } from '../../../lib/audit/concept-matcher.ts';
import { EVIDENCE_CHECKS as C, EVIDENCE_VERDICT_CHECKS } from '../../../lib/audit/checks/index.ts';
import type { MapPage } from '../../../lib/audit/checks/evidence-checks.ts';
import type { LinkRecord } from '../../../lib/snapshot/page-snapshot.ts';

const mapConcept = builtInConcepts.concepts.filter((c) => c.id === 'location-map');
const matchMap = createConceptMatcher(mapConcept, builtInConcepts.properNames);
const named = (text: string): boolean => text !== '' && matchMap(text).length > 0;
const never = (): boolean => false;

const link = (label: string, url: string | null, extra: Partial<LinkRecord> = {}): LinkRecord => ({
  href: url ?? '#',
  url,
  kind: url === null ? 'placeholder' : url.startsWith('https://example.go.th') ? 'page' : 'external',
  origin: 'a',
  label,
  labelSource: 'text',
  context: '',
  heading: '',
  dates: [],
  ...extra,
});
const page = (p: Partial<MapPage>): MapPage => ({ contacts: [], links: [], headings: [], prose: [], ...p });

describe('concept location-map (concepts.json)', () => {
  it('names a location map, not a site map, a tax map, a strategy map or a roadmap', () => {
    for (const t of ['แผนที่', 'แผนที่ตั้ง', 'แผนที่โรงเรียน', 'แผนที่ตั้งสำนักงาน', 'Google Map', 'ติดต่อ/แผนที่', 'map']) expect(named(t), t).toBe(true);
    for (const t of ['แผนผังเว็บไซต์', 'แผนที่เว็บไซต์', 'Sitemap', 'แผนที่ภาษีและทะเบียนทรัพย์สิน', 'แผนที่ยุทธศาสตร์', 'แผนที่นำทาง (Roadmap)', 'แผนงาน', 'ที่อยู่', 'ค้นหาแผนที่สำนักงาน']) expect(named(t), t).toBe(false);
  });
  it('is a part only: no checklist item lists it as its evidence', () => {
    expect(mapConcept[0]?.partOnly).toBe(true);
  });
});

describe('location-map-shown', () => {
  it('an embedded or linked map (a map contact of the page)', () => {
    expect(C.locationMapShown.run(page({ contacts: [{ kind: 'map', value: 'https://www.google.com/maps/embed?pb=1' }] }), named, never)).toBe('https://www.google.com/maps/embed?pb=1');
  });
  it('a working link named for a map; not one that is empty or broken', () => {
    expect(C.locationMapShown.run(page({ links: [link('แผนที่ตั้ง', 'https://example.go.th/map.php')] }), named, never)).toBe('แผนที่ตั้ง');
    expect(C.locationMapShown.run(page({ links: [link('แผนที่โรงเรียน', null)] }), named, never)).toBeNull();
    expect(C.locationMapShown.run(page({ links: [link('แผนที่ตั้ง', 'https://example.go.th/map.php')] }), named, (u) => u.endsWith('map.php'))).toBeNull();
    expect(C.locationMapShown.run(page({ links: [link('แผนผังเว็บไซต์', 'https://example.go.th/sitemap.php')] }), named, never)).toBeNull();
  });
  it('a picture named for a map by its alt, caption or file name; a heading or a short caption line', () => {
    expect(C.locationMapShown.run(page({ pictures: [{ src: '/img/a.jpg', name: 'แผนที่ตั้ง อบต.' }] }), named, never)).toBe('แผนที่ตั้ง อบต.');
    expect(C.locationMapShown.run(page({ pictures: [{ src: '/uploads/map_school.png', name: '' }] }), named, never)).toBe('map school');
    // A file named for a map whatever its alt says ('ติตต่อคณะ' over images/mapview.jpg, real43 psu-ttmed O5); not a site map or a road map.
    expect(C.locationMapShown.run(page({ pictures: [{ src: 'images/mapview.jpg', name: 'ติตต่อคณะ' }] }), named, never)).toBe('mapview');
    expect(C.locationMapShown.run(page({ pictures: [{ src: '/img/googlemap.png', name: '' }] }), named, never)).toBe('googlemap');
    expect(C.locationMapShown.run(page({ pictures: [{ src: '/img/sitemap.png', name: '' }, { src: '/img/roadmap.jpg', name: '' }] }), named, never)).toBeNull();
    // A heading or caption over something that could be the map: a frame (a map page of the site's own) or an unnamed picture.
    const frame = link('', 'https://example.go.th/img/AnimationMap/test.html', { origin: 'iframe' });
    expect(C.locationMapShown.run(page({ headings: ['ติดต่อเรา', 'แผนที่การเดินทาง'], links: [frame] }), named, never)).toBe('แผนที่การเดินทาง');
    expect(C.locationMapShown.run(page({ prose: ['แผนที่ตั้งสำนักงาน'], pictures: [{ src: '/uploads/2566/01/img_1234.jpg', name: '' }] }), named, never)).toBe('แผนที่ตั้งสำนักงาน');
    // Over a grey placeholder box with a dead button (real21 thunghuachang O3), or over only the site's logo: no map.
    expect(C.locationMapShown.run(page({ headings: ['แผนที่'], prose: ['แผนที่โรงพยาบาลทุ่งหัวช้าง'] }), named, never)).toBeNull();
    expect(C.locationMapShown.run(page({ headings: ['แผนที่'], pictures: [{ src: '/img/logo.png', name: '' }] }), named, never, new Set(['/img/logo.png']))).toBeNull();
  });
  it('nothing: an address and a phone, a long sentence that mentions a map in passing', () => {
    const sentence = 'องค์การบริหารส่วนตำบลจัดทำแผนที่แสดงเขตการปกครองเพื่อใช้ในการวางแผนพัฒนาท้องถิ่นประจำปี';
    expect(C.locationMapShown.run(page({ prose: ['ที่อยู่ 99 หมู่ 1 ตำบลบ้านสวน', sentence], headings: ['ติดต่อเรา'] }), named, never)).toBeNull();
  });
});

describe('contact-content-unreadable', () => {
  const frame = (url: string): LinkRecord => link('', url, { origin: 'iframe', labelSource: 'none' });
  it('a frame of a host not known to be a map, video or social feed, not read as a page of the site', () => {
    expect(C.contactContentUnreadable.run(page({ links: [frame('https://gis.example.org/view?id=1')] }), never)).toBe('https://gis.example.org/view?id=1');
    expect(C.contactContentUnreadable.run(page({ links: [frame('https://www.youtube.com/embed/x')] }), never)).toBeNull();
    expect(C.contactContentUnreadable.run(page({ links: [frame('https://www.facebook.com/plugins/page.php?href=x')] }), never)).toBeNull();
    // A Messenger chat plugin (read as an embed of messenger.com / m.me) is a chat, never a map.
    expect(C.contactContentUnreadable.run(page({ links: [frame('https://www.messenger.com/t/'), frame('https://m.me/475415592575845')] }), never)).toBeNull();
    expect(C.contactContentUnreadable.run(page({ links: [frame('https://example.go.th/map.php')] }), () => true)).toBeNull();
  });
  it('no picture: an unnamed photo on a contact page is no map (six corpora), nor a Flash movie', () => {
    expect(C.contactContentUnreadable.run(page({ pictures: [{ src: '/img/p1.jpg', name: '' }] }), never)).toBeNull();
    expect(C.contactContentUnreadable.run(page({ pictures: [{ src: 'pics/ku_building.jpg', name: '' }] }), never)).toBeNull();
    expect(C.contactContentUnreadable.run(page({ links: [frame('http://irc.firefoxplugin.info/audio.swf?id=1381039_0')] }), never)).toBeNull();
  });
});

describe('document-stands-whole', () => {
  it('a working document named for the item stands for all its parts (real10 kudrang-sso-2567 O5: the MOIT row 1.7 over a PDF)', () => {
    expect(C.documentStandsWhole.run('ok', true)).toBe(true);
  });
  it('not a page (its parts are looked for on it), nor a document that does not count', () => {
    expect(C.documentStandsWhole.run('ok', false)).toBe(false);
    expect(C.documentStandsWhole.run('broken', true)).toBe(false);
    expect(C.documentStandsWhole.run('placeholder', true)).toBe(false);
  });
});

describe('contact-needs-map', () => {
  const check = EVIDENCE_VERDICT_CHECKS.find((c) => c.id === 'contact-needs-map');
  if (!check) throw new Error('contact-needs-map missing');
  const run = check.run as (needsMap: boolean, map: { shown: string | null; unreadable: string | null }) => 'incomplete' | 'review' | null;
  it('contact details without a map are incomplete; with something unreadable on the contact page, review (real14 pcccr-school-2565 O5)', () => {
    expect(run(true, { shown: null, unreadable: null })).toBe('incomplete');
    expect(run(true, { shown: null, unreadable: '/img/p1.jpg' })).toBe('review');
  });
  it('a map shown, or an item that does not name one (EIT e6), is left as it is', () => {
    expect(run(true, { shown: 'แผนที่ตั้ง', unreadable: null })).toBeNull();
    expect(run(false, { shown: null, unreadable: null })).toBeNull();
  });
});

describe('contact-needs-phone-and-email and demo-contact', () => {
  const check = EVIDENCE_VERDICT_CHECKS.find((c) => c.id === 'contact-needs-phone-and-email');
  if (!check) throw new Error('contact-needs-phone-and-email missing');
  const run = check.run as (needsMap: boolean, shows: { phone: boolean; email: boolean; fax?: boolean }, documentStandsWhole: boolean) => ('phone' | 'email' | 'fax')[] | null;
  it('an address and a map with no phone or e-mail anywhere are incomplete, naming both (real16 school O5: blank phone and e-mail fields)', () => {
    expect(run(true, { phone: false, email: false }, false)).toEqual(['phone', 'email']);
  });
  it('each part the checklist names counts: a phone without an e-mail (real50), an e-mail beside a placeholder phone (real51)', () => {
    expect(run(true, { phone: true, email: false }, false)).toEqual(['email']);
    expect(run(true, { phone: false, email: true }, false)).toEqual(['phone']);
    expect(run(true, { phone: true, email: true }, false)).toBeNull();
  });
  it("the fax where the item's evidence names it (ITA 2565 O5 'โทรสาร'; real101: campuses' phones and a footer e-mail, no fax)", () => {
    expect(run(true, { phone: true, email: true, fax: false }, false)).toEqual(['fax']);
    expect(run(true, { phone: true, email: true, fax: true }, false)).toBeNull();
  });
  it('a working document standing for all parts, or an item that names no map (EIT), is left as it is', () => {
    expect(run(true, { phone: false, email: false }, true)).toBeNull();
    expect(run(false, { phone: false, email: false }, false)).toBeNull();
  });
  it("a template's sample e-mail is not the organisation's", () => {
    expect(C.demoContact.run('info@example.com', [])).toBe(true);
    expect(C.demoContact.run('contact@yourdomain.com', [])).toBe(true);
    expect(C.demoContact.run('contact@tivo.com', ['Contact: 22 Innovative, San Francisco, CA 94043, US contact@Tivo.com www.Tivo.com'])).toBe(true);
    expect(C.demoContact.run('saraban@nongkhai.go.th', ['ที่อยู่ 123 ถนนมีชัย อ.เมือง จ.หนองคาย 43000 saraban@nongkhai.go.th'])).toBe(false);
    expect(C.demoContact.run('abt.ban@gmail.com', [])).toBe(false);
  });
});

describe('contact-section-parts', () => {
  it("a 'contact us' section's own phone and e-mail, and the footer's, are the item's (real93: private dormitories' e-mails on the same page are not)", () => {
    const unit = 'contact us หน่วยที่พักอาศัย อาคารชุดพักอาศัย 1 (อาคาร 3) โทร. 042-725025 , 088-5108007 ในวัน–เวลาราชการเท่านั้น';
    expect(C.contactSectionParts.run([unit], new Set<string>())).toEqual({ phone: true, email: false, fax: false });
    expect(C.contactSectionParts.run([unit], new Set(['email:info@example.go.th', 'fax:02-579-0113']))).toEqual({ phone: true, email: true, fax: true });
    expect(C.contactSectionParts.run(['ติดต่อเรา ที่อยู่ 99 หมู่ 1 อีเมล saraban@example.go.th'], [])).toEqual({ phone: false, email: true, fax: false });
  });
});
