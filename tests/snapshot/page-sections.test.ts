import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';

const URL_ = 'https://www.example.go.th/struct';
const sections = (body: string) =>
  buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }).sections ?? [];

describe('page sections (every h1–h4 and tab pane, not only headings[0])', () => {
  it('a heading in a wrapper of its own, then its content up to the next heading of its level (real Bootstrap tabs)', () => {
    const s = sections(`<h2>โครงสร้างองค์กร</h2>
<div class="tab-content">
<div class="tab-pane fade show active" id="pills-news" role="tabpanel" aria-labelledby="pills-news-tab"><center><h4>โครงสร้างองค์กร</h4></center><img src="./img/structure.png" alt=""></div>
<div class="tab-pane fade" id="pills-boards" role="tabpanel" aria-labelledby="pills-boards-tab"><center><h4>คณะผู้บริหาร</h4></center>
<table><tr><td><div class="text"><div class="name">นายรอสาลี อดุลย์อภิมุข</div><div class="rank">นายกองค์การบริหารส่วนตำบล</div><div class="rank">061-2899564</div></div></td></tr></table></div>
</div>`);
    const boards = s.find((x) => x.heading === 'คณะผู้บริหาร');
    expect(boards?.text).toBe('นายรอสาลี อดุลย์อภิมุข นายกองค์การบริหารส่วนตำบล 061-2899564');
  });
  it('a board on a home page: the heading block, then the threads (real markup, shortened)', () => {
    const s = sections(`<div class="py-5"><div class="text-center"><div><h1 class="bi bi-chat-square-text"></h1></div><div><h1>กระดานสนทนา</h1></div></div>
<div class="container"><div class="list-group my-1"><a href="/webboards/show.php?Category=board&No=40" class="list-group-item">
<h5 class="mb-1">สอบถามลงทะเบียนขอสิทธิรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิดต้องใช้เอกสารอะไรบ้างค่ะ</h5><div><i>ตอบคำถามแล้ว</i></div></a></div></div></div>
<h1>ข่าวสาร</h1><p>ข่าวใหม่</p>`);
    const board = s.find((x) => x.heading === 'กระดานสนทนา');
    expect(board?.text).toContain('ตอบคำถามแล้ว');
    expect(board?.text).not.toContain('ข่าวใหม่');
  });
  it('a tab pane is a section under its tab label', () => {
    const s = sections(`<ul role="tablist"><li><button id="t2" role="tab">ข้อมูลการติดต่อ</button></li></ul>
<div role="tabpanel" aria-labelledby="t2"><p>หมู่ 1 ตำบลสะนอ โทรศัพท์ 0-7343-927</p></div>`);
    expect(s).toContainEqual({ heading: 'ข้อมูลการติดต่อ', text: 'หมู่ 1 ตำบลสะนอ โทรศัพท์ 0-7343-927' });
  });
  it('scripts and styles are not section text; empty sections are left out', () => {
    const s = sections(`<h3>E-Service</h3><div><script>$(function(){ carousel(); })</script><style>.a{}</style><a href="/es">Click</a></div><h3>ว่าง</h3>`);
    expect(s).toEqual([{ heading: 'E-Service', text: 'Click', linked: true }]);
  });
  it('a short stand-alone title block that is not h1–h6 starts a section (class "title…", a lone bold line)', () => {
    const s = sections(`<main><div class="title-section-2 mb-2">คณะผู้บริหาร</div>
<div class="d-flex"><div><span>นายกิตติพงศ์ สีเหลือง</span><br>นายกองค์การบริหารส่วนตำบล</div><div><span>สายด่วน</span>09-8552-5555</div></div>
<div class="title-section-6">ข่าวประชาสัมพันธ์ <img src="/i.png"></div>
<div class="card-text">เรื่อง การปรับปรุงแผนอัตรากำลัง ...อ่านต่อ</div></main>
<p><b>จัดซื้อจัดจ้าง</b></p><div>ประกาศสอบราคาจ้างก่อสร้างอาคาร <a href="/p/1.pdf">Download</a></div>
<p>ข้อความธรรมดาที่ยาวกว่าหัวข้อ <b>ตัวหนา</b> ในประโยค</p>`);
    expect(s).toContainEqual({ heading: 'คณะผู้บริหาร', text: 'นายกิตติพงศ์ สีเหลือง นายกองค์การบริหารส่วนตำบล สายด่วน 09-8552-5555' });
    expect(s).toContainEqual({ heading: 'ข่าวประชาสัมพันธ์', text: 'เรื่อง การปรับปรุงแผนอัตรากำลัง ...อ่านต่อ' });
    expect(s).toContainEqual({ heading: 'จัดซื้อจัดจ้าง', text: expect.stringContaining('ประกาศสอบราคา'), linked: true });
    expect(s.map((x) => x.heading)).not.toContain('ตัวหนา');
  });
  it('a heading beside a close button in its header block: the section is the body after the header (real Bootstrap modal, card)', () => {
    const s = sections(`<div class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><button type="button" class="close" data-dismiss="modal">&times;</button><h4 class="modal-title">2. โครงสร้างองค์กร</h4></div>
<div class="modal-body text-left"><p>แบ่งการทำงานออกเป็น 6 ฝ่าย สำนักงานเลขานุการ ฝ่ายฝึกอบรม</p></div>
<div class="modal-footer"><button type="button" class="btn btn-default" data-dismiss="modal">ปิด</button></div></div></div></div>
<div class="card"><div class="card-header"><i class="fa fa-users"></i> <h4>คณะผู้บริหาร</h4> <span>»</span></div><div class="card-body">นายสมชาย ใจดี ผู้อำนวยการ</div></div>`);
    expect(s.find((x) => x.heading === '2. โครงสร้างองค์กร')?.text).toContain('แบ่งการทำงานออกเป็น 6 ฝ่าย');
    expect(s.find((x) => x.heading === 'คณะผู้บริหาร')?.text).toBe('นายสมชาย ใจดี ผู้อำนวยการ');
  });
  it('a header block with words of its own beside the heading is not climbed (the heading\'s section stays inside it)', () => {
    const s = sections(`<div class="box"><div class="box-header"><h4>ข่าวประชาสัมพันธ์</h4><span>อ่านทั้งหมด</span></div><div class="box-body">ข่าวที่หนึ่ง</div></div>`);
    expect(s.find((x) => x.heading === 'ข่าวประชาสัมพันธ์')?.text).toBe('อ่านทั้งหมด');
  });
  it('a section ends at the footer or the copyright line', () => {
    const s = sections(`<h2>ประชาสัมพันธ์</h2><p>ข่าวที่หนึ่ง</p><div class="credits">Copyright © 2020 Landiya <a href="https://theme.example.com">theme</a></div><p>หลัง</p>
<h2>ข่าว</h2><p>ข่าวที่สอง</p><footer><a href="https://x.example.com">x</a></footer>`);
    expect(s).toContainEqual({ heading: 'ประชาสัมพันธ์', text: 'ข่าวที่หนึ่ง' });
    expect(s).toContainEqual({ heading: 'ข่าว', text: 'ข่าวที่สอง' });
  });
});

describe('page sections read each block once per page', () => {
  it('a block in an h2 section and in its h3 section, and a tab pane under a heading, read the same in each', () => {
    const s = sections(`<h2>แผนงาน</h2><h3>แผนพัฒนา</h3><div>แผนพัฒนาท้องถิ่น 2566-2570</div><h3>แผนงบ</h3><div>งบประมาณ 2568</div>
<ul><li><a href="#p1" data-toggle="tab">รายงาน</a></li></ul><h4>ผล</h4><div id="p1" class="tab-pane">รายงานผลการดำเนินงาน</div>`);
    expect(s.find((x) => x.heading === 'แผนงาน')?.text).toContain('แผนพัฒนาท้องถิ่น 2566-2570');
    expect(s.find((x) => x.heading === 'แผนพัฒนา')?.text).toBe('แผนพัฒนาท้องถิ่น 2566-2570');
    expect(s.find((x) => x.heading === 'ผล')?.text).toBe('รายงานผลการดำเนินงาน');
    expect(s.find((x) => x.heading === 'รายงาน')?.text).toBe('รายงานผลการดำเนินงาน');
  });
});
