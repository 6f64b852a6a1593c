import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { isSoleWrapper } from '../../lib/snapshot/page-structure.ts';

const URL_ = 'https://www.example.go.th/';
function contexts(body: string): string[] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map((l) => l.context);
}

describe('sole-wrapper: a block that is all of a row\'s content reads as the row itself', () => {
  it('a wrapped menu item still names the year links of its dropdown, as unwrapped', () => {
    const item = '<a href="#plan">แผนอัตรากำลัง 3 ปี</a><div class="dropdown-content"><a href="/p.html">2561 - 2563</a></div>';
    const plain = contexts(`<ul><li>${item}</li></ul>`);
    expect(plain[1]).toBe('แผนอัตรากำลัง 3 ปี');
    expect(contexts(`<ul><li><div class="item-wrap"><div class="item-inner">${item}</div></div></li></ul>`)).toEqual(plain);
  });
  it('a div beside other content is still a submenu of its own', () => {
    expect(contexts('<ul><li>เมนู <div><a href="/a">ก</a></div></li></ul>')).toEqual(['เมนู']);
  });
  it('a block of paragraphs in a one-item list is a page section: its loose links take no row text', () => {
    expect(contexts('<ul><li><div class="media-body"><p>แผนพัฒนา 2556-2558</p><p><a href="/a.pdf">แผน.pdf</a></p><object data="/f/"></object></div></li></ul>')).toEqual(['แผน.pdf', '']);
  });
  it('isSoleWrapper: only blank text and comments beside it', () => {
    const $ = load('<li> <!-- x --> <div id="a"></div> </li><li>t<div id="b"></div></li>');
    expect([$('#a')[0]!, $('#b')[0]!].map((e) => isSoleWrapper(e))).toEqual([true, false]);
  });
});
