import { describe, expect, it } from 'vitest';
import { buildSiteIndex, pageSignals } from '../../lib/audit/site-index.ts';
import { crawlFromHtml } from '../support/crawl-from-html.ts';

describe('buildSiteIndex: template text', () => {
  it('an unlinked row on many pages (a menu of dead "#" items with file icons) is template, as a repeated prose block is', () => {
    const menu = '<ul><li><a href="#"><i class="fa fa-file"></i> <span>ห้องสมุดออนไลน์</span></a></li></ul>';
    const page = (own: string) => `<html><body>${menu}<p>${own}</p></body></html>`;
    const crawl = crawlFromHtml({ '/a': page('หน้าหนึ่ง'), '/b': page('หน้าสอง'), '/c': page('หน้าสาม'), '/d': page('หน้าสี่') });
    expect(crawl.pages[0]!.unlinkedRows).toEqual(['ห้องสมุดออนไลน์']);
    const index = buildSiteIndex(crawl);
    expect(index.boilerplateProse.has('ห้องสมุดออนไลน์')).toBe(true);
    expect(index.boilerplateProse.has('หน้าหนึ่ง')).toBe(false);
  });
});

describe('pageSignals: forms that take a message', () => {
  it('a search box, a newsletter sign-up and a form of buttons only are no message form; a complaint form is', () => {
    const crawl = crawlFromHtml({
      '/': '<html><body><form action="./"><input type="search" name="q" placeholder="ค้นหา"></form>' +
        '<form id="form-email"><input type="email" name="email"><button>รับข่าวสาร</button></form>' +
        '<form action="#"><input type="submit" value="นับผู้เข้าชม"></form></body></html>',
      '/complaint': '<html><body><form action="/send"><input name="fullname"><textarea name="detail"></textarea></form></body></html>',
    });
    const [home, complaint] = crawl.pages;
    expect(pageSignals(home!)).toEqual([]);
    expect(pageSignals(complaint!)).toEqual(['form:/send']);
  });
});

describe('buildSiteIndex: distinct pages', () => {
  it('a page read again (under the URL a redirect led from) counts once, so a one-page site is still few pages', () => {
    const crawl = crawlFromHtml({ '/': '<html><body><p>หน้าแรก ที่อยู่ 50 ถนนงามวงศ์วาน</p></body></html>' });
    const home = crawl.pages[0]!;
    const index = buildSiteIndex({ ...crawl, pages: [home, { ...home, url: `${home.url}251w/` }, { ...home, url: `${home.url}251w/index.php` }] });
    expect(index.titles).toHaveLength(3);
    expect(index.distinctPages).toBe(1);
  });
});

describe('buildSiteIndex: the ITA section on another host', () => {
  const menu = (ita: string) => `<html><head><title>โรงเรียนบ้านสวน</title></head><body><ul><li><a href="/about">เกี่ยวกับเรา</a></li><li>${ita}</li></ul></body></html>`;
  it("a link labelled as the ITA section to another host, when no page of the site is an ITA page, is kept with its label", () => {
    const crawl = crawlFromHtml({ '/': menu('<a href="https://sites.google.com/pracharath.ac.th/bsj/ita">ITA ONLINE</a>'), '/about': '<html><body><h1>ประวัติโรงเรียน</h1></body></html>' });
    expect(buildSiteIndex(crawl).itaElsewhere).toEqual({ host: 'sites.google.com', url: 'https://sites.google.com/pracharath.ac.th/bsj/ita', label: 'ITA ONLINE' });
  });
  it("another body's host (the NACC's system, the province's ITA page), a headline about the assessment and a site with an ITA page of its own are not", () => {
    expect(buildSiteIndex(crawlFromHtml({ '/': menu('<a href="https://itas.nacc.go.th/">ITA</a>') })).itaElsewhere).toBeNull();
    expect(buildSiteIndex(crawlFromHtml({ '/': menu('<a href="http://203.157.138.83/ita/">ITA จังหวัดตราด</a>') })).itaElsewhere).toBeNull();
    expect(buildSiteIndex(crawlFromHtml({ '/': menu('<a href="https://myschool.blogspot.com/p/ita.html">OIT</a>') })).itaElsewhere?.host).toBe('myschool.blogspot.com');
    const headline = '<a href="https://www.facebook.com/school/posts/1">ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568 ของโรงเรียนได้คะแนนระดับ A</a>';
    expect(buildSiteIndex(crawlFromHtml({ '/': menu(headline) })).itaElsewhere).toBeNull();
    const own = crawlFromHtml({ '/': menu('<a href="https://sites.google.com/x/ita">ITA ONLINE</a>'), '/about': '<html><body><h1>การเปิดเผยข้อมูลสาธารณะ (OIT)</h1></body></html>' });
    expect(buildSiteIndex(own).itaElsewhere).toBeNull();
  });
});

describe('buildSiteIndex: the site map URL', () => {
  it("a map a page draws by script is not the site's map (real17: a report form's Longdo map of the reporter's position); an embedded map is", () => {
    const form = '<html><head><script src="https://api.longdo.com/map/?key=k"></script></head><body><h1>แจ้งเหตุ</h1><div id="map"></div></body></html>';
    expect(buildSiteIndex(crawlFromHtml({ '/notification': form })).mapUrl).toBeNull();
    const contact = '<html><body><h1>ติดต่อเรา</h1><iframe src="https://www.google.com/maps/embed?pb=!1m18"></iframe></body></html>';
    expect(buildSiteIndex(crawlFromHtml({ '/notification': form, '/contact': contact })).mapUrl).toBe('https://www.google.com/maps/embed?pb=!1m18');
  });
});

describe('buildSiteIndex: whose e-mail', () => {
  const own = '<html><head><title>องค์การบริหารส่วนตำบลซับพุทรา</title></head><body><h1>อบต.ซับพุทรา</h1><p>ที่ทำการ อบต.ซับพุทรา โทร 056-713-895</p>';
  it("an e-mail printed under another local body's name (a vendor's template left with its last customer's footer) is not the site's", () => {
    const footer = '<p>องค์การบริหารส่วนตำบลบ้านกลาง อำเภอหล่มสัก จังหวัดเพชรบูรณ์</p><p>โทรศัพท์ 056-910-059 e-mail: ban_klang@hotmail.com</p>';
    const contact = `<html><head><title>ติดต่อเรา อบต.ซับพุทรา</title></head><body><h1>ติดต่อเรา</h1><p>ที่อยู่ เลขที่ 111 หมู่ 3</p><p>โทร 056-713-895</p><p>แผนที่</p>${footer}</body></html>`;
    const index = buildSiteIndex(crawlFromHtml({ '/': `${own}</body></html>`, '/contact': contact }));
    expect(index.showsEmail).toBe(false);
  });
  it("the body's own e-mail counts, beside another body's or under no name at all", () => {
    const theirs = '<p>องค์การบริหารส่วนตำบลบ้านกลาง</p><p>e-mail: ban_klang@hotmail.com</p>';
    expect(buildSiteIndex(crawlFromHtml({ '/': `${own}${theirs}<p>ติดต่อ อบต.ซับพุทรา</p><p>อีเมล saraban@sabphutsa.go.th</p></body></html>` })).showsEmail).toBe(true);
    expect(buildSiteIndex(crawlFromHtml({ '/': `${own}<p>อีเมล contact@sabphutsa.go.th</p></body></html>` })).showsEmail).toBe(true);
  });
});
