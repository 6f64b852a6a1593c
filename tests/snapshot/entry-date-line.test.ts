import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links;
}
const rowYears = (body: string) => links(body).map((l) => l.dates.filter((d) => d.source === 'row').map((d) => d.year));

describe('entry-date-line: the date stamp on the line under a card\'s link dates it', () => {
  const card = (stamp: string, extra = '') =>
    `<div class="media-body"><a href="d.php?id=223"><h4>ยกเลิกประกาศผู้ชนะการเสนอราคา</h4><span>ตามที่โรงพยาบาล เรื่อง ประกวดราคา...</span></a>${extra}<br>${stamp}</div>`;
  it('reads "📅 03 มี.ค. 2564 👁 4959 ⬇ 9" under the link', () => {
    expect(rowYears(card('<span><span class="glyphicon glyphicon-calendar"></span> 03 มี.ค. 2564</span> <span><span class="glyphicon-eye-open"></span> 4959</span> <span>9</span>'))).toEqual([[2021]]);
  });
  it('allows a short word before the day ("วันที่", "โพสต์เมื่อ")', () => {
    expect(rowYears(card('<span>โพสต์เมื่อ 15 ม.ค. 2567</span>'))).toEqual([[2024]]);
  });
  it('not a line of prose, a line without a day, or a card that links elsewhere too', () => {
    expect(rowYears(card('<span>รายงานผลการดำเนินงานของโรงพยาบาลที่จัดทำขึ้นเมื่อวันที่ 15 ม.ค. 2567 เพื่อเผยแพร่ต่อสาธารณะ</span>'))).toEqual([[]]);
    expect(rowYears(card('<span>ปีงบประมาณ 2567</span>'))).toEqual([[]]);
    expect(rowYears(card('<span>03 มี.ค. 2564</span>', ' <a href="other.php">อ่านต่อ</a>'))).toEqual([[], []]);
  });
  it('does not reach out of a list item or table row', () => {
    expect(rowYears('<ul><li><a href="a.pdf">ประกาศ</a><br><span>03 มี.ค. 2564</span></li></ul>')[0]).toEqual([2021]);
    expect(links('<ul><li><div><a href="a.pdf">ประกาศ</a></div></li><li>03 มี.ค. 2564</li></ul>')[0]?.dates).toEqual([]);
  });
});

describe('sibling-date-stamp: the element right after an entry\'s title link, when it is the entry\'s date stamp', () => {
  const card = (stamp: string) => `<ul><li><img src="/a.jpg"><div class="text"><a href="/news/1">เยี่ยมครอบครัว บุตร ของกำลังพล</a> ${stamp}<hr><p>ผู้อำนวยการโรงพยาบาล เยี่ยมครอบครัว …</p></div></li></ul>`;
  const dayYears = (body: string) => links(body).map((l) => l.dates.filter((d) => d.precision === 'day').map((d) => d.year));
  it('dates the entry by a stamp with who posted it and when', () => {
    expect(dayYears(card('<span>โพสต์โดย <strong>Admin</strong> เมื่อวันที่ <strong> 8 ธันวาคม 60</strong></span>'))).toEqual([[2017]]);
    expect(dayYears(card('<small>Posted by admin on 03 มี.ค. 2564</small>'))).toEqual([[2021]]);
  });
  it('not a sentence that happens to hold a date, nor an element holding a link', () => {
    expect(dayYears(card('<span>ผู้อำนวยการโรงพยาบาลเป็นประธานในพิธีเปิดอาคารใหม่เมื่อวันที่ 8 ธันวาคม 2560</span>'))).toEqual([[]]);
    expect(dayYears(card('<span><a href="/news/2">ข่าวถัดไป</a> 8 ธันวาคม 2560</span>')).at(0)).toEqual([]);
  });
});
