import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { isListRow } from '../../lib/snapshot/page-structure.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string): PageSnapshot['links'] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links;
}

describe('list-group-row: a div marked as a list row is a row as an <li> is', () => {
  it('names the year links of a Bootstrap list-group row by its title line', () => {
    const got = links(
      '<div class="list-group"><div class="list-group-item"><div><strong>2.9</strong> แผนปฏิบัติการประจำปีของหน่วยงานทุกแผน <div class="small"><a href="/a.pdf">รวมเล่มแผนปฏิบัติการ</a></div></div>' +
        '<div><a href="/b.pdf">ปี 2568</a> <a href="/c.pdf">ปี 2569</a></div></div>' +
        '<div class="list-group-item"><div><strong>2.11</strong> แผนการใช้จ่ายงบประมาณประจำปี</div><div><a href="/d.pdf">แผนงบ 2569</a></div></div></div>',
    );
    expect(got.map((l) => l.context)).toEqual([
      '2.9 แผนปฏิบัติการประจำปีของหน่วยงานทุกแผน รวมเล่มแผนปฏิบัติการ ปี 2568 ปี 2569',
      '2.9 แผนปฏิบัติการประจำปีของหน่วยงานทุกแผน รวมเล่มแผนปฏิบัติการ ปี 2568 ปี 2569',
      '2.9 แผนปฏิบัติการประจำปีของหน่วยงานทุกแผน รวมเล่มแผนปฏิบัติการ ปี 2568 ปี 2569',
      '2.11 แผนการใช้จ่ายงบประมาณประจำปี แผนงบ 2569',
    ]);
    // Each year link is dated by its own label (bare-year-label for 'แผนงบ 2569').
    expect(got.map((l) => l.dates.map((d) => d.year + 543))).toEqual([[2568, 2569], [2568], [2569], [2569]]);
  });
  it('a plain div is no row; role="listitem" is', () => {
    const $ = load('<div class="list-group-item-heading"></div><div class="list-group-item active"></div><div role="listitem"></div><div class="card"></div><li class="list-group-item"></li>');
    expect($('div, li').toArray().map((e) => isListRow(e))).toEqual([false, true, true, false, false]);
    expect(links('<div class="card"><div>แผนปฏิบัติการประจำปี</div><div><a href="/b.pdf">ปี 2569</a></div></div>').map((l) => l.context)).toEqual(['']);
  });
});
