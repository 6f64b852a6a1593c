import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { itemCodeOf } from '../../lib/snapshot/page-structure.ts';

const URL_ = 'https://www.example.go.th/ita.php';
function snap(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  );
}

describe('itemCodeOf', () => {
  it('reads the codes ITA index tables write', () => {
    expect(itemCodeOf('OIT 10')).toBe('O10');
    expect(itemCodeOf('O10 แผนดำเนินงานประจำปี')).toBe('O10');
    expect(itemCodeOf('o.10')).toBe('O10');
    expect(itemCodeOf('O๑๐')).toBe('O10');
    expect(itemCodeOf('ข้อ 10')).toBe('O10');
    expect(itemCodeOf('ข้อที่ 7')).toBe('O7');
    expect(itemCodeOf('MOIT 5 :: สำนักงานสาธารณสุขอำเภอ')).toBe('MOIT5');
  });
  it('is not fooled by sub-indicators, years or words', () => {
    expect(itemCodeOf('ข้อ 9.1 ข้อมูลพื้นฐาน')).toBe('');
    expect(itemCodeOf('O2566')).toBe('');
    expect(itemCodeOf('Office 2')).toBe('');
    expect(itemCodeOf('ข้อมูลผู้บริหาร')).toBe('');
    expect(itemCodeOf('O0')).toBe('');
  });
});

// A vendor ITA table (real markup, shortened): a header row, a sub-indicator row and a group row spanning the table,
// then coded rows whose documents sit in a nested list.
const ITA_TABLE = `<table class="table"><tbody>
<tr><td style="width:15%;"><strong>ตัวชี้วัดย่อย/ข้อ</strong></td><td><strong>ข้อมูล</strong></td><td><strong>รายละเอียด</strong></td></tr>
<tr><td colspan="3"><strong>ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ</strong></td></tr>
<tr><td colspan="3"><strong>แผนการใช้จ่ายงบประมาณประจำปี</strong></td></tr>
<tr><td style="text-align: center;">OIT 18</td><td>แผนการใช้จ่ายงบประมาณประจำปี</td>
<td><ul class="pro_list1"><li><a href="thai/plan_2565.pdf"><b>แผนปฏิบัติงานและแผนงบประมาณประจำปี 2565</b></a></li></ul></td></tr>
<tr><td style="text-align: center;">OIT 19</td><td>รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปีรอบ 6 เดือน</td>
<td><ul class="pro_list1"><li><a href="thai/budget_6M_2022.pdf"><b>รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน (ต.ค.64 - มี.ค.65)</b></a></li></ul></td></tr>
<tr><td style="text-align: center;">OIT 20</td><td>รายงานผลการใช้จ่ายงบประมาณประจำปี</td><td></td></tr>
</tbody></table>`;

describe('ITA index rows', () => {
  it('a link in a nested list of a row cell gets the row: its code, title and group', () => {
    const [plan, report] = snap(ITA_TABLE).links;
    expect(plan?.row).toEqual({ code: 'O18', title: 'แผนการใช้จ่ายงบประมาณประจำปี', group: 'แผนการใช้จ่ายงบประมาณประจำปี' });
    expect(report?.row?.code).toBe('O19');
    expect(report?.row?.title).toBe('รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปีรอบ 6 เดือน');
  });
  it('group rows are never placeholders; a coded row without a document is', () => {
    expect(snap(ITA_TABLE).unlinkedRows).toEqual(['OIT 20 รายงานผลการใช้จ่ายงบประมาณประจำปี']);
  });
  it('an uncoded row among coded rows is a group heading, and heads the uncoded rows under it', () => {
    const s = snap(`<table>
<tr><td>O1</td><td>โครงสร้าง</td><td><a href="/s.pdf">คลิก</a></td></tr>
<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/e.pdf">คลิก</a></td></tr>
<tr><td></td><td>แผนการจัดซื้อจัดจ้าง</td><td></td></tr>
<tr><td></td><td>ปี 2567</td><td><a href="/p67.pdf">ดาวน์โหลด</a></td></tr>
</table>`);
    expect(s.unlinkedRows).toEqual([]);
    const last = s.links.at(-1);
    expect(last?.row).toEqual({ code: '', title: 'ปี 2567', group: 'แผนการจัดซื้อจัดจ้าง' });
    expect(last?.heading).toBe('แผนการจัดซื้อจัดจ้าง');
  });
  it('the group is read with the heading above the table (a real MOIT page: quarters under the item)', () => {
    const s = snap(`<h3>05 | MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน</h3>
<table><tr><th>ลำดับ</th><th>รายการ</th></tr>
<tr><td colspan="2">ไตรมาสที่ 1</td></tr>
<tr><td>5.1.1</td><td><a href="/f/oct.pdf">เดือน ตุลาคม 2566</a></td></tr></table>`);
    expect(s.links[0]?.heading).toBe('ไตรมาสที่ 1 — 05 | MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน');
  });
  it('a single-cell row of an ordinary table is a group heading; a table without codes keeps its unlinked rows', () => {
    const s = snap(`<table>
<tr><td colspan="2">ข้อมูลพื้นฐาน</td></tr>
<tr><td>ข้อมูลผู้บริหาร</td><td>ไม่มีลิงก์</td></tr>
</table>`);
    expect(s.unlinkedRows).toEqual(['ข้อมูลผู้บริหาร ไม่มีลิงก์']);
  });
  it('cells holding links of their own (a layout table\'s menu cell) are no title; nor is a cell of page text', () => {
    const s = snap(`<table><tr><td><a href="/exec">ข้อมูลผู้บริหาร</a><br><a href="/plan">แผนพัฒนาท้องถิ่น</a></td>
<td><p>${'ข่าวประชาสัมพันธ์ของหน่วยงาน '.repeat(12)}</p><a href="/news/1.pdf">ประกาศ</a></td></tr></table>`);
    const news = s.links.find((l) => l.url?.endsWith('/news/1.pdf'));
    expect(news?.row?.title ?? '').toBe('');
  });
  it('a link outside any table has no row', () => {
    expect(snap('<ul><li><a href="/a.pdf">แผนการจัดซื้อจัดจ้าง</a></li></ul>').links[0]?.row).toBeUndefined();
  });
});

