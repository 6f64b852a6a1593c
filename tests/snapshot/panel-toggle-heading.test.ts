import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { isPanelToggle } from '../../lib/snapshot/page-structure.ts';

const URL_ = 'https://www.example.go.th/';
function headings(body: string): string[] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map((l) => l.heading);
}

const MOIT11 = 'MOIT11 หน่วยงานของท่านเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีโอกาสเข้ามามีส่วนร่วมในการดำเนินงาน';
const panel = (title: string, inner: string) =>
  `<div class="block w-full"><button type="button" class="flex justify-between">${title}<span><svg></svg></span></button><div class="overflow-hidden"><div class="grid">${inner}</div></div></div>`;

describe('panel-toggle-heading: a bare accordion <button> titles the panel after it', () => {
  it('names every link of the panel by the button title', () => {
    const page = panel(MOIT11, '<div><p>1. มีหลักฐานการจัดโครงการ</p></div><div><a href="https://drive.google.com/file/d/a/view">1.2 โครงการ</a></div><div><a href="https://drive.google.com/file/d/b/view">5. มีภาพกิจกรรม</a></div>');
    expect(headings(page)).toEqual([MOIT11, MOIT11]);
  });
  it('a nearer heading inside the panel still wins', () => {
    expect(headings(panel(MOIT11, '<details><summary>ไตรมาสที่ 2</summary><div><a href="a.pdf">รายงาน</a></div></details>'))).toEqual(['ไตรมาสที่ 2']);
  });
  it('not an icon button, nor a button holding a link', () => {
    expect(headings(panel('<i class="fa"></i> ▼', '<div><a href="a.pdf">รายงาน</a></div>'))).toEqual(['']);
    const $ = load('<div><button><a href="x">ข้อมูลพื้นฐานของหน่วยงาน</a></button><div id="p"></div></div>');
    const [button, next] = [$('button')[0]!, $('#p')[0]!];
    expect(isPanelToggle(button, next)).toBe(false);
    const $2 = load('<div><button>ข้อมูลพื้นฐานของหน่วยงาน</button><div id="p"></div></div>');
    expect(isPanelToggle($2('button')[0]!, $2('#p')[0]!)).toBe(true);
    expect(isPanelToggle($2('#p')[0]!, $2('button')[0]!)).toBe(false);
  });
});
