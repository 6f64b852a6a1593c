import { describe, expect, it } from 'vitest';
import { auditSite } from '../../lib/audit/audit-site.ts';
import { builtInConcepts, getChecklist } from '../../lib/checklist/built-in-checklists.ts';
import { Report } from '../../lib/report/report-schema.ts';
import { parseIsoDate } from '../../lib/thai/fiscal-year.ts';
import { crawlFromHtml } from '../support/crawl-from-html.ts';

function audit(pages: Record<string, string>, checklistId: string, asOf: string, extra: Parameters<typeof crawlFromHtml>[1] = {}) {
  const checklist = getChecklist(checklistId);
  const date = parseIsoDate(asOf);
  if (!checklist || !date) throw new Error('bad test setup');
  return Report.parse(auditSite({ crawl: crawlFromHtml(pages, extra), checklist, concepts: builtInConcepts.concepts, asOf: date, generatedAt: '2026-01-01T00:00:00Z' }));
}
const item = (r: Report, id: string) => {
  const found = r.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

const page = (body: string) => `<html><head><title>อบต.ตัวอย่าง</title></head><body>${body}</body></html>`;
const menu = `<ul class="menu"><li><a href="/structure">โครงสร้างส่วนราชการ</a></li><li><a href="/sor">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ul>`;

describe('auditSite: the contact page\'s free-text form is the opinion channel (message-form-channel)', () => {
  const contactMenu = `<ul class="menu"><li><a href="/contact">ติดต่อเรา</a></li></ul>`;
  const contactPage = (form: string) => page(`${contactMenu}<h1>ติดต่อเรา</h1><p>ที่อยู่ 50 ถนนงามวงศ์วาน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900 โทร 0 2942 8299</p>${form}`);
  it('a working form with a text area on the contact page: O32 pass with the contact page as evidence', () => {
    const form = `<form action="/contact/sent" method="post"><label>ชื่อ-นามสกุล</label><input name="name"><input type="email" name="email"><input name="subject"><textarea name="detail"></textarea><button>ส่ง</button></form>`;
    const o32 = item(audit({ '/': page(contactMenu), '/contact': contactPage(form) }, 'ita-2565', '2022-01-17'), 'O32');
    expect(o32.status).toBe('pass');
    expect(o32.evidence[0]?.url).toMatch(/\/contact$/);
    expect(o32.evidence[0]?.label).toContain('แบบฟอร์มส่งข้อความ');
  });
  it('a log-in box, a name-and-phone form or a form that submits nowhere is no opinion channel', () => {
    for (const form of [
      `<form action="/wp-login.php"><input name="log"><input type="password" name="pwd"><textarea name="x"></textarea></form>`,
      `<form action="/callback"><input name="name"><input name="phone"></form>`,
      `<form action="#"><input name="name"><textarea name="detail"></textarea></form>`,
    ]) expect(item(audit({ '/': page(contactMenu), '/contact': contactPage(form) }, 'ita-2565', '2022-01-17'), 'O32').status).toBe('missing');
  });
  it('an opinion channel named on the site keeps its own evidence', () => {
    const form = `<form action="/contact/sent"><input name="name"><textarea name="detail"></textarea></form>`;
    const o32 = item(audit({ '/': page(`${contactMenu}<a href="/opinion">แสดงความคิดเห็น</a>`), '/contact': contactPage(form), '/opinion': page(`<h1>แสดงความคิดเห็น</h1><form action="/opinion/save"><textarea name="t"></textarea></form>`) }, 'ita-2565', '2022-01-17'), 'O32');
    expect(o32.status).toBe('pass');
    expect(o32.evidence.every((e) => !e.label.includes('แบบฟอร์มส่งข้อความ'))).toBe(true);
  });
});

describe('auditSite: a dead headline dated by the date-only link to the same post (dated-headline-is-entry, real121)', () => {
  const card = (slug: string, title: string, day: string) =>
    `<article><h2><a href="/${slug}/">${title}</a></h2><p>สอบถามเพิ่มเติม ฝ่ายฝึกอบรม โทร 0-2562-0951</p><a href="/${slug}/" rel="bookmark"><time>${day}</time></a></article>`;
  const list = (cards: string) => page(`<ul class="menu"><li><a href="/category/news/">ประชาสัมพันธ์</a></li></ul><h2>category: ประชาสัมพันธ์</h2>${cards}`);
  it('cards whose story pages are gone, each dated by its own date link, are news of that day', () => {
    const r = audit({ '/': page(`<ul class="menu"><li><a href="/category/news/">ประชาสัมพันธ์</a></li></ul>`), '/category/news/': list(card('kueduland', 'การทดสอบสมรรถนะด้านดิจิทัล สำหรับนิสิต', 'december 8, 2021') + card('change-password', 'ลดความเสี่ยงโดยการเปลี่ยนรหัสผ่าน', 'october 4, 2021')) }, 'ita-2565', '2022-01-17');
    expect(item(r, 'O7').status).toBe('pass');
  });
  it('a date link to another post dates nothing: the dead headline stays listed only', () => {
    const other = `<article><h2><a href="/kueduland/">การทดสอบสมรรถนะด้านดิจิทัล สำหรับนิสิต</a></h2><a href="/another/"><time>december 8, 2021</time></a></article>`;
    const r = audit({ '/': page(`<ul class="menu"><li><a href="/category/news/">ประชาสัมพันธ์</a></li></ul>`), '/category/news/': list(other) }, 'ita-2565', '2022-01-17');
    expect(item(r, 'O7').status).not.toBe('pass');
  });
});

describe('auditSite: a news sentence that mentions Facebook or suggestions names no account and no channel (real122)', () => {
  it('the link under it is neither the social account nor the opinion channel', () => {
    const news =
      `<h3>ข่าวกิจกรรม สนง.</h3><h3>งานคลังและพัสดุ กำลังดำเนินการพัฒนา website เพื่อเป็นสื่อกลางในการนำเสนอข้อมูล ขอเชิญคณาจารย์และบุคลากร ร่วมเสนอแนะรูปแบบ เพื่อเป็นแนวทางในการพัฒนาต่อไป<a href="http://www.fn.example.ac.th">ดูรายละเอียด คลิ๊กที่นี่</a></h3>` +
      `<h3>ขอเชิญชวนคณาจารย์ บุคลากร ร่วมใช้งานระบบ social network facebook ของชุมชนภายในมหาวิทยาลัย และเฉพาะกลุ่มของคณะ <a href="https://fb.me/8choulgz408mwu">ลงทะเบียน คลิ๊กที่นี่</a></h3>`;
    const r = audit({ '/': page(news) }, 'ita-2565', '2022-05-15');
    expect(item(r, 'O32').status).toBe('missing');
    expect(item(r, 'O9').status).not.toBe('pass');
  });
  it('an invitation link to join, whatever heads it, is the item in part', () => {
    const r = audit({ '/': page(`<h3>Facebook</h3><a href="https://www.facebook.com/groups/123">เข้าร่วมกลุ่ม</a> <a href="https://fb.me/8choulgz408mwu">ลงทะเบียน คลิ๊กที่นี่</a>`) }, 'ita-2565', '2022-05-15');
    expect(item(r, 'O9').status).toBe('incomplete');
  });
});

describe('auditSite on hand-built pages', () => {
  const months = (list: string[]) =>
    page(`${menu}<h1>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h1><ul>${list.map((m, i) => `<li><a href="/files/sor-${i}.pdf">สขร.1 ประจำเดือน ${m}</a></li>`).join('')}</ul>`);

  it('ita-2568 as of 2025-05-15: October–February present → O12 incomplete with March missing', () => {
    const r = audit({ '/': page(menu), '/sor': months(['ตุลาคม 2567', 'พฤศจิกายน 2567', 'ธันวาคม 2567', 'มกราคม 2568', 'กุมภาพันธ์ 2568']) }, 'ita-2568', '2025-05-15');
    const o12 = item(r, 'O12');
    expect(o12.status).toBe('incomplete');
    expect(o12.months?.missing).toEqual(['2025-03']);
    expect(o12.reason).toContain('มี.ค. 2568');
    expect(o12.evidence[0]?.url).toMatch(/^https:\/\/x\.go\.th\//);
  });

  it('ita-2568 as of 2025-05-15: October–March present → O12 pass', () => {
    const r = audit({ '/': page(menu), '/sor': months(['ต.ค. 67', 'พ.ย. 67', 'ธ.ค. 67', 'ม.ค. 68', 'ก.พ. 68', 'มี.ค. 68']) }, 'ita-2568', '2025-05-15');
    expect(item(r, 'O12').status).toBe('pass');
  });

  it('a month listed with an empty link is not a month published', () => {
    const html = page(`${menu}<h1>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h1><table><tr><td>แบบ สขร.1</td><td>${[
      ['ตุลาคม 2567', '/f/1.pdf'], ['พฤศจิกายน 2567', '/f/2.pdf'], ['ธันวาคม 2567', ''], ['มกราคม 2568', '/f/4.pdf'], ['กุมภาพันธ์ 2568', '/f/5.pdf'], ['มีนาคม 2568', '/f/6.pdf'],
    ].map(([m, h]) => `<a href="${h}">เดือน ${m}</a>`).join(' ')}</td></tr></table>`);
    const o12 = item(audit({ '/': page(menu), '/sor': html }, 'ita-2568', '2025-05-15'), 'O12');
    expect(o12.status).toBe('incomplete');
    expect(o12.months?.missing).toEqual(['2024-12']);
  });

  it('an item absent from the site is missing; listed with an empty link it is incomplete', () => {
    const r = audit({ '/': page(`${menu}<a href="#">แผนปฏิบัติการป้องกันการทุจริต</a>`) }, 'ita-2568', '2025-05-15');
    expect(item(r, 'O25').status).toBe('incomplete');
    expect(item(r, 'O22').status).toBe('missing');
  });

  it('evidence only on Google Drive needs review; a 404 link is incomplete; a 403 page needs review', () => {
    const r = audit(
      {
        '/': page(`${menu}<a href="https://drive.google.com/file/d/abc/view">แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2568</a>
          <a href="/files/risk.pdf">การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568</a>
          <a href="/hr">แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568</a>`),
      },
      'ita-2568',
      '2025-05-15',
      { documents: [{ url: 'https://x.go.th/files/risk.pdf', status: 404, contentType: 'text/html' }], failures: [{ url: 'https://x.go.th/hr', reason: 'HTTP 403', status: 403 }] },
    );
    expect(item(r, 'O25').status).toBe('review');
    expect(item(r, 'O23').status).toBe('incomplete');
    expect(item(r, 'O14').status).toBe('review');
  });

  it('a script-filled news list needs review, not missing', () => {
    const r = audit(
      { '/': page(menu), '/news': page(`${menu}<h1>ข่าวประชาสัมพันธ์</h1><div id="grid"></div><div id="loading-spinner">Loading...</div><script>$.ajax({url:'/api/news'})</script>`) },
      'ita-2568',
      '2025-05-15',
    );
    expect(item(r, 'O4').status).toBe('review');
  });

  it('old fiscal-year evidence is outdated, and the reason names the year wanted', () => {
    const r = audit({ '/': page(`${menu}<a href="/f/a.pdf">รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2566</a>`) }, 'ita-2568', '2025-05-15');
    const o23 = item(r, 'O23');
    expect(o23.status).toBe('outdated');
    expect(o23.reason).toContain('2568');
  });

  it('news older than the watch window adds attention without changing the ITA status', () => {
    const news = page(`${menu}<h1>ข่าวประชาสัมพันธ์</h1><ul><li><a href="/n/1">2 ม.ค. 2568 ประชุมประชาคม</a></li></ul>`);
    const o4 = item(audit({ '/': page(menu), '/news': news }, 'ita-2568', '2025-05-15'), 'O4');
    expect(o4.status).toBe('pass');
    expect(o4.attention.some((a) => a.kind === 'stale')).toBe(true);
  });

  it('says which verdicts could change when the crawl stopped at its budget', () => {
    const r = audit({ '/': page(menu) }, 'ita-2568', '2025-05-15', { stoppedBy: 'max-pages', pending: [{ url: 'https://x.go.th/ita', label: 'แผนปฏิบัติการป้องกันการทุจริต' }] });
    expect(item(r, 'O25').couldChange).toBe(true);
    expect(item(r, 'O1').couldChange).toBe(false);
  });
});
