import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { indexElements } from '../../lib/snapshot/element-index.ts';
import { pageRedirect } from '../../lib/snapshot/page-redirect.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const redirectOf = (html: string): string | null => {
  const $ = load(html);
  return pageRedirect($, indexElements($));
};

function snap(html: string, url = 'https://www.example.go.th/') {
  return PageSnapshot.parse(
    buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 0, fetchedAt: '2026-12-07T00:00:00.000Z', site: createSiteScope(url) }),
  );
}

/** An old site's root: a frameset of a top bar, a menu and the main page (top.php / left.php / main.php). */
const FRAMESET = `<html><head><title>องค์การบริหารส่วนตำบลตัวอย่าง</title></head>
<frameset rows="150,*" frameborder="NO" border="0"><frame src="top.php" name="top" scrolling="NO" noresize>
<frameset cols="220,*"><frame src="left.php" name="left"><frame src="main.php" name="main"></frameset></frameset>
<noframes><body>เบราว์เซอร์ของท่านไม่รองรับเฟรม</body></noframes></html>`;

describe('pageRedirect', () => {
  it('reads a meta refresh in its common spellings', () => {
    expect(redirectOf('<html><head><meta http-equiv="refresh" content="0; url=main.php"></head><body></body></html>')).toBe('main.php');
    expect(redirectOf(`<meta http-equiv="Refresh" content="0;URL='https://www.example.go.th/th/'">`)).toBe('https://www.example.go.th/th/');
    expect(redirectOf('<meta http-equiv="REFRESH" content="3 ; URL=/index.php?lang=th">')).toBe('/index.php?lang=th');
  });
  it('ignores a refresh that only reloads the page', () => {
    expect(redirectOf('<meta http-equiv="refresh" content="300"><body>ข่าวประชาสัมพันธ์</body>')).toBeNull();
  });
  it('reads the script redirect of a bare splash page', () => {
    expect(redirectOf('<html><head><script>window.location = "home.php";</script></head><body></body></html>')).toBe('home.php');
    expect(redirectOf(`<body><script type="text/javascript">location.replace('/web/index.php')</script></body>`)).toBe('/web/index.php');
    expect(redirectOf(`<body><p>กำลังเข้าสู่เว็บไซต์...</p><script>top.location.href='https://www.example.go.th/main/';</script></body>`)).toBe('https://www.example.go.th/main/');
  });
  it('does not take a handler on a page with content of its own for the page\'s target', () => {
    const page = `<body><h1>องค์การบริหารส่วนตำบลตัวอย่าง</h1><p>${'ข้อมูลพื้นฐานและอำนาจหน้าที่ขององค์การบริหารส่วนตำบล '.repeat(6)}</p>
<script>function go() { window.location = "search.php"; }</script></body>`;
    expect(redirectOf(page)).toBeNull();
    expect(redirectOf('<body><script>location.href = "#top";</script></body>')).toBeNull();
  });
});

describe('snapshot of redirect and frameset pages', () => {
  it('follows a frameset\'s frames as embedded pages', () => {
    const links = snap(FRAMESET).links;
    expect(links.map((l) => [l.url, l.origin])).toEqual([
      ['https://www.example.go.th/top.php', 'iframe'],
      ['https://www.example.go.th/left.php', 'iframe'],
      ['https://www.example.go.th/main.php', 'iframe'],
    ]);
    expect(links.every((l) => l.kind === 'page')).toBe(true);
  });
  it('gives a redirect page one link to its target, and does not call a script redirect a script-built shell', () => {
    const s = snap('<html><head><script>window.location.href = "th/index.php";</script></head><body></body></html>');
    expect(s.links.map((l) => [l.url, l.origin, l.kind])).toEqual([['https://www.example.go.th/th/index.php', 'refresh', 'page']]);
    expect(s.scriptBuilt).toBe('none');
    const shell = snap('<html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>');
    expect(shell.scriptBuilt).toBe('shell');
  });
});

describe('jump-menu-option', () => {
  it('reads the options of a drop-down that opens its value as links named by their text', () => {
    const html = `<html><body><p>${'สำนักงานที่ดินจังหวัดตัวอย่าง '.repeat(8)}</p><select name="e-service" onchange="if (this.value) window.open(this.value, '_blank')">
<option value="">-- กรุณาเลือก --</option><option value="https://eservice.dol.go.th/home">e-service</option><option value="/queue.php">คิวบริการ</option></select></body></html>`;
    const links = snap(html).links.filter((l) => l.origin === 'option');
    expect(links.map((l) => [l.label, l.url])).toEqual([
      ['e-service', 'https://eservice.dol.go.th/home'],
      ['คิวบริการ', 'https://www.example.go.th/queue.php'],
    ]);
  });
  it('leaves a form field\'s options alone', () => {
    const html = `<html><body><form action="/search"><select name="year"><option value="2568">2568</option><option value="/x.php">x</option></select></form>
<select onchange="this.form.submit()"><option value="https://a.go.th/">a</option></select></body></html>`;
    expect(snap(html).links.filter((l) => l.origin === 'option')).toEqual([]);
  });
});
