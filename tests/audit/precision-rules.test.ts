import { describe, expect, it } from 'vitest';
import { auditSite } from '../../lib/audit/audit-site.ts';
import { checkById } from '../../lib/audit/checks/index.ts';
import type { CrawlData } from '../../lib/audit/site-index.ts';
import { builtInConcepts, getChecklist } from '../../lib/checklist/built-in-checklists.ts';
import { Report } from '../../lib/report/report-schema.ts';
import { crawlFromHtml } from '../support/crawl-from-html.ts';

function audit(crawl: CrawlData, checklistId = 'ita-2568') {
  const checklist = getChecklist(checklistId);
  if (!checklist) throw new Error('bad test setup');
  return Report.parse(auditSite({ crawl, checklist, concepts: builtInConcepts.concepts, asOf: { year: 2025, month: 5, day: 15 }, generatedAt: '2026-01-01T00:00:00Z' }));
}
const item = (r: Report, id: string) => {
  const found = r.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const footer = '<footer>องค์การบริหารส่วนตำบลตัวอย่าง หมู่ที่ 3 ตำบลบ้านนา อำเภอเมือง จังหวัดแพร่ โทร. 054-123456 อีเมล saraban@tambon.go.th</footer>';
const page = (body: string, withFooter = true) => `<html><head><title>อบต.ตัวอย่าง</title></head><body>${body}${withFooter ? footer : ''}</body></html>`;

describe('audit rules for real-site wording', () => {
  it('linked-page-unconfirmed: a menu that sends many topics to one page of other topics passes none of them: missing, naming the link and page', () => {
    const menu = '<ul class="menu"><li><a href="/documents">คู่มือการปฏิบัติงาน</a></li><li><a href="/documents">แผนการบริหารและพัฒนาทรัพยากรบุคคล</a></li><li><a href="/documents">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li><li><a href="/documents">ประมวลจริยธรรม</a></li></ul>';
    const card = '<div class="card"><a href="/files/dev-plan.pdf">เอกสารแผนพัฒนาท้องถิ่น</a> อัปโหลดเมื่อ 19 ตุลาคม 2564</div>';
    const pages = { '/': page(menu), '/documents': page(`${menu}<h1>เอกสารเผยแพร่</h1>${card}`), '/about': page(menu) };
    const r = audit(crawlFromHtml(pages));
    for (const id of ['O8', 'O14', 'O13', 'O16']) {
      const v = item(r, id);
      expect(v.status, id).toBe('missing');
      expect(v.decidedBy, id).toBe('linked-page-other-topic');
      expect(v.reasonEn, id).toContain('https://x.go.th/documents');
    }
    // The same page showing one topic in its own heading confirms that topic (and dates it by its own entries).
    const shown = { ...pages, '/documents': page(`${menu}<h1>เอกสารเผยแพร่</h1><h2>คู่มือการปฏิบัติงาน</h2><a href="/files/manual.pdf">คู่มือการปฏิบัติงาน กองคลัง</a>${card}`) };
    const r2 = audit(crawlFromHtml(shown));
    expect(item(r2, 'O8').status).toBe('pass');
    expect(item(r2, 'O14').decidedBy).toBe('linked-page-other-topic');
    // A file without a title ("ดาวน์โหลด", a bare file name) or an embedded viewer: the page does not show the item, only
    // unnamed content — listed without its document, incomplete (labellers' answer 7 of 14 times, 2026-12-08), not missing.
    for (const extra of ['<a href="/files/x.pdf">ดาวน์โหลด</a>', '<iframe src="/files/scan.pdf"></iframe>']) {
      const unnamed = { ...pages, '/documents': page(`${menu}<h1>เอกสารเผยแพร่</h1>${card}<div class="card">${extra}</div>`) };
      const v = item(audit(crawlFromHtml(unnamed)), 'O14');
      expect(v.status, extra).toBe('incomplete');
      expect(v.decidedBy, extra).toBe('unconfirmed-menu-link');
    }
  });
  it('linked-page-unconfirmed: one menu entry over a page of another topic is missing; a page stating the topic in its prose passes', () => {
    const menu = '<ul class="menu"><li><a href="/?p=charac">อำนาจหน้าที่</a></li><li><a href="/?p=history">ประวัติความเป็นมา</a></li></ul>';
    const regulation = '<h3>ระเบียบกระทรวงมหาดไทย</h3><p>ว่าด้วยวิธีงบประมาณขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2541</p><p>ข้อ 1 ระเบียบนี้เรียกว่า ...</p>';
    const pages = { '/': page(menu), '/?p=charac': page(`${menu}${regulation}`), '/?p=history': page(`${menu}<p>ประวัติ</p>`) };
    const o3 = item(audit(crawlFromHtml(pages), 'ita-2566'), 'O3');
    expect(o3.status).toBe('missing');
    expect(o3.decidedBy).toBe('linked-page-other-topic');
    // No heading, only paragraphs that state the duties: the page shows the topic.
    const duties = { ...pages, '/?p=charac': page(`${menu}<p>เทศบาลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 ดังนี้</p><p>(1) รักษาความสงบเรียบร้อยของประชาชน</p>`) };
    expect(item(audit(crawlFromHtml(duties), 'ita-2566'), 'O3').status).toBe('pass');
    // Nothing on the page names any topic: a person must look.
    const plain = { ...pages, '/?p=charac': page(`${menu}<p>(1) รักษาความสงบเรียบร้อยของประชาชน</p>`) };
    expect(item(audit(crawlFromHtml(plain), 'ita-2566'), 'O3').decidedBy).toBe('unconfirmed-menu-link');
    // Another topic only mentioned in passing in its prose: not shown to be about it, a person must look.
    const passing = { ...pages, '/?p=charac': page(`${menu}<p>(1) จัดทำแผนพัฒนาท้องถิ่นและรักษาความสงบเรียบร้อย</p>`) };
    expect(item(audit(crawlFromHtml(passing), 'ita-2566'), 'O3').decidedBy).toBe('unconfirmed-menu-link');
  });
  it('linked-page-unconfirmed: a news list without a news heading, whose stories name other topics, is never missing', () => {
    const menu = '<ul class="menu"><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/about">เกี่ยวกับเรา</a></li></ul>';
    const stories = '<ul><li><a href="/n/1">ประชุมประชาคมหมู่บ้าน 3 มีนาคม 2568</a></li><li><a href="/n/2">ประกาศผู้ชนะการเสนอราคา 1 เมษายน 2568</a></li></ul>';
    const pages = { '/': page(menu), '/news': page(`${menu}${stories}`), '/about': page(menu) };
    expect(item(audit(crawlFromHtml(pages)), 'O4').status).not.toBe('missing');
  });
  it('linked-page-unconfirmed: a question board whose threads name other topics is never missing', () => {
    const menu = '<ul class="menu"><li><a href="/board">เว็บบอร์ด</a></li><li><a href="/about">เกี่ยวกับเรา</a></li></ul>';
    const threads = '<h2>กระดานสนทนา</h2><ul><li><a href="/t/1">สอบถามประกาศผู้ชนะการเสนอราคา</a></li><li><a href="/t/2">ขอดูแผนพัฒนาท้องถิ่น</a></li></ul>';
    const pages = { '/': page(menu), '/board': page(`${menu}${threads}`), '/about': page(menu) };
    expect(item(audit(crawlFromHtml(pages), 'ita-2566'), 'O8').status).not.toBe('missing');
  });
  it('heading-over-other-topics: a procurement heading over No Gift notices does not hold procurement announcements', () => {
    const menu = '<ul class="menu"><li><a href="/news">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="/about">เกี่ยวกับเรา</a></li></ul>';
    const cards = [1, 2, 3].map(() => '<div class="card"><h5>ประกาศนโยบายไม่รับของขวัญทุกชนิด No Gift Policy</h5><p>3/4/2566</p><a href="#!">อ่านเพิ่มเติม</a></div>').join('');
    const pages = { '/': page(menu), '/news': page(`${menu}<h1>ข่าวสาร</h1><h2>ข่าวจัดซื้อจัดจ้าง</h2>${cards}`), '/about': page(menu) };
    const o20 = item(audit(crawlFromHtml(pages), 'ita-2566'), 'O20');
    expect(o20.status).toBe('missing');
    expect(o20.decidedBy).toBe('linked-page-other-topic');
  });
  it('dated-by-own-entries: the upload dates of other cards never date an item; its own entry does', () => {
    const menu = '<ul class="menu"><li><a href="/documents">รายงานผลการดำเนินงานประจำปี</a></li><li><a href="/about">เกี่ยวกับเรา</a></li></ul>';
    const cards = '<div class="card"><a href="/files/dev.pdf">เอกสารแผนพัฒนาท้องถิ่น อัปโหลดเมื่อ 19 ตุลาคม 2566</a></div>';
    const report = (label: string) => `<h2>รายงานผลการดำเนินงานประจำปี</h2><a href="/files/report.pdf">${label}</a>`;
    const site = (body: string) => ({ '/': page(menu), '/documents': page(`${menu}${body}${cards}`), '/about': page(menu) });
    // as of 2023-05-15 (FY 2566) the report of FY 2565 is due; the other card's upload date (FY 2567) must not date it
    const asOf2566 = (crawl: CrawlData) =>
      Report.parse(auditSite({ crawl, checklist: getChecklist('ita-2566')!, concepts: builtInConcepts.concepts, asOf: { year: 2023, month: 5, day: 15 }, generatedAt: '2026-01-01T00:00:00Z' }));
    const undated = item(asOf2566(crawlFromHtml(site(report('ดาวน์โหลดรายงาน')))), 'O13');
    expect(undated.status).toBe('review');
    const dated = item(asOf2566(crawlFromHtml(site(report('รายงานผลการดำเนินงานประจำปีงบประมาณ 2565')))), 'O13');
    expect(dated.status).toBe('pass');
  });
  it('hub-page-unconfirmed: a service page with a form of its own is not a hub', () => {
    const menu = '<a href="/complaint">ร้องเรียนร้องทุกข์</a><a href="/complaint">แจ้งเรื่องร้องเรียนการทุจริต</a><a href="/complaint">แสดงความคิดเห็น</a>';
    const pages = { '/': page(menu), '/complaint': page(`${menu}<h1>รับเรื่องราวร้องทุกข์</h1><form action="/send.php"><textarea name="msg"></textarea><button>ส่ง</button></form>`) };
    expect(item(audit(crawlFromHtml(pages)), 'O18').decidedBy).not.toBe('unconfirmed-menu-link');
  });
  it('footer-contacts: the address and phone in every footer pass the contact item (with its location map), on an on-site page', () => {
    const map = '<iframe src="https://www.google.com/maps/embed?pb=!1m18"></iframe>';
    const pages = { '/': page(`<a href="/a">หน้า ก</a>${map}`), '/a': page('<p>ก</p>'), '/b': page('<p>ข</p>'), '/c': page('<p>ค</p>') };
    const o3 = item(audit(crawlFromHtml(pages)), 'O3');
    expect(o3.status).toBe('pass');
    expect(o3.evidence[0]).toMatchObject({ url: 'https://x.go.th/', matchedBy: 'contact' });
    expect(o3.evidence[0]?.label).toContain('054-123456');
  });
  it('contact-needs-map: the same footer with no location map anywhere is the item in part (incomplete), naming the map (real14 pcccr-school-2565 O5)', () => {
    const pages = { '/': page('<a href="/a">หน้า ก</a><a href="#">แผนที่โรงเรียน</a>'), '/a': page('<p>ก</p>'), '/b': page('<p>ข</p>'), '/c': page('<p>ค</p>') };
    const o3 = item(audit(crawlFromHtml(pages)), 'O3');
    expect(o3).toMatchObject({ status: 'incomplete', decidedBy: 'contact-needs-map' });
    expect(o3.reason).toContain('ไม่พบแผนที่ตั้งหน่วยงาน');
    // a picture named for the map on the home page shows one
    const pictured = { ...pages, '/': page('<a href="/a">หน้า ก</a><img src="/img/p.jpg" alt="แผนที่ตั้ง อบต.ตัวอย่าง">') };
    expect(item(audit(crawlFromHtml(pictured)), 'O3').status).toBe('pass');
  });
  it('contact-needs-phone-and-email: a footer with address and phone but no e-mail is the item in part, naming the e-mail', () => {
    const map = '<iframe src="https://www.google.com/maps/embed?pb=!1m18"></iframe>';
    const noEmail = (body: string) => `<html><head><title>อบต.ตัวอย่าง</title></head><body>${body}<footer>องค์การบริหารส่วนตำบลตัวอย่าง หมู่ที่ 3 ตำบลบ้านนา อำเภอเมือง จังหวัดแพร่ โทร. 054-123456</footer></body></html>`;
    const pages = { '/': noEmail(`<a href="/a">หน้า ก</a>${map}`), '/a': noEmail('<p>ก</p>'), '/b': noEmail('<p>ข</p>'), '/c': noEmail('<p>ค</p>') };
    const o3 = item(audit(crawlFromHtml(pages)), 'O3');
    expect(o3).toMatchObject({ status: 'incomplete', decidedBy: 'contact-needs-phone-and-email' });
    expect(o3.reason).toContain('อีเมล');
    expect(o3.reason).not.toContain('หมายเลขโทรศัพท์และ');
  });
  it('footer-address-only: an address in every footer with no phone or e-mail is the contact item in part (incomplete)', () => {
    const addressOnly = (body: string) => `<html><head><title>อบต.ตัวอย่าง</title></head><body>${body}<footer>องค์การบริหารส่วนตำบลตัวอย่าง หมู่ที่ 3 ตำบลบ้านนา อำเภอเมือง จังหวัดแพร่</footer></body></html>`;
    const pages = { '/': addressOnly('<a href="/a">หน้า ก</a>'), '/a': addressOnly('<p>ก</p>'), '/b': addressOnly('<p>ข</p>'), '/c': addressOnly('<p>ค</p>') };
    const o3 = item(audit(crawlFromHtml(pages)), 'O3');
    expect(o3.status).toBe('incomplete');
    expect(o3.decidedBy).toBe('found-in-part');
  });
  it("contact-other-organisation: a footer that names another local body (a vendor template left with its last customer's contacts) is not the site's contact: incomplete, never pass", () => {
    const other = (body: string) =>
      `<html><head><title>พระอาจารย์</title></head><body><header><div>องค์การบริหารส่วนตำบลพระอาจารย์</div><div>อำเภอองครักษ์ จังหวัดนครนายก</div></header>${body}` +
      '<footer><div>องค์การบริหารส่วนตำบลเสม็ดใต้</div><div>เลขที่ 111 หมู่ที่ 4 ตำบลเสม็ดใต้</div><div>อำเภอบางคล้า จังหวัดฉะเชิงเทรา 24110</div><div>โทรศัพท์ : 0-3858-4130</div></footer></body></html>';
    const pages = { '/': other('<a href="/a">หน้า ก</a>'), '/a': other('<p>ก</p>'), '/b': other('<p>ข</p>'), '/c': other('<p>ค</p>') };
    const o3 = item(audit(crawlFromHtml(pages)), 'O3');
    expect(o3.status).toBe('incomplete');
    expect(o3.evidence[0]?.term).toBe('contact-other-organisation');
    // the same footer naming the site's own body (short form in the header) passes
    const own = (body: string) =>
      `<html><head><title>อบต.เสม็ดใต้</title></head><body><header><div>อบต.เสม็ดใต้</div></header>${body}` +
      '<footer><div>องค์การบริหารส่วนตำบลเสม็ดใต้</div><div>เลขที่ 111 หมู่ที่ 4 ตำบลเสม็ดใต้</div><div>อำเภอบางคล้า จังหวัดฉะเชิงเทรา 24110</div><div>โทรศัพท์ : 0-3858-4130</div><div>อีเมล : saraban@samedtai.go.th</div></footer></body></html>';
    const mine = { '/': own('<a href="/a">หน้า ก</a><a href="https://maps.app.goo.gl/abc">แผนที่</a>'), '/a': own('<p>ก</p>'), '/b': own('<p>ข</p>'), '/c': own('<p>ค</p>') };
    expect(item(audit(crawlFromHtml(mine)), 'O3').status).toBe('pass');
  });
  it('footer-contacts: the footer page comes before an off-site map link in the evidence', () => {
    const pages = { '/': page('<a href="https://maps.google.com/?q=x">แผนที่ตั้ง</a>'), '/a': page('<p>ก</p>'), '/b': page('<p>ข</p>') };
    const o3 = item(audit(crawlFromHtml(pages)), 'O3');
    expect(o3.status).toBe('pass');
    expect(o3.evidence.map((e) => e.kind)).toEqual(['page', 'external']);
  });
  it('footer-contacts: an address on one page only is not the footer; an off-site map alone stays review', () => {
    const pages = {
      '/': page('<a href="https://www.google.com/maps/place/x">แผนที่</a><a href="https://drive.google.com/file/d/1">ติดต่อเรา</a>', false),
      '/a': page('<p>หมู่ที่ 3 ตำบลบ้านนา อำเภอเมือง โทร. 054-123456</p>', false),
      '/b': page('<p>ข</p>', false),
    };
    expect(item(audit(crawlFromHtml(pages)), 'O3').status).toBe('review');
  });
  it('inside-proper-name: the name of the information act is not news', () => {
    const pages = { '/': page('<a href="/law">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a>'), '/law': page('<h1>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</h1>') };
    const o4 = item(audit(crawlFromHtml(pages)), 'O4');
    expect(o4.status).toBe('missing');
    expect(o4.decidedBy).toBe('not-found');
  });
  it('related-channel-unusable: a plain complaint line (ร้องเรียน) over a 404 and nothing named for corruption: the corruption channel is incomplete', () => {
    const pages = { '/': page('<ul><li><a href="/complain">เรื่องร้องเรียน</a></li><li><a href="/about">เกี่ยวกับเรา</a></li></ul>'), '/about': page('<h1>เกี่ยวกับเรา</h1><p>ประวัติความเป็นมาของหน่วยงาน</p>') };
    const broken = audit(crawlFromHtml(pages, { failures: [{ url: 'https://x.go.th/complain', reason: 'HTTP 404', status: 404 }] }));
    expect(item(broken, 'O18')).toMatchObject({ status: 'incomplete', decidedBy: 'related-channel-unusable' });
    // The same line over a working message form leaves it to a person (related-channel-only).
    const form = '<h1>เรื่องร้องเรียน</h1><form action="/complain/send" method="post"><input name="name"><textarea name="detail"></textarea><button>ส่ง</button></form>';
    const working = audit(crawlFromHtml({ ...pages, '/complain': page(form) }));
    expect(item(working, 'O18')).toMatchObject({ status: 'review', decidedBy: 'related-channel-only' });
  });
  it("on-organisation-host: online systems named 'ระบบ…' on the organisation's other hosts are the e-service for a person to check, never missing", () => {
    const pages = { '/': page('<ul><li><a href="https://booking.x.go.th/">ระบบการจองสถานที่ออนไลน์</a></li><li><a href="https://reg.x.go.th/registrar/home.asp">ระบบลงทะเบียน</a></li></ul>') };
    expect(item(audit(crawlFromHtml(pages)), 'O10').status).toBe('review');
  });
  it('dead-headlines-stale-site: a news link answering 404 on a site whose dated entries end in 2560 is outdated for 2568; with a current entry it is incomplete', () => {
    const home = (day: string) => page(`<ul><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ul><h2>กิจกรรม</h2><ul><li><a href="/about">ประชุมประจำปี</a> ${day}</li></ul>`);
    const old = { '/': home('20 สิงหาคม 2560'), '/about': page('<h1>ประชุมประจำปี</h1><p>ภาพกิจกรรม</p>') };
    const failures = [{ url: 'https://x.go.th/news', reason: 'HTTP 404', status: 404 }];
    expect(item(audit(crawlFromHtml(old, { failures })), 'O4')).toMatchObject({ status: 'outdated', decidedBy: 'dead-headlines-stale-site' });
    const current = { ...old, '/': home('2 พฤษภาคม 2568') };
    expect(item(audit(crawlFromHtml(current, { failures })), 'O4')).toMatchObject({ status: 'incomplete', decidedBy: 'broken-link' });
  });
  it('dated-headline-is-entry: a dated headline under the news heading is shown by the page itself, not settled by the dead news links the page also holds', () => {
    const home = '<ul class="menu"><li><a href="/news-all">news &amp; events</a></li></ul><h2>ข่าวประชาสัมพันธ์</h2><ul><li><h5><a href="/n/1">เปิดรับสมัครการแข่งขัน</a></h5><span>ธันวาคม 30, 2024</span></li><li><h5><a href="/n/2">ประชุมประจำปี</a></h5><span>2 พฤษภาคม 2568</span></li></ul>';
    const failures = ['/news-all', '/n/1', '/n/2'].map((p) => ({ url: `https://x.go.th${p}`, reason: 'HTTP 404', status: 404 }));
    expect(item(audit(crawlFromHtml({ '/': page(home, false) }, { failures })), 'O4')).toMatchObject({ status: 'pass' });
  });
  it('script-built-site: nothing found on a site whose pages a script builds (not rendered) is review, never missing', () => {
    const crawl = crawlFromHtml({ '/': page('<div id="app"></div>', false) });
    crawl.pages = crawl.pages.map((p) => ({ ...p, scriptBuilt: 'shell' as const, rendered: 'no' as const }));
    const o4 = item(audit(crawl), 'O4');
    expect(o4.status).toBe('review');
    expect(o4.decidedBy).toBe('script-built-site');
    expect(o4.reason).toContain('สร้างด้วยสคริปต์');
    // rendered: its content was seen, so nothing found is missing
    crawl.pages = crawl.pages.map((p) => ({ ...p, rendered: 'yes' as const }));
    expect(item(audit(crawl), 'O4').status).toBe('missing');
  });
  it('script-route-only: news only behind a #/ route is review with that reason', () => {
    const o4 = item(audit(crawlFromHtml({ '/': page('<a href="#/news">ข่าวประชาสัมพันธ์</a>', false) })), 'O4');
    expect(o4.status).toBe('review');
    expect(o4.decidedBy).toBe('script-route-only');
    expect(o4.evidence[0]?.kind).toBe('script-route');
  });
  it('every verdict names the check that decided it', () => {
    const r = audit(crawlFromHtml({ '/': page('<a href="/news">ข่าวประชาสัมพันธ์</a>') }));
    for (const i of r.items) expect(checkById(i.decidedBy ?? '')?.stage).toBe('verdict');
  });
});
