import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
const linkYears = (body: string): Record<string, number[]> =>
  Object.fromEntries(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) })
      .links.map((l) => [l.label, l.dates.map((d) => d.year + 543)]),
  );

describe('submenu-outside-row: a titled link in a block of its own inside a row takes no date from the row', () => {
  it('a submenu written as <br> lines under "ITA 2568" does not date its items 2568, as a nested list does not', () => {
    const lines = linkYears('<ul><li><a href="/ita">ITA 2568</a><div class="list"><a href="/o11">O11 สถิติการให้บริการ</a><br><a href="/o21">O21 No Gift Policy</a><br></div></li></ul>');
    const nested = linkYears('<ul><li><a href="/ita">ITA 2568</a><ul><li><a href="/o11">O11 สถิติการให้บริการ</a></li><li><a href="/o21">O21 No Gift Policy</a></li></ul></li></ul>');
    expect(lines['O11 สถิติการให้บริการ']).toEqual([]);
    expect(lines).toEqual(nested);
  });
  it('a generic button or a link in the row\'s own text still takes the row\'s year', () => {
    expect(linkYears('<ul><li>แผนปฏิบัติการ ปี 2568 <div><a href="/a.pdf">ดาวน์โหลด</a></div></li></ul>')['ดาวน์โหลด']).toEqual([2568]);
    expect(linkYears('<ul><li>ปี 2568 <a href="/b.pdf">แผนปฏิบัติการ</a></li></ul>')['แผนปฏิบัติการ']).toEqual([2568]);
  });
});

describe('entry-meta-line: a block whose links all go where the row\'s other links go is a line of the entry', () => {
  it('a post\'s date line with its comments link dates the post\'s title link', () => {
    const years = linkYears('<ul class="recent-posts"><li><figure><a href="/p/1"></a></figure><div class="details"><h5><a href="/p/1">แจ้งกำหนดการเข้าล้างแอร์</a></h5></div><div class="meta"><span class="post-date">25 พฤศจิกายน 2021</span><div class="likes"><a href="/p/1#comment-area"><span>0</span></a></div></div></li><li><a href="/p/2">ข่าวที่ 2</a></li></ul>');
    expect(years['แจ้งกำหนดการเข้าล้างแอร์']).toEqual([2564]);
  });
  it('a block linking elsewhere, or to nowhere, is still a submenu whose words are not the row\'s', () => {
    expect(linkYears('<ul><li><a href="/about">เกี่ยวกับเรา</a><div class="sub"><a href="/history">ประวัติ 2565</a></div></li></ul>')['เกี่ยวกับเรา']).toEqual([]);
    expect(linkYears('<ul><li><a href="#">เกี่ยวกับเรา</a><div class="sub"><a href="#">ประวัติ 2565</a></div></li></ul>')['เกี่ยวกับเรา']).toEqual([]);
  });
});
