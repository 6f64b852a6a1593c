import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot, rowDatesFor } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/docs/';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links;
}
const years = (ds: { year: number; source: string }[]) => ds.filter((d) => d.source === 'row' || d.source === 'link-label').map((d) => d.year + 543);

describe('rowDatesFor', () => {
  it("takes the title cell's year over a publication-date column", () => {
    const d = rowDatesFor(['1', 'รายงานผลการดำเนินงาน ประจำปี 2567', '15 ต.ค. 2568', 'ดาวน์โหลด'], 3);
    expect(d.map((x) => x.year + 543)).toEqual([2567]);
  });
  it('uses the link’s own cell first', () => {
    expect(rowDatesFor(['แผนการจัดซื้อจัดจ้าง ปี 2566', 'ไฟล์ปี 2568'], 1).map((x) => x.year + 543)).toEqual([2568]);
  });
  it('falls back to date-only cells when no cell with words has a date', () => {
    expect(rowDatesFor(['ตุลาคม 2567', 'ดาวน์โหลด'], 1).map((x) => x.month)).toEqual([10]);
  });
});

describe('dates of links in a table row', () => {
  it("a generic link takes the year of the document's title, not of the publication column", () => {
    const [l] = links('<table><tr><td>รายงานผลการดำเนินงาน ประจำปี 2567</td><td>เผยแพร่ 2568</td><td><a href="/r.pdf">ดาวน์โหลด</a></td></tr></table>');
    expect(years(l?.dates ?? [])).toEqual([2567]);
  });
  it("a label's own year wins over every cell", () => {
    const [l] = links('<table><tr><td>15 ต.ค. 2568</td><td><a href="/r.pdf">รายงานผลการดำเนินงาน ประจำปี 2567</a></td></tr></table>');
    expect(years(l?.dates ?? [])).toEqual([2567]);
  });
  it('a layout table lends no dates from the page it holds', () => {
    const [menu] = links('<table><tr><td><a href="/news">ข่าวจัดซื้อจัดจ้าง</a></td><td><table><tr><td>ประกาศ 1 ม.ค. 2568</td></tr></table></td></tr></table>');
    expect(menu?.dates).toEqual([]);
  });
});

describe('a <br> list line dates its link', () => {
  it('the date in an inline div after the link, up to the next <br>, is the link\'s row date', () => {
    const u = 'https://www.example.go.th/index.php';
    const html = `<html><body><div class="media-body"><h4>ข่าวประชาสัมพันธ์</h4><img src="pdf.png"><a href="news_pr.php?id=372">คลังข่าวมหาดไทย (Link)</a> <div style="display:inline">30/01/2016</div><br><img src="pdf.png"><a href="news_pr.php?id=367">ประกาศ เรื่อง คู่มืองานบริการ</a> <div style="display:inline">15/03/2021</div><br></div></body></html>`;
    const s = buildSnapshot({ url: u, finalUrl: u, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(u) });
    const byLabel = new Map(s.links.map((l) => [l.label, l.dates.filter((d) => d.source === 'row').map((d) => d.year)]));
    expect(byLabel.get('คลังข่าวมหาดไทย (Link)')).toEqual([2016]);
    expect(byLabel.get('ประกาศ เรื่อง คู่มืองานบริการ')).toEqual([2021]);
  });
});
