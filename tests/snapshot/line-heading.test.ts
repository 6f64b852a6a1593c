import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.ac.th/about/ita';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links;
}

describe('line-heading: the sub-heading line above links in a <br>-separated block', () => {
  const block =
    '<div><b>3. การบริหารและพัฒนาทรัพยากรบุคคล</b><br>&nbsp; &nbsp; 3.1 โครงสร้างการแบ่งส่วนราชการของหน่วยงาน<br>&nbsp; &nbsp; - <a href="/page/structure">การแบ่งส่วนงานและการบริหารคณะ</a>' +
    '<br>&nbsp; &nbsp; 3.2 ข้อมูลผู้บริหาร<br>&nbsp; - <a href="/page/personel">ข้อมูลผู้บริหารคณะ</a><br>&nbsp; - <a href="https://www.example.ac.th/th/manager">ข้อมูลผู้บริหารสถาบัน</a></div>';
  it('names each link by the text line above it, skipping the other link lines under the same line', () => {
    const ls = links(block);
    expect(ls.map((l) => l.heading)).toEqual(['3.1 โครงสร้างการแบ่งส่วนราชการของหน่วยงาน', '3.2 ข้อมูลผู้บริหาร', '3.2 ข้อมูลผู้บริหาร']);
  });
  it('crosses a nested block that holds the link', () => {
    const [l] = links('<div><br>&nbsp; 1.3 คู่มือมาตรฐานการให้บริการ<div>&nbsp; - <a href="/docs">เอกสารดาวน์โหลดสำหรับนักศึกษา</a></div></div>');
    expect(l?.heading).toBe('1.3 คู่มือมาตรฐานการให้บริการ');
  });
  it('does not take text on the link\'s own line, nor reach into a row, list item or paragraph', () => {
    expect(links('<div>ดาวน์โหลดเอกสาร <a href="/a.pdf">แผนพัฒนา</a></div>')[0]?.heading).toBe('');
    expect(links('<ul><li>ข่าวประชาสัมพันธ์<br><a href="/n">ข่าว 1</a></li></ul>')[0]?.heading).toBe('');
    expect(links('<p>คู่มือการปฏิบัติงาน<br><a href="/m.pdf">ไฟล์</a></p>')[0]?.heading).toBe('');
  });
  it('keeps a real heading first', () => {
    expect(links('<h3>ข่าวประชาสัมพันธ์</h3><div>แผนการดำเนินงาน<br><a href="/p">ไฟล์แผน</a></div>')[0]?.heading).toBe('ข่าวประชาสัมพันธ์');
  });
});

describe('entry-title-not-heading: a list entry\'s title does not head what follows the entry', () => {
  it('gives a "ทั้งหมด" button after entry cards the box heading, not the last entry\'s title', () => {
    const ls = links(
      '<div><h3>ITA</h3>' +
        '<div class="media"><div class="media-left"><a href="d.php?id=1"><img src="x.jpg"></a></div><div class="media-body"><a href="d.php?id=1"><h4>MOIT16 หน่วยงานมีรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกัน...</h4></a></div></div>' +
        '<a href="ita.php?y=2566"><p>ทั้งหมด</p></a></div>',
    );
    expect(ls.at(-1)?.label).toBe('ทั้งหมด');
    expect(ls.at(-1)?.heading).toBe('ITA');
  });
  it('still reads a heading nested at the end of a plain block', () => {
    expect(links('<div><div><h3>ข่าวประชาสัมพันธ์</h3></div><a href="/n/1">ข่าว 1</a></div>')[0]?.heading).toBe('ข่าวประชาสัมพันธ์');
  });
});