describe('documentMarkerRow: a list item with a file icon and no link is a document listed, not uploaded', () => {
  it('a generic "เอกสารประกอบ" row is named by the heading above it', () => {
    const s = snap('<div><h4>8. นโยบายและยุทธศาสตร์ของหน่วยงาน</h4><ul><li><img src="assets/img/clients/pdf.webp" alt="PDF" width="30">เอกสารประกอบ </li></ul></div>');
    expect(s.unlinkedRows).toEqual(['8. นโยบายและยุทธศาสตร์ของหน่วยงาน เอกสารประกอบ']);
  });
  it('a row that names its document keeps its own words; an icon-font file glyph is a marker too', () => {
    const s = snap('<h4>7. แผน</h4><ul><li><i class="fas fa-file-pdf"></i>7.1 แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566-2570)</li></ul>');
    expect(s.unlinkedRows).toEqual(['7.1 แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566-2570)']);
  });
  it('a row with a usable link, or without a file marker, is not one', () => {
    expect(snap('<h4>แผน</h4><ul><li><a href="/a.pdf"><img src="pdf.png" alt="PDF">เอกสารประกอบ</a></li></ul>').unlinkedRows).toEqual([]);
    expect(snap('<h4>แผน</h4><ul><li><img src="photo.jpg" alt="ภาพกิจกรรม">เอกสารประกอบ</li></ul>').unlinkedRows).toEqual([]);
  });
});

describe('detail-row-under-item: an item row that expands into a spanning row of documents', () => {
  it('the documents stand under the item row (real10 kudrang MOIT table: count button, hidden detail row)', () => {
    const { links } = snap(
      '<table><tr><td>#</td><td>EBIT items</td><td></td></tr>' +
        '<tr><td>6</td><td>MOIT6 ผู้บริหารแสดงนโยบายการบริหารและพัฒนาทรัพยากรบุคคล</td><td><span class="btn">2</span></td></tr>' +
        '<tr class="tr2" hidden><td colspan="3"><li>6.1 ประกาศนโยบาย<a href="/u/61.pdf"> <i></i> </a><li>6.2 แผน67<a href="/u/62.pdf"> <i></i> </a></td></tr>' +
        '<tr><td>7</td><td>MOIT7 หน่วยงานมีการประเมินผลการปฏิบัติงาน</td><td><span class="btn">1</span></td></tr>' +
        '<tr class="tr2" hidden><td colspan="3"><li>7.1 ประกาศ<a href="/u/71.pdf"> <i></i> </a></td></tr></table>',
    );
    const at = (u: string) => links.find((l) => l.url?.endsWith(u));
    expect(at('/u/61.pdf')?.heading).toContain('MOIT6 ผู้บริหารแสดงนโยบายการบริหารและพัฒนาทรัพยากรบุคคล');
    expect(at('/u/62.pdf')?.heading).toContain('MOIT6');
    expect(at('/u/71.pdf')?.heading).toContain('MOIT7 หน่วยงานมีการประเมินผลการปฏิบัติงาน');
  });
  it('a spanning row of links under a row that has its own link, or under an uncoded row, is not a detail row', () => {
    const { links } = snap(
      '<table><tr><td>O1</td><td>โครงสร้าง</td><td><a href="/s.pdf">ดาวน์โหลด</a></td></tr>' +
        '<tr><td colspan="3"><a href="/x.pdf">ดาวน์โหลดทั้งหมด</a></td></tr></table>',
    );
    expect(links.find((l) => l.url?.endsWith('/x.pdf'))?.heading ?? '').not.toContain('โครงสร้าง');
  });
});
