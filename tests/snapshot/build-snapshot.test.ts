import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const realworld = (name: string) => readFileSync(new URL(`../fixtures/realworld/${name}`, import.meta.url), 'utf8');

function snap(html: string, url: string) {
  return PageSnapshot.parse(
    buildSnapshot({
      url,
      finalUrl: url,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      charset: 'utf-8',
      html,
      truncated: false,
      depth: 0,
      fetchedAt: '2026-11-25T00:00:00.000Z',
      site: createSiteScope(url),
    }),
  );
}

describe('buildSnapshot on an อบต. home page (phukradungsao)', () => {
  const s = snap(realworld('phukradungsao-home.html'), 'https://phukradungsao.go.th/public/');
  it('ignores links inside HTML comments', () => {
    // 455 "<a" in the source, 108 of them inside comments: 347 live anchors (a few without href)
    const anchors = s.links.filter((l) => l.origin === 'a' || l.origin === 'onclick').length;
    expect(anchors).toBeLessThanOrEqual(347);
    expect(anchors).toBeGreaterThan(300);
  });
  it('finds the ITA menu and the monthly procurement summaries', () => {
    const ita = s.links.find((l) => l.label === 'ITA');
    expect(ita?.url).toBe('https://phukradungsao.go.th/public/list/data/index/menu/1685');
    expect(s.links.some((l) => l.url?.endsWith('/menu/1238'))).toBe(true);
  });
  it('resolves a relative link that only works under /public/', () => {
    expect(s.links.some((l) => l.href === 'list/data/index/menu/1630' && l.url === 'https://phukradungsao.go.th/public/list/data/index/menu/1630')).toBe(true);
  });
  it('marks javascript: and empty links as placeholders, keeps real hrefs next to onclick=void', () => {
    const js = s.links.filter((l) => l.href.startsWith('javascript'));
    expect(js.length).toBeGreaterThan(0);
    expect(js.every((l) => l.kind === 'placeholder')).toBe(true);
  });
  it('dates the procurement list: the newest is 11 ธ.ค. 2567', () => {
    const procurement = s.links.filter((l) => l.url?.includes('/menu/1236') && l.url.includes('/detail/'));
    const days = procurement.flatMap((l) => l.dates.filter((d) => d.precision === 'day').map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`));
    expect(days.sort().at(-1)).toBe('2024-12-11');
  });
  it('classifies e-GP and Facebook as external', () => {
    expect(s.links.some((l) => l.url?.includes('gprocurement.go.th') && l.kind === 'external')).toBe(true);
    expect(s.contacts.some((c) => c.kind === 'facebook')).toBe(true);
  });
});

describe('buildSnapshot on a monthly สขร.1 page (kosamphi MOIT 5)', () => {
  const s = snap(realworld('kosamphi-ita-moit05-monthly.html'), 'https://kosamphi.moph.go.th/ita/ita2024/pages/ksp-ita-05.php');
  const monthLinks = s.links.filter((l) => /^เดือน/.test(l.label));
  it('reads twelve distinct months, October 2566 to September 2567', () => {
    const months = new Set(monthLinks.flatMap((l) => l.dates.filter((d) => d.source === 'link-label' && d.month).map((d) => `${d.year}-${String(d.month).padStart(2, '0')}`)));
    expect([...months].sort()).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09']);
  });
  it('marks the months without a document as placeholders', () => {
    const withDoc = monthLinks.filter((l) => l.kind !== 'placeholder');
    const labels = new Set(withDoc.map((l) => l.label.replace(/\s+/g, ' ')));
    expect([...labels].sort()).toEqual(['เดือน กรกฎาคม 2567', 'เดือน สิงหาคม 2567']);
  });
});

describe('buildSnapshot on a script-filled news list (skj)', () => {
  it('flags the listing as filled in by script', () => {
    expect(snap(realworld('skj-news-js-shell.html'), 'https://skj.ac.th/News').scriptFilled).toBe(true);
  });
  it('does not flag an ordinary page', () => {
    expect(snap(realworld('skj-procurement-table.html'), 'https://skj.ac.th/Procurement').scriptFilled).toBe(false);
  });
});

describe('buildSnapshot link sources', () => {
  const html = `<html><head><base href="/sub/"></head><body>
    <h2>เอกสาร</h2>
    <ul><li><a href="a.pdf">แผนพัฒนาท้องถิ่น</a></li></ul>
    <iframe src="https://docs.google.com/viewer?url=http%3A%2F%2Fx.go.th%2Ffiles%2Fplan.pdf"></iframe>
    <object data="/files/o.pdf"></object><embed src="/files/e.pdf">
    <div data-pdf-src="/files/d.pdf"></div>
    <button onclick="location.href='/page/next'">ถัดไป</button>
    <a href="#" onclick="window.open('/popup/doc')">เปิด</a>
    <a href="mailto:a@x.go.th">อีเมล</a>
    <a href="/files/%E0%B8%AA.pdf"><img src="i.png" alt="สขร.1 ตุลาคม 2568"></a>
    <a href="http://x.go.th/sub/">self</a>
    <!-- <a href="/hidden">hidden</a> -->
  </body></html>`;
  const s = snap(html, 'http://x.go.th/sub/');
  const by = (origin: string) => s.links.filter((l) => l.origin === origin).map((l) => l.url);
  it('reads a, iframe viewers, object, embed, data-pdf-src and onclick targets, never comments', () => {
    expect(s.links.find((l) => l.label === 'แผนพัฒนาท้องถิ่น')?.url).toBe('http://x.go.th/sub/a.pdf');
    expect(by('viewer')).toEqual(['http://x.go.th/files/plan.pdf']);
    expect(by('object')).toEqual(['http://x.go.th/files/o.pdf']);
    expect(by('embed')).toEqual(['http://x.go.th/files/e.pdf']);
    expect(by('data-pdf-src')).toEqual(['http://x.go.th/files/d.pdf']);
    expect(by('onclick').sort()).toEqual(['http://x.go.th/page/next', 'http://x.go.th/popup/doc']);
    expect(s.links.some((l) => l.url?.includes('hidden'))).toBe(false);
  });
  it('labels image links by alt text and dates them', () => {
    const img = s.links.find((l) => l.labelSource === 'alt');
    expect(img?.label).toBe('สขร.1 ตุลาคม 2568');
    expect(img?.dates.some((d) => d.year === 2025 && d.month === 10)).toBe(true);
  });
  it('records contact links and self links as not evidence', () => {
    expect(s.links.find((l) => l.label === 'อีเมล')?.kind).toBe('contact');
    expect(s.links.find((l) => l.label === 'self')?.kind).toBe('placeholder');
  });
  it('gives each link its nearest heading', () => {
    expect(s.links.find((l) => l.label === 'แผนพัฒนาท้องถิ่น')?.heading).toBe('เอกสาร');
  });
});

describe('buildSnapshot: web-template filler', () => {
  it('marks lorem ipsum text and placeholder-service images, not text in comments', () => {
    const url = 'https://example.go.th/about/';
    expect(snap('<html><body><h4>อำนาจหน้าที่</h4><p>Lorem Ipsum is simply dummy text.</p></body></html>', url).templateFiller).toBe(true);
    expect(snap('<html><body><h4>ผู้บริหาร</h4><img src="https://placehold.co/198x280" alt=""></body></html>', url).templateFiller).toBe(true);
    expect(snap('<html><body><h4>อำนาจหน้าที่</h4><!-- lorem ipsum --><p>มีหน้าที่ตามพระราชบัญญัติ</p></body></html>', url).templateFiller).toBe(false);
  });
});

describe('buildSnapshot: a card button under a long description (real7 kpic-college-2568)', () => {
  const card = (title: string, lines: number, button: string) =>
    `<div class="card"><div class="badge">o</div><div class="body"><div><h3>${title}</h3>${'<p>ข้อกำหนดของข้อนี้</p>'.repeat(lines)}</div><a href="#">${button}</a></div></div>`;
  const s = snap(`<html><body>${card('ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง', 1, 'ดูประกาศ')}${card('สรุปผลการจัดซื้อจัดจ้างรายเดือน', 11, 'ดูสรุปผลรายเดือน')}</body></html>`, 'https://example.go.th/ita.php');
  it("gives the button its own card's title, not the previous card's, however many paragraphs follow the title", () => {
    expect(s.links.find((l) => l.label === 'ดูสรุปผลรายเดือน')?.heading).toBe('สรุปผลการจัดซื้อจัดจ้างรายเดือน');
    expect(s.links.find((l) => l.label === 'ดูประกาศ')?.heading).toBe('ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง');
  });
});

describe('URL dates of long URLs', () => {
  it('reads the file-name date of a URL too long to be remembered, the same on every page', () => {
    const long = `https://x.go.th/files/${'a'.repeat(420)}/report_2567.pdf`;
    const page = `<html><body><a href="${long}">รายงาน</a><a href="/files/short_2567.pdf">สรุป</a></body></html>`;
    for (let i = 0; i < 2; i++) {
      const s = snap(page, 'https://x.go.th/');
      const years = s.links.map((l) => l.dates.filter((d) => d.source === 'url').map((d) => d.year));
      expect(years).toEqual([[2024], [2024]]);
    }
  });
});

describe('buildSnapshot: pictures outside links, with their names', () => {
  const s = snap(
    `<html><body><h3>ติดต่อเรา</h3><img src="/img/map.jpg" alt="แผนที่ตั้งสำนักงาน"><img src="/img/a.png">` +
      `<figure><img src="/img/b.png"><figcaption>แผนที่การเดินทาง</figcaption></figure>` +
      `<a href="/gallery"><img src="/img/banner.png" alt="แบนเนอร์"></a><img src="/img/c.png" title="อาคาร">` +
      `<img src="/img/phone.png" width="16"><img src="themes\\images\\pdf.png"></body></html>`,
    'https://example.go.th/contact.php',
  );
  it('names each by its alt, title or figure caption; an image inside a link is the link; icons (16 px, a PDF mark) are left out', () => {
    expect(s.pictures).toEqual([
      { src: '/img/map.jpg', name: 'แผนที่ตั้งสำนักงาน' },
      { src: '/img/a.png', name: '' },
      { src: '/img/b.png', name: 'แผนที่การเดินทาง' },
      { src: '/img/c.png', name: 'อาคาร' },
    ]);
    expect(s.images).toContain('/img/banner.png');
  });
  it('keeps a picture whose link only shows it larger (a lightbox: href="#", or the image file itself)', () => {
    const lightbox = snap(
      `<html><body><h2>โครงสร้างองค์กร</h2><a class="modal" rel="{handler: 'image'}" href="#" title="โครงสร้างองค์กร">` +
        `<img src="images/organiz.jpg" alt="โครงสร้างองค์กร"></a><a href="/files/chart-big.png"><img src="/files/chart.png"></a>` +
        `<a href="/about/structure.php"><img src="/img/go.png" alt="ดูโครงสร้าง"></a></body></html>`,
      'https://example.ac.th/about.php?page=organizational',
    );
    expect(lightbox.pictures).toEqual([
      { src: 'images/organiz.jpg', name: 'โครงสร้างองค์กร' },
      { src: '/files/chart.png', name: '' },
    ]);
  });
});

describe('buildSnapshot: what a form is for (form-purpose)', () => {
  const forms = (body: string) => snap(`<html><body>${body}</body></html>`, 'https://example.ac.th/').forms.map((f) => f.purpose ?? 'message');
  it('a search box (type search, named q/s/phrase, placeholder ค้นหา/Search), with its option check boxes, is a search', () => {
    expect(forms(`<form title="Ajax serch form"><input type="search" name="phrase" placeholder="ค้นหา.."><input type="text" name="phrase"><input type="submit"></form>`)).toEqual(['search']);
    expect(forms(`<form class="form-inline"><input type="text" class="form-control" placeholder="Search..."><button type="button">go</button></form>`)).toEqual(['search']);
    expect(forms(`<form action="/"><input name="s"><input type="checkbox" name="exact"></form>`)).toEqual(['search']);
  });
  it('one e-mail field and nothing to write is a newsletter sign-up', () => {
    expect(forms(`<form id="form-email"><input type="hidden" name="_token"><input type="email" name="email"><button type="submit">รับข่าวสาร</button></form>`)).toEqual(['subscribe']);
  });
  it('a form with a message, a name or a text field that is not a search box is a message form', () => {
    expect(forms(`<form action="/send"><input type="email" name="email"><textarea name="msg"></textarea></form>`)).toEqual(['message']);
    expect(forms(`<form action="/complaint"><input name="fullname" placeholder="ชื่อ-นามสกุล"><input name="phone"></form>`)).toEqual(['message']);
    expect(forms(`<form action="/vote"><input type="radio" name="v" value="1"><input type="radio" name="v" value="2"></form>`)).toEqual(['message']);
  });
  it('a password field makes a log-in or sign-up form, whatever else it holds', () => {
    // WordPress's log-in box ('remember me', real104) and a members' log-in with a note to write.
    expect(forms(`<form action="/wp-login.php"><input name="log"><input type="password" name="pwd"><input type="checkbox" name="rememberme"> remember me</form>`)).toEqual(['login']);
    expect(forms(`<form action="/member"><input name="user"><input type="PASSWORD" name="p"><textarea name="note"></textarea></form>`)).toEqual(['login']);
  });
  it('form-free-text: a message form with a text area is marked; a name-and-phone form, a search box or a log-in is not', () => {
    const free = (body: string) => snap(`<html><body>${body}</body></html>`, 'https://example.ac.th/').forms.map((f) => f.freeText === true);
    expect(free(`<form action="/contact/sent"><input name="name"><input type="email" name="email"><textarea name="detail"></textarea></form>`)).toEqual([true]);
    expect(free(`<form action="/complaint"><input name="fullname"><input name="phone"></form>`)).toEqual([false]);
    expect(free(`<form action="/search"><input type="search" name="q"></form>`)).toEqual([false]);
    expect(free(`<form action="/login"><input type="password" name="p"><textarea name="x"></textarea></form>`)).toEqual([false]);
  });
});

describe('buildSnapshot: an image button named by its title when its alt is a template sample (template-alt)', () => {
  it("reads 'รับเรื่องร้องเรียน' from the title over the theme's alt 'Partner Name'; a real alt stays", () => {
    const s = snap(
      `<html><body><a href="UP_Complaint.aspx"><img src="images/clients/UP_Complaint.png" alt="Partner Name" title="รับเรื่องร้องเรียน"></a>` +
        `<a href="/plan.aspx"><img src="c12.png" alt="แผนยุทธศาสตร์" title="คลิก"></a><a href="/x.aspx"><img src="c1.png" alt="Partner Name"></a></body></html>`,
      'https://www.up.ac.th/',
    );
    expect(s.links.map((l) => [l.label, l.labelSource])).toEqual([
      ['รับเรื่องร้องเรียน', 'alt'],
      ['แผนยุทธศาสตร์', 'alt'],
      ['Partner Name', 'alt'],
    ]);
  });
});

describe('map-script', () => {
  it("a page that loads the Google Maps JavaScript API draws its map by script: the script is the page's map (real95)", () => {
    const url = 'https://www.example.go.th/index.php?r=site%2Fcontact';
    const snap = (head: string) =>
      buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><head>${head}</head><body><h1>ติดต่อเรา</h1><div id="gmap0-map-canvas"></div></body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(url) });
    expect(snap('<script src="https://maps.googleapis.com/maps/api/js?language=th&amp;version=3.exp&amp;sensor=false"></script>').contacts).toContainEqual({ kind: 'map', value: 'https://maps.googleapis.com/maps/api/js?language=th&version=3.exp&sensor=false' });
    expect(snap('<script src="//maps.googleapis.com/maps/api/js?key=k"></script>').contacts.filter((c) => c.kind === 'map')).toHaveLength(1);
    expect(snap('<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>').contacts.filter((c) => c.kind === 'map')).toEqual([]);
  });
});
