import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { bareItemLine, boldLineHeading } from '../../lib/snapshot/page-structure.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links;
}
const rowYears = (body: string) => links(body).map((l) => l.dates.filter((d) => d.source === 'row').map((d) => d.year));
const headingsOf = (body: string) => {
  const $ = load(`<html><body>${body}</body></html>`);
  return $('a').toArray().map((a) => boldLineHeading(a as Element));
};

const O26 = '<p><strong>O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม ปีงบประมาณ พ.ศ.. 2568</strong></p>';

describe('bold-line-heading: a bold-only paragraph names and dates the link paragraphs under it', () => {
  it('reads the bold line over each link paragraph of its run, up to the next bold line', () => {
    const page = `<h2>ITA 2564</h2>${O26}<p><a href="a.pdf">– รายงานผล</a></p><p><a href="b.pdf">– รายงานผล (Excel)</a></p><p><strong>O27 อื่น</strong></p><p><a href="c.pdf">– ไฟล์</a></p>`;
    const h = headingsOf(page);
    expect(h[0]).toContain('O26');
    expect(h[1]).toContain('O26');
    expect(h[2]).toBe('O27 อื่น');
  });
  it('not a page-level heading, a text paragraph between, or a link outside a paragraph', () => {
    expect(headingsOf('<h2>ITA 2564</h2><p><a href="a.pdf">รายงาน</a></p>')).toEqual(['']);
    expect(headingsOf(`${O26}<p>คำอธิบาย</p><p><a href="a.pdf">รายงาน</a></p>`)).toEqual(['']);
    expect(headingsOf(`${O26}<ul><li><a href="a.pdf">รายงาน</a></li></ul>`)).toEqual(['']);
    expect(headingsOf('<p><strong>ดู</strong> รายละเอียด</p><p><a href="a.pdf">รายงาน</a></p>')).toEqual(['']);
  });
  it("dates an undated link by the line's year; never overrides a link's own date", () => {
    expect(rowYears(`${O26}<p><a href="a.pdf">– รายงานผล</a></p>`)).toEqual([[2025]]);
    expect(links(`${O26}<p><a href="a.pdf">– รายงานผล พ.ศ. 2566</a></p>`)[0]?.dates.map((d) => d.year)).toEqual([2023]);
    expect(rowYears('<h2>ITA ปีงบประมาณ 2564</h2><p><a href="a.pdf">– รายงานผล</a></p>')).toEqual([[]]);
  });
  it('lends no year when a link under the line prints another year ("ครั้งที่ 4-2568" under "พ.ศ. 2569")', () => {
    const line = '<p><strong>O19 ผลการเปิดโอกาสให้มีส่วนร่วม ปีงบประมาณ พ.ศ. 2569</strong></p>';
    expect(rowYears(`${line}<p><a href="a.pdf">– แบบฟอร์ม</a></p><p><a href="b.pdf">– รายงานประชุม ครั้งที่ 4-2568</a></p>`)).toEqual([[], []]);
  });
  it('a coded line is the index row of the links under it (code and title); an uncoded line or a table row is not replaced', () => {
    expect(links(`${O26}<p><a href="a.pdf">– รายงานผล</a></p>`)[0]?.row).toEqual({ code: 'O26', title: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม ปีงบประมาณ พ.ศ.. 2568', group: '' });
    expect(links('<p><strong>รายงานผลการดำเนินงาน</strong></p><p><a href="a.pdf">– รายงานผล</a></p>')[0]?.row).toBeUndefined();
    expect(links(`${O26}<table><tr><td>O27</td><td>อื่น</td><td><a href="a.pdf">ไฟล์</a></td></tr></table>`)[0]?.row?.code).toBe('O27');
  });
  it('a coded line followed directly by the next coded line lists its item without a document (bareItemLine)', () => {
    const bare = (body: string) => {
      const $ = load(`<html><body>${body}</body></html>`);
      return $('p').toArray().map((p) => bareItemLine(p as Element));
    };
    const o23 = '<p><strong>O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569</strong></p>';
    expect(bare(`${o23}\n${O26}<p><a href="a.pdf">– รายงานผล</a></p>`)[0]).toBe('O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569');
    // a line with links under it, the last line of its block, an uncoded line, or one before prose: not bare
    expect(bare(`${O26}<p><a href="a.pdf">– รายงานผล</a></p>`)[0]).toBe('');
    expect(bare(o23)).toEqual(['']);
    expect(bare(`<p><strong>แผนปฏิบัติการป้องกันการทุจริต</strong></p>${O26}`)[0]).toBe('');
    expect(bare(`${o23}<p>คำอธิบาย</p>${O26}`)[0]).toBe('');
  });
});
