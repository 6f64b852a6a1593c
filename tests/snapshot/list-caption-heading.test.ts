import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function headings(body: string): string[] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map((l) => l.heading);
}

const entries = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><div class="titleNews"><a href="/news/${i}">ข่าวที่ ${i + 1} ของกรม</a><br><span class="date"><span>16 มีนาคม 2561</span></span></div></li>`).join('')}</ul>`;

describe('list-caption-heading: a few words alone in a block title the list of links right after it', () => {
  it("an old portal's box title (<div class=\"news\">), blank clearing divs between", () => {
    const box = `<div><div class="news">ข่าวประชาสัมพันธ์</div><div style="margin:0" class="clr"></div><div id="news">${entries(3)}</div></div>`;
    expect(headings(box)).toEqual(['ข่าวประชาสัมพันธ์', 'ข่าวประชาสัมพันธ์', 'ข่าวประชาสัมพันธ์']);
  });
  it('not over a list of fewer than three links, nor across a block with text, nor a line with a digit or a sentence', () => {
    expect(headings(`<div><div class="news">ข่าวประชาสัมพันธ์</div><div id="news">${entries(2)}</div></div>`)).toEqual(['', '']);
    expect(headings(`<div><div class="news">ข่าวประชาสัมพันธ์</div><p>กรมพัฒนาฝีมือแรงงานขอเชิญชวนประชาชนที่สนใจเข้าอ่านข่าวสารล่าสุดของกรมได้ที่นี่</p><div id="news">${entries(3)}</div></div>`)).toEqual(['', '', '']);
    expect(headings(`<div><div>16 มีนาคม 2561</div><div>${entries(3)}</div></div>`)).toEqual(['', '', '']);
    expect(headings(`<div><p>กรุณาติดต่อเจ้าหน้าที่.</p><div>${entries(3)}</div></div>`)).toEqual(['', '', '']);
  });
});
