import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { headingText, imageButtonText } from '../../lib/snapshot/page-structure.ts';

const URL_ = 'https://www.example.go.th/';
function snapshot(body: string): PageSnapshot {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  );
}

describe('image-button-text: a row of image buttons reads as the words its images carry', () => {
  it('a menu item written as an image button names its dropdown links, as in text', () => {
    const text = snapshot('<ul><li><a href="#p">แผนอัตรากำลัง 3 ปี</a><div><a href="/p.html">2561 - 2563</a></div></li></ul>').links.map((l) => l.context);
    const image = snapshot('<ul><li><a href="#p" title="แผนอัตรากำลัง 3 ปี"><img src="/b.png" alt="แผนอัตรากำลัง 3 ปี"></a><div><a href="/p.html">2561 - 2563</a></div></li></ul>').links.map((l) => l.context);
    expect(image[1]).toBe(text[1]);
  });
  it('a row with words of its own keeps them alone (a news photo caption repeats the title)', () => {
    const got = snapshot('<ul><li><a href="/n/1"><img src="/p.jpg" alt="ภาพข่าว ประชุม"></a><a href="/n/1">ประชุมสภา</a></li></ul>').links.map((l) => l.context);
    expect(got).toEqual(['ประชุมสภา', 'ประชุมสภา']);
  });
  it('imageButtonText: only a link without text whose image has an alt', () => {
    const $ = load('<a id="a"><img alt="ปุ่ม"></a><a id="b">ข้อความ<img alt="x"></a><a id="c"><img alt=""></a><span id="d"><img alt="y"></span>');
    expect(['#a', '#b', '#c', '#d'].map((s) => imageButtonText($(s)[0] as Element))).toEqual(['ปุ่ม', null, null, null]);
  });
});

describe('image-heading: a heading painted as an image reads as its alt', () => {
  it('page headings and sections', () => {
    const page = snapshot('<h2><a href="/news"><img src="/h.png" alt="ข่าวประชาสัมพันธ์"></a></h2><p>ประชุมสภา 9 มิถุนายน 2569 รายละเอียดของการประชุมครั้งนี้</p>');
    expect(page.headings).toContain('ข่าวประชาสัมพันธ์');
    expect((page.sections ?? []).map((s) => s.heading)).toContain('ข่าวประชาสัมพันธ์');
  });
  it('headingText: words first, then an image alt', () => {
    const $ = load('<h2 id="a">ข่าว <img alt="x"></h2><h2 id="b"><img alt="ภาพ"></h2><h2 id="c"></h2>');
    expect(['#a', '#b', '#c'].map((s) => headingText($(s)[0] as Element))).toEqual(['ข่าว', 'ภาพ', '']);
  });
});
