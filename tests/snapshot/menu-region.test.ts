import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
const links = (body: string) =>
  buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }).links;
const menu = (body: string) => links(body).map((l) => [l.label, l.inMenu]);

describe('links in the site navigation (inMenu)', () => {
  it('nav, header and footer elements, and navigation roles', () => {
    expect(menu('<nav class="navbar"><a href="#">ข้อมูลพื้นฐาน</a></nav><footer><a href="">ติดต่อเรา</a></footer><div role="navigation"><a href="/a">ก</a></div>')).toEqual([
      ['ข้อมูลพื้นฐาน', true],
      ['ติดต่อเรา', true],
      ['ก', true],
    ]);
  });
  it('blocks whose class names a menu, written any way (real templates: "headerNavigation", "footerWrap", "dropdown-menu")', () => {
    expect(
      menu('<div class="headerWrap"><div class="headerNavigation"><a href="#">หน้าหลัก</a></div></div><div class="footerWrap"><a href="#">แผนผังเว็บไซต์</a></div><ul class="dropdown-menu collapse"><li><a class="dropdown-item" href="#">สนทนาเก่าสุด</a></li></ul>'),
    ).toEqual([
      ['หน้าหลัก', true],
      ['แผนผังเว็บไซต์', true],
      ['สนทนาเก่าสุด', true],
    ]);
  });
  it('a top bar of the page ("part-top-bar", "top-bar", "topbar") is navigation: its social icons are the site\'s own', () => {
    expect(menu('<div class="part-top-bar"><a href="https://www.facebook.com/museumsiamfan" class="btn-socila fb"></a></div><div id="topbar"><a href="/sitemap">SITEMAP</a></div><div class="top-bar-left"><a href="/en">EN</a></div>').map(([, m]) => m)).toEqual([true, true, true]);
  });
  it('a pager is not a menu; a nav inside main is a pager, a header inside an article is the article\'s', () => {
    expect(
      menu('<main><h2>ข่าวประชาสัมพันธ์</h2><nav><a href="/news?page=2">ถัดไป »</a></nav><article><header><a href="/n/1">ข่าว 1</a></header></article></main><ul class="pagination"><li><a href="/news?page=3">3</a></li></ul>'),
    ).toEqual([
      ['ถัดไป »', false],
      ['ข่าว 1', false],
      ['3', false],
    ]);
  });
  it("a slider's arrow or dot styling and a tab's pane are content, whatever their class or id says", () => {
    // real templates: Owl Carousel "nav-dots-style" news cards in a tab pane id="nav1"; a section "nav-arrow-b"
    expect(
      menu(
        '<div class="tab-content"><div class="tab-pane fade show active" id="nav1" role="tabpanel"><div class="owl-carousel nav-dots-style"><a href="#" class="item">19 สิงหาคม 2566 ข่าวผู้บริหาร</a></div></div></div><section class="news-single nav-arrow-b"><a href="/a.pdf">EB1</a></section>',
      ),
    ).toEqual([
      ['19 สิงหาคม 2566 ข่าวผู้บริหาร', false],
      ['EB1', false],
    ]);
    expect(menu('<div class="nav-dots-style"><nav><a href="/x">หน้าหลัก</a></nav></div><div id="nav1"><a href="/y">ข</a></div>')).toEqual([
      ['หน้าหลัก', true],
      ['ข', true],
    ]);
  });
  it('content cards are not menus, even with a "card-header"', () => {
    // a real Bootstrap card: the title is an h5, the button an empty link
    expect(
      menu(
        '<div class="row gap-3"><div class="card col-3"><div class="card-header">ข่าว</div><div class="card-body"><h5 class="card-title">ประกาศนโยบายไม่รับของขวัญ No Gift Policy</h5><p class="card-text">3/4/2566</p><a href="#!" class="btn">อ่านเพิ่มเติม</a></div></div></div>',
      ),
    ).toEqual([['3/4/2566', false]]);
  });
});

describe('tokensNameMenu and the per-page memo of class lists', () => {
  it('reads a class list as before', async () => {
    const { tokensNameMenu } = await import('../../lib/snapshot/page-structure.ts');
    expect(tokensNameMenu('dropdown-menu collapse  ')).toBe(true);
    expect(tokensNameMenu('card-header  ')).toBe(false);
    expect(tokensNameMenu('nav-dots-style')).toBe(false);
  });
  it('a class list met again on the page reads the same, and a role or tag still decides first', () => {
    expect(menu('<ul class="main-menu"><li><a href="/a">ก</a></li></ul><div class="main-menu" role="tabpanel"><a href="/b">ข</a></div><ul class="main-menu"><li><a href="/c">ค</a></li></ul>')).toEqual([
      ['ก', true],
      ['ข', false],
      ['ค', true],
    ]);
  });
  it('the page itself is no menu, whatever its body classes say of the layout (a WordPress theme\'s "header-shadow", "hide_top_bar_on_mobile_header")', () => {
    const page = buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: '<html class="nav-open"><body class="home page mini-header-enabled header-shadow hide_top_bar_on_mobile_header footer_responsive_adv"><div class="content"><a href="/news/1">ข่าว 1</a></div><div class="main-menu"><a href="/about">เกี่ยวกับเรา</a></div></body></html>', truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) });
    expect(page.links.map((l) => [l.label, l.inMenu])).toEqual([
      ['ข่าว 1', false],
      ['เกี่ยวกับเรา', true],
    ]);
  });
});
