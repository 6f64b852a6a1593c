import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function snapshot(body: string): PageSnapshot {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  );
}
const headingOf = (body: string, href: string) => snapshot(body).links.find((l) => l.href === href)?.heading;

const yearTabs = (toggle: (id: string) => string) =>
  `<h2>การเปิดเผยข้อมูลสาธารณะ</h2><ul class="nav nav-tabs"><li><a ${toggle('y68')}>ปีงบประมาณ 2568</a></li><li><a ${toggle('y69')}>ปีงบประมาณ 2569</a></li></ul>` +
  `<div class="tab-content"><div class="tab-pane active" id="y68"><p><a href="/o11-68.pdf">O11 รายงานสรุปผลการจัดซื้อจัดจ้าง</a></p></div>` +
  `<div class="tab-pane" id="y69"><p><a href="/o11-69.pdf">O11 รายงานสรุปผลการจัดซื้อจัดจ้าง</a></p></div></div>`;

describe('tab-pane-label: a tab pane is titled by its tab', () => {
  it('names a pane by href="#id", data-bs-target or aria-controls', () => {
    for (const toggle of [
      (id: string) => `href="#${id}" data-toggle="tab"`,
      (id: string) => `href="javascript:void(0)" data-bs-toggle="pill" data-bs-target="#${id}"`,
      (id: string) => `role="tab" aria-controls="${id}"`,
    ]) {
      expect(headingOf(yearTabs(toggle), '/o11-69.pdf')).toBe('ปีงบประมาณ 2569');
      expect(headingOf(yearTabs(toggle), '/o11-68.pdf')).toBe('ปีงบประมาณ 2568');
    }
  });
  it('a pane names its tab by aria-labelledby, and becomes a section of the page', () => {
    const page = `<button id="t1" role="tab">ระเบียบ/ประกาศที่เกี่ยวข้อง</button><div role="tabpanel" aria-labelledby="t1"><p>ประกาศอัตราค่าเบี้ยประชุม <a href="/fac/rate.pdf">ดาวน์โหลด</a></p></div>`;
    expect(headingOf(page, '/fac/rate.pdf')).toBe('ระเบียบ/ประกาศที่เกี่ยวข้อง');
    expect(snapshot(page).sections?.some((s) => s.heading === 'ระเบียบ/ประกาศที่เกี่ยวข้อง' && s.text.includes('ค่าเบี้ยประชุม'))).toBe(true);
  });
  it('a heading inside the pane above the link still wins', () => {
    const page = yearTabs((id) => `href="#${id}" data-toggle="tab"`).replace('<p><a href="/o11-69.pdf">', '<h4>ไตรมาสที่ 1</h4><p><a href="/o11-69.pdf">');
    expect(headingOf(page, '/o11-69.pdf')).toBe('ไตรมาสที่ 1');
  });
  it('a pane two different tabs point at has no label; plain fragment links are no tabs', () => {
    const copied = `<h2>หน่วยงาน</h2><a href="#tab1" data-toggle="tab">องค์กรแพทย์</a><a href="#tab1" data-toggle="tab">กลุ่มการพยาบาล</a><div class="tab-pane" id="tab1"><a href="/staff.pdf">รายชื่อ</a></div>`;
    expect(headingOf(copied, '/staff.pdf')).toBe('หน่วยงาน');
    const jump = `<h2>หน้าหลัก</h2><a href="#news">ข่าวประชาสัมพันธ์</a><div id="news"><a href="/n1.html">ข่าวที่ 1</a></div>`;
    expect(headingOf(jump, '/n1.html')).toBe('หน้าหลัก');
  });
  it("a theme's own tabs: an in-page link to an element of class 'tab-content' / 'tab-pane' names that pane", () => {
    const body = '<div class="q_tabs"><ul class="tabs-nav"><li><a href="#tab-a1">ข่าวล่าสุด</a></li><li><a href="#tab-b2">ข่าวประชาสัมพันธ์</a></li></ul>' +
      '<div class="tab-content" id="tab-a1"><ul><li><span>05 มกราคม, 2565</span><h6><a href="/n1">บริษัท ก รับสมัครงาน</a></h6></li><li><span>28 ธันวาคม, 2564</span><h6><a href="/n2">ค่ายอาสา</a></h6></li></ul></div>' +
      '<div class="tab-content" id="tab-b2"><ul><li><h6><a href="/n3">ประกาศ ข</a></h6></li><li><h6><a href="/n4">ประกาศ ค</a></h6></li></ul></div></div>';
    expect(['/n1', '/n2', '/n3', '/n4'].map((h) => headingOf(body, h))).toEqual(['ข่าวล่าสุด', 'ข่าวล่าสุด', 'ข่าวประชาสัมพันธ์', 'ข่าวประชาสัมพันธ์']);
    // A fragment link to a block that is no tab pane names nothing.
    expect(headingOf('<h2>หน้าแรก</h2><a href="#top">กลับด้านบน</a><div id="top" class="content"><a href="/x">เอกสาร</a></div>', '/x')).toBe('หน้าแรก');
  });
});

describe('entry-title-heading: a link that is the whole of a heading in a list of entries is an entry\'s title', () => {
  it('the entries of a list are titled by the heading above the list, not by their own or the previous entry\'s title', () => {
    const body = '<h3>ข่าวประชาสัมพันธ์</h3><ul class="recent-posts"><li><figure><a href="/p1"></a></figure><div class="details"><h5><a href="/p1">แจ้งกำหนดการเข้าล้างแอร์</a></h5></div><div class="meta"><span>25 พฤศจิกายน 2021</span></div></li>' +
      '<li><figure><a href="/p2"></a></figure><div class="details"><h5><a href="/p2">การรับสมัครเข้าศึกษาต่อ</a></h5></div><div class="meta"><span>25 พฤศจิกายน 2021</span></div></li></ul>';
    const links = snapshot(body).links.filter((l) => l.label !== '' && l.labelSource === 'text');
    expect(links.map((l) => [l.label, l.heading])).toEqual([
      ['แจ้งกำหนดการเข้าล้างแอร์', 'ข่าวประชาสัมพันธ์'],
      ['การรับสมัครเข้าศึกษาต่อ', 'ข่าวประชาสัมพันธ์'],
    ]);
  });
  it('a heading that is a link over a section, or a lone entry, stays a heading', () => {
    expect(headingOf('<h3><a href="/news">ข่าวประชาสัมพันธ์</a></h3><ul><li><a href="/n1">ประกาศ ก</a></li><li><a href="/n2">ประกาศ ข</a></li></ul>', '/n2')).toBe('ข่าวประชาสัมพันธ์');
    expect(headingOf('<h2>บริการ</h2><div><h4><a href="/svc">คู่มือบริการ</a></h4><p>รายละเอียด</p><a href="/svc.pdf">ดาวน์โหลด</a></div>', '/svc.pdf')).toBe('คู่มือบริการ');
  });
});
