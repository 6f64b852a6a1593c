import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function rowDates(body: string): string[][] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map((l) => l.dates.filter((d) => d.source === 'row').map((d) => `${d.year}-${d.month ?? ''}`));
}

describe('cell-lists-entries: a table cell listing several entries dates each link by its own entry', () => {
  it('an entry without a date takes none of its neighbours\' months', () => {
    // the MOIT detail row of a CodeIgniter ITA table: <li> entries without </li>, each followed by an icon link
    const row = '<table><tr><td>5</td><td>MOIT5 สรุปผลการจัดซื้อจัดจ้าง</td></tr><tr class="tr2"><td colspan="2"><li>5.1 บันทึกข้อความรายงานผลการดำเนินงาน<a href="a.pdf"><i></i></a><li>5.2 ตค66<a href="b.pdf"><i></i></a><li>5.3 แบบ สขร 1 เดือน กพ.67<a href="c.pdf"><i></i></a></td></tr></table>';
    expect(rowDates(row)).toEqual([[], ['2023-10'], ['2024-2']]);
  });
  it('a cell with one entry, or a link outside any entry, is still dated by its cell', () => {
    expect(rowDates('<table><tr><td><li>รายงาน ตค66<a href="a.pdf"><i></i></a></li></td><td>ประจำปี 2567</td></tr></table>')).toEqual([['2023-10']]);
    expect(rowDates('<table><tr><td>รายงาน<a href="a.pdf"><i></i></a></td><td>ประจำปี 2567</td></tr></table>')).toEqual([['2024-']]);
  });
});
