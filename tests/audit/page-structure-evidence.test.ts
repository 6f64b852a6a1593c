import { describe, expect, it } from 'vitest';
import { auditSite } from '../../lib/audit/audit-site.ts';
import { builtInConcepts, getChecklist } from '../../lib/checklist/built-in-checklists.ts';
import { Report } from '../../lib/report/report-schema.ts';
import { parseIsoDate } from '../../lib/thai/fiscal-year.ts';
import { crawlFromHtml } from '../support/crawl-from-html.ts';

/** Structure read like a person reads it (ITA rows, group rows, sections, social icons, cards), through the whole audit. */
function audit(pages: Record<string, string>, checklistId: string, asOf: string, failures: { url: string; reason: string; status?: number }[] = []) {
  const checklist = getChecklist(checklistId);
  const date = parseIsoDate(asOf);
  if (!checklist || !date) throw new Error('bad test setup');
  const docs = Object.values(pages)
    .flatMap((html) => [...html.matchAll(/href="([^"]+\.pdf)"/g)].map((m) => m[1] ?? ''))
    .map((href) => ({ url: new URL(href, 'https://x.go.th/').href, status: 200, contentType: 'application/pdf' }));
  return Report.parse(auditSite({ crawl: crawlFromHtml(pages, { documents: docs, failures }), checklist, concepts: builtInConcepts.concepts, asOf: date, generatedAt: '2026-01-01T00:00:00Z' }));
}
const status = (r: Report, id: string) => r.items.find((i) => i.id === id)?.status;
const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
const row = (code: string, title: string, links: string) => `<tr><td>${code}</td><td>${title}</td><td><ul>${links}</ul></td></tr>`;

describe('ITA index rows', () => {
  // ita-2565: O18 annual budget plan, O34 executive integrity declaration, O35 executive participation
  const ita = page(
    'ITA ประจำปีงบประมาณ พ.ศ. 2565',
    `<table><tr><td colspan="3"><strong>แผนการใช้จ่ายงบประมาณประจำปี</strong></td></tr>
${row('OIT 18', 'แผนการใช้จ่ายงบประมาณประจำปี', '<li><a href="/f/plan.pdf"><b>แผนปฏิบัติงานและแผนงบประมาณประจำปี 2565</b></a></li>')}
<tr><td colspan="3"><strong>เจตจำนงสุจริตของผู้บริหาร</strong></td></tr>
${row('OIT 34', 'นโยบายไม่รับของขวัญ (No Gift Policy)', '<li><a href="/f/nogift.pdf"><b>นโยบาย No Gift Policy งดรับ-งดให้</b></a></li>')}
${row('OIT 35', 'การมีส่วนร่วมของผู้บริหาร', '<li><a href="/f/pr_news/2022/01/event_20220120.pdf"><b>ผู้บริหารเดินหน้าขับเคลื่อนด้านคุณธรรมและความโปร่งใส</b></a></li>')}
</table>`,
  );
  const r = audit({ '/ita.php': ita }, 'ita-2565', '2022-05-31');

  it("the row title names the item, whatever the document's own words name", () => {
    expect(status(r, 'O18')).toBe('pass');
  });
  it('a row numbered as an item whose title names another item is a hint only: review, never pass', () => {
    expect(status(r, 'O34')).toBe('review');
  });
  it('a document dated only by its path ("event_20220120.pdf") is dated, weakly', () => {
    expect(status(r, 'O35')).toBe('pass');
    const ev = r.items.find((i) => i.id === 'O35')?.evidence[0];
    expect(ev?.dates.map((d) => d.source)).toEqual(['url-path']);
  });
  it('group rows are not items listed without a document', () => {
    expect(r.items.find((i) => i.id === 'O34')?.evidence.some((e) => e.kind === 'placeholder')).toBe(false);
  });
});

describe('a table numbered for another year', () => {
  it('a row naming another item of the checklist lends its code to nothing', () => {
    // "O10 แผนดำเนินงาน" is the 2565 numbering; in ita-2568, O10 is another item
    const ita = page('ITA ประจำปีงบประมาณ พ.ศ. 2568', `<table>${row('O10', 'แผนดำเนินงานประจำปี', '<li><a href="/f/op.pdf">แผนดำเนินงาน ประจำปีงบประมาณ 2568</a></li>')}${row('O11', 'ข้อมูลผู้บริหาร', '<li><a href="/f/ex.pdf">คณะผู้บริหาร</a></li>')}</table>`);
    const r = audit({ '/ita.php': ita }, 'ita-2568', '2025-05-15');
    const o10 = r.items.find((i) => i.id === 'O10');
    expect(o10?.decidedBy).not.toBe('index-code-only');
  });
});

describe('sections, social icons and content cards (ita-2566, as of 2023-05-15)', () => {
  const nav = '<nav class="navbar"><a href="/">หน้าหลัก</a><a href="/struct">โครงสร้าง</a></nav>';
  const home = page(
    'อบต.ตัวอย่าง',
    `${nav}
<div class="text-center"><div><h1>กระดานสนทนา</h1></div></div>
<div class="container"><div class="list-group"><a href="/webboards/show.php?No=40"><h5>สอบถามการขอเลขที่บ้านต้องใช้เอกสารอะไรบ้างครับ</h5><i>ตอบคำถามแล้ว</i></a></div></div>
<div class="card"><div class="card-body"><h5 class="card-title">ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ No Gift Policy</h5><a href="#!" class="btn">อ่านเพิ่มเติม</a></div></div>
<footer><a target="_blank" href="https://www.facebook.com/people/abt/100010671091367/"><h3 class="bi bi-facebook"></h3></a>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://x.go.th/">แชร์</a></footer>`,
  );
  const struct = page(
    'โครงสร้างองค์กร',
    `${nav}<div class="tab-content">
<div class="tab-pane" role="tabpanel" aria-labelledby="t1"><center><h4>โครงสร้างองค์กร</h4></center><img src="/s.png" alt=""></div>
<div class="tab-pane" role="tabpanel" aria-labelledby="t2"><center><h4>คณะผู้บริหาร</h4></center>
<table><tr><td><div class="name">นายรอสาลี อดุลย์อภิมุข</div><div class="rank">นายกองค์การบริหารส่วนตำบล</div></td></tr></table></div></div>`,
  );
  const r = audit({ '/': home, '/struct': struct }, 'ita-2566', '2023-05-15');

  it('a second tab with names and positions shows the executives', () => {
    expect(status(r, 'O2')).toBe('pass');
  });
  it('a board with its threads on the home page is the Q&A channel, though its thread links are not crawled', () => {
    expect(status(r, 'O8')).toBe('pass');
  });
  it('an icon-only link to the Facebook page is the social network', () => {
    expect(status(r, 'O9')).toBe('pass');
  });
  it('a card whose only link goes nowhere lists its item without a document', () => {
    expect(status(r, 'O31'), JSON.stringify(r.items.find((i) => i.id === 'O31'))).toBe('incomplete');
  });
});

describe('bold item lines over link paragraphs (ita-2569, as of 2026-06-11)', () => {
  // A WordPress ITA page: "<p><strong>O8 …</strong></p>" over "<p><a>– …</a></p>" lines, the item only in the bold line.
  const line = (text: string) => `<p><strong>${text}</strong></p>`;
  const link = (href: string, text: string) => `<p><a href="${href}">– ${text}</a></p>`;
  const ita = page(
    'การประเมินคุณธรรมและความโปร่งใส ITA 2569',
    `${line('O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่')}${link('/f/o8-01.pdf', 'ขั้นตอนการปฏิบัติงานการบริหารโครงการ')}
${line('O17 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}${link('/no-such-page', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}${link('https://wbs.nacc.go.th/', 'ช่องทางแจ้งร้องเรียนฯ สำนักงาน ป.ป.ช.')}`,
  );
  const r = audit({ '/ita': ita }, 'ita-2569', '2026-06-11', [{ url: 'https://x.go.th/no-such-page', reason: 'HTTP 404', status: 404 }]);

  it('the coded bold line names the links under it, as an ITA index row does (bold-line-heading)', () => {
    expect(status(r, 'O8')).toBe('pass');
    expect(r.items.find((i) => i.id === 'O8')?.evidence[0]?.matchedBy).toBe('ita-index-row');
  });
  it('a link beside one that names the line\'s item by its own label is not that item (row-named-by-sibling)', () => {
    expect(status(r, 'O17')).toBe('incomplete');
    // The national channel is under the item's number only (a code-only hint), not named by the line's title.
    expect(r.items.find((i) => i.id === 'O17')?.evidence.find((e) => e.url.includes('nacc.go.th'))?.term).toBe('OIT 17');
  });
  it("a coded line with nothing under it lists its item; naming the period due beside an older plan, it is incomplete (due-period-listed-empty)", () => {
    const body = `${line('O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569')}\n${line('O24 รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568')}${link('/f/o24.pdf', 'รายงานผล')}`;
    const alone = audit({ '/ita': page('การประเมินคุณธรรมและความโปร่งใส ITA 2569', body) }, 'ita-2569', '2026-06-11');
    expect(status(alone, 'O23')).toBe('incomplete');
    const older = `<p><a href="/f/plan-2568.pdf">แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568</a></p>`;
    const both = audit({ '/ita': page('การประเมินคุณธรรมและความโปร่งใส ITA 2569', body), '/old': page('ITA 2568', older) }, 'ita-2569', '2026-06-11');
    expect(status(both, 'O23')).toBe('incomplete');
    expect(both.items.find((i) => i.id === 'O23')?.decidedBy).toBe('due-period-listed-empty');
    const olderOnly = audit({ '/old': page('ITA 2568', older) }, 'ita-2569', '2026-06-11');
    expect(status(olderOnly, 'O23')).toBe('outdated');
  });
});

describe('a general complaint form on a form service (ita-2565, as of 2022-06-15)', () => {
  const home = page('โรงพยาบาล', '<nav><a href="https://docs.google.com/forms/d/e/1FAIpQLSf/viewform">แจ้งปัญหา / ร้องเรียน</a></nav><p>ยินดีต้อนรับ</p>');
  const r = audit({ '/': home }, 'ita-2565', '2022-06-15');
  it('is offered for review as the corruption channel (form-service-link, related-channel-only)', () => {
    expect(status(r, 'O30')).toBe('review');
  });
  it('an opinion form there takes opinions but shows no answer: never offered as the Q&A channel', () => {
    const opinion = page('เทศบาล', '<nav><a href="https://forms.gle/pSw4nGk2xYc8RmQa7">แบบแสดงความคิดเห็นต่อการดำเนินงาน</a></nav>');
    expect(status(audit({ '/': opinion }, 'ita-2565', '2022-06-15'), 'O8')).toBe('missing');
  });
  it('a link to a document on the same service host is no channel', () => {
    const doc = page('โรงพยาบาล', '<nav><a href="https://docs.google.com/document/d/1abc/edit">แจ้งปัญหา / ร้องเรียน</a></nav>');
    expect(status(audit({ '/': doc }, 'ita-2565', '2022-06-15'), 'O30')).toBe('missing');
  });
});

describe('a day printed on every page is the template\'s (ita-2569, as of 2026-05-25)', () => {
  // A news ticker on every page ('ประชุมผู้ปกครอง 10 มิถุนายน 2569') and an undated No Gift page (real23 phichai-school-2569 O20).
  const ticker = '<div class="ticker">ประชุมผู้ปกครองนักเรียน วันที่ 10 มิถุนายน 2569 ณ หอประชุมโรงเรียน</div>';
  const nav = '<nav><a href="/">หน้าแรก</a> <a href="/no-gift">นโยบาย No Gift Policy</a> <a href="/about">เกี่ยวกับเรา</a> <a href="/contact">ติดต่อเรา</a></nav>';
  const pages: Record<string, string> = {
    '/': page('โรงเรียนตัวอย่าง', `${nav}${ticker}<h1>โรงเรียนตัวอย่าง</h1><p>ยินดีต้อนรับสู่เว็บไซต์โรงเรียน</p>`),
    '/about': page('เกี่ยวกับเรา', `${nav}${ticker}<h1>ประวัติโรงเรียน</h1><p>โรงเรียนก่อตั้งขึ้นเพื่อให้บริการการศึกษาแก่ชุมชน</p>`),
    '/contact': page('ติดต่อเรา', `${nav}${ticker}<h1>ติดต่อเรา</h1><p>โทร 054-000000</p>`),
    '/no-gift': page('นโยบาย No Gift Policy', `${nav}${ticker}<h1>เจตนารมณ์นโยบายงดรับ งดให้ของขวัญ (No Gift Policy)</h1><p>โรงเรียนประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่</p><a href="/uploads/no-gift.pdf">ประกาศเจตนารมณ์ นโยบาย No Gift Policy</a>`),
  };
  const r = audit(pages, 'ita-2569', '2026-05-25');
  it('does not date an undated page by it: the item is not shown current (never a pass)', () => {
    expect(status(r, 'O20')).not.toBe('pass');
  });
});
