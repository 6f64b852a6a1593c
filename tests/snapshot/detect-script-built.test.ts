import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { hashRoute, urlKey } from '../../lib/crawl/url-key.ts';
import { buildSnapshot, withRenderState } from '../../lib/snapshot/build-snapshot.ts';
import { detectScriptBuilt } from '../../lib/snapshot/detect-script-filled.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

/** Real pages kept in the repository (tests/fixtures/realworld, sources in its README). */
function realworld(name: string): string {
  return readFileSync(new URL(`../fixtures/realworld/${name}`, import.meta.url), 'utf8');
}
const detect = (html: string) => detectScriptBuilt(load(html));

function snap(html: string, url: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 0, fetchedAt: '2026-11-25T00:00:00.000Z', site: createSiteScope(url) }),
  );
}

// The index.html each framework's project generator writes (trimmed to what matters).
const REACT_CRA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React App</title>
<script defer="defer" src="/static/js/main.5f8a1c2e.js"></script><link href="/static/css/main.css" rel="stylesheet"></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`;
const VUE_CLI = `<!DOCTYPE html><html lang=""><head><meta charset="utf-8"><title>อบต.ตัวอย่าง</title>
<script defer="defer" src="/js/chunk-vendors.1a2b.js"></script><script defer="defer" src="/js/app.3c4d.js"></script></head>
<body><noscript><strong>We're sorry but อบต.ตัวอย่าง doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript><div id="app"></div></body></html>`;
const ANGULAR_CLI = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>Portal</title><base href="/">
<link rel="stylesheet" href="styles.css"></head><body><app-root></app-root>
<script src="runtime.js" type="module"></script><script src="polyfills.js" type="module"></script><script src="main.js" type="module"></script></body></html>`;
const NEXT_CSR = `<!DOCTYPE html><html><head><title>เทศบาล</title></head><body><div id="__next"></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/"}</script><script src="/_next/static/chunks/main.js" defer></script></body></html>`;
/** An old AngularJS site: a static menu of `#/` routes, the content in an empty ng-view. */
const ANGULARJS_ROUTES = `<!DOCTYPE html><html ng-app="portal"><head><title>เทศบาลตำบลตัวอย่าง</title>
<script src="js/angular.min.js"></script><script src="js/app.js"></script></head><body>
<header><h1>เทศบาลตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง</h1>
<ul class="menu">${Array.from({ length: 20 }, (_, i) => `<li><a href="#/page/${i}">เมนูที่ ${i} ข้อมูลหน่วยงาน</a></li>`).join('')}</ul></header>
<div ng-view></div><footer>ติดต่อ 0 4411 1111 สำนักงานเทศบาลตำบลตัวอย่าง ถนนสายหลัก ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 30000</footer></body></html>`;
const ORDINARY = `<!DOCTYPE html><html><head><title>ข่าว</title><script src="/js/jquery.js"></script></head><body>
<h1>ข่าวประชาสัมพันธ์</h1><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/news/${i}">ข่าวที่ ${i} การประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ</a> 1 ต.ค. 2568</li>`).join('')}</ul>
<noscript>Please enable JavaScript for the photo gallery.</noscript></body></html>`;
/** A content page that mounts a small widget (a Vue calendar) in #app: the page is not a shell. */
const WIDGET_ON_CONTENT = `<!DOCTYPE html><html><head><title>ปฏิทินกิจกรรม</title><script src="/js/vue.js"></script></head><body>
<h1>แผนการดำเนินงานประจำปี</h1><p>${'องค์การบริหารส่วนตำบลตัวอย่างจัดทำแผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569 เพื่อเป็นแนวทาง '.repeat(10)}</p>
<ul>${Array.from({ length: 16 }, (_, i) => `<li><a href="/doc/${i}.pdf">เอกสารที่ ${i}</a></li>`).join('')}</ul>
<div id="app"></div></body></html>`;
const NG_REPEAT_LIST = `<!DOCTYPE html><html><head><title>จัดซื้อจัดจ้าง</title><script src="/js/angular.js"></script></head><body ng-controller="List">
<h1>ประกาศจัดซื้อจัดจ้าง</h1><p>${'ประกาศผลการจัดซื้อจัดจ้างขององค์การบริหารส่วนตำบล รายการล่าสุดแสดงด้านล่าง '.repeat(10)}</p>
<nav>${Array.from({ length: 16 }, (_, i) => `<a href="/m/${i}">เมนู ${i}</a>`).join(' ')}</nav>
<table><tr ng-repeat="row in rows"><td>{{row.title}}</td><td><a href="{{row.file}}">ดาวน์โหลด</a></td></tr></table></body></html>`;

/** A template's whole-page preloader (shown until images load) above a news section a database left empty. */
const PRELOADER_OVER_EMPTY_SECTION = `<!DOCTYPE html><html><head><title>งานป้องกันฯ</title><script src="/js/jquery.min.js"></script>
<script>$(window).on('load', function () { $('.loading').fadeOut(); });</script></head><body>
<nav>${Array.from({ length: 8 }, (_, i) => `<a href="/m/${i}">เมนู ${i}</a>`).join(' ')}</nav>
<div class="loading"><div class="windows8 loading-position"><div class="wBall"><div class="wInnerBall"></div></div></div></div>
<section class="case-study"><h2 class="title">ข่าวประชาสัมพันธ์</h2><div class="case-study-content"><div class="container">
<div id="blog" class="section"><div class="row"> </div></div></div></div></section>
<footer>${'เทศบาลตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง โทร 054-000000 '.repeat(4)}</footer></body></html>`;

describe('detectScriptBuilt', () => {
  it('finds the application shells of React, Vue, Angular and Next', () => {
    expect(detect(REACT_CRA)).toBe('shell');
    expect(detect(VUE_CLI)).toBe('shell');
    expect(detect(ANGULAR_CLI)).toBe('shell');
    expect(detect(NEXT_CSR)).toBe('shell');
  });
  it('finds an AngularJS site whose content lives in an empty ng-view behind #/ routes', () => {
    expect(detect(ANGULARJS_ROUTES)).toBe('shell');
  });
  it('calls the skj news page (an AJAX-filled grid on a real page) a list, not a shell', () => {
    expect(detect(realworld('skj-news-js-shell.html'))).toBe('list');
  });
  it('calls a template repeated from data (ng-repeat) a list', () => {
    expect(detect(NG_REPEAT_LIST)).toBe('list');
  });
  it('leaves ordinary pages alone, even with scripts, a JavaScript notice or a widget mount point', () => {
    expect(detect(ORDINARY)).toBe('none');
    expect(detect(WIDGET_ON_CONTENT)).toBe('none');
    expect(detect(realworld('skj-procurement-table.html'))).toBe('none');
    expect(detect(realworld('phukradungsao-home.html'))).toBe('none');
    expect(detect(realworld('kosamphi-ita-index.html'))).toBe('none');
  });
  it('does not read a whole-page preloader as a list being loaded; a spinner inside or beside the empty list is one', () => {
    expect(detect(PRELOADER_OVER_EMPTY_SECTION)).toBe('none');
    const spinnerInList = PRELOADER_OVER_EMPTY_SECTION.replace('<div class="row"> </div>', '<div class="row news-list"><div class="spinner"></div></div>');
    expect(detect(spinnerInList)).toBe('list');
    const loadingText = PRELOADER_OVER_EMPTY_SECTION.replace('<div class="row"> </div>', '<div class="row news-list">กำลังโหลดข้อมูล...</div>');
    expect(detect(loadingText)).toBe('list');
    const spinnerBeside = PRELOADER_OVER_EMPTY_SECTION.replace('<div class="row"> </div>', '<div class="row" id="grid"></div><div id="loading-spinner"><span>Loading...</span></div>');
    expect(detect(spinnerBeside)).toBe('list');
  });
  it('rendered-bare-page: a server-rendered page of icon buttons and pictures is bare, not a frame; an empty mount point still is one', () => {
    const icons = Array.from({ length: 4 }, () => '<button type="button"><svg viewBox="0 0 24 24"><path d="M2 15"></path></svg></button>').join('');
    const splash = `<html><body><main><div class="header">${icons}</div><img src="/banner.jpg" alt=""></main><script src="/_next/static/chunks/main.js"></script></body></html>`;
    expect(detect(splash)).toBe('none');
    expect(detect(splash.replace('<main>', '<main><div id="__next"></div>'))).toBe('shell');
    // A bare body with a picture or two stays a shell (a loader's spinner, a logo over an empty app).
    expect(detect('<html><body><img src="/logo.png"><div class="spinner"><svg></svg></div><script src="/app.js"></script></body></html>')).toBe('shell');
  });
  it('does not call a page without any script a shell, however empty', () => {
    expect(detect('<html><body><div id="app"></div></body></html>')).toBe('none');
  });
  it('sees a rendered shell (the same app after its script ran) as built', () => {
    const rendered = REACT_CRA.replace('<div id="root"></div>', `<div id="root"><nav>${Array.from({ length: 5 }, (_, i) => `<a href="#/o${i}">O${i} ข้อมูล</a>`).join('')}</nav><main><h1>หน้าแรก</h1><p>${'ข้อมูลพื้นฐานของหน่วยงาน '.repeat(30)}</p></main></div>`);
    expect(detect(rendered)).toBe('none');
  });
});

describe('snapshot render fields', () => {
  it('records the shell as script-built, not rendered, and script-filled for older readers', () => {
    const s = snap(VUE_CLI, 'https://x.go.th/');
    expect(s.scriptBuilt).toBe('shell');
    expect(s.rendered).toBe('no');
    expect(s.scriptFilled).toBe(true);
  });
  it('a rendered page is no longer script-filled; a failed render still is, with its note', () => {
    const s = snap(VUE_CLI, 'https://x.go.th/');
    const ok = withRenderState(s, { scriptBuilt: 'shell', rendered: 'yes' });
    expect(ok.scriptFilled).toBe(false);
    expect(ok.renderNote).toBeUndefined();
    const failed = withRenderState(s, { scriptBuilt: 'shell', rendered: 'failed', renderNote: 'timeout' });
    expect(failed.scriptFilled).toBe(true);
    expect(failed.renderNote).toBe('timeout');
  });
  it('reads snapshots saved before these fields existed', () => {
    const s = snap(ORDINARY, 'https://x.go.th/');
    const { scriptBuilt: _a, rendered: _b, ...old } = s;
    const parsed = PageSnapshot.parse(old);
    expect(parsed.scriptBuilt).toBe('none');
    expect(parsed.rendered).toBe('no');
  });
});

describe('hash routes', () => {
  it('reads #/…, #!/… and #!… as routes, and #top, #, #/ as none', () => {
    expect(hashRoute(new URL('http://x.go.th/#/news/3'))).toBe('#/news/3');
    expect(hashRoute(new URL('http://x.go.th/#/news/3/'))).toBe('#/news/3');
    expect(hashRoute(new URL('http://x.go.th/index.html#!/o1'))).toBe('#!/o1');
    expect(hashRoute(new URL('http://x.go.th/#!o1'))).toBe('#!/o1');
    for (const u of ['http://x.go.th/#top', 'http://x.go.th/#', 'http://x.go.th/#/', 'http://x.go.th/#!/', 'http://x.go.th/']) expect(hashRoute(new URL(u))).toBeNull();
  });
  it('keeps routes apart in URL keys, and plain anchors together', () => {
    expect(urlKey(new URL('http://x.go.th/#/o1'))).not.toBe(urlKey(new URL('http://x.go.th/#/o2')));
    expect(urlKey(new URL('http://www.x.go.th/#/o1/'))).toBe(urlKey(new URL('http://x.go.th/#/o1')));
    expect(urlKey(new URL('http://x.go.th/a#top'))).toBe(urlKey(new URL('http://x.go.th/a')));
    expect(urlKey(new URL('http://x.go.th/#/'))).toBe(urlKey(new URL('http://x.go.th/')));
  });
  it('classifies same-site hash-route links as script routes with their absolute URL, not placeholders', () => {
    const html = `<html><body><a href="#/o1">O1 โครงสร้าง</a><a href="/#!/o2">O2 ผู้บริหาร</a><a href="index.html#/o3">O3</a>
      <a href="#top">ขึ้นบน</a><a href="#">เมนู</a><a href="#/">หน้าแรก</a><a href="https://other.go.th/#/x">ภายนอก</a></body></html>`;
    const s = snap(html, 'https://x.go.th/index.html');
    const byLabel = Object.fromEntries(s.links.map((l) => [l.label, l]));
    expect(byLabel['O1 โครงสร้าง']).toMatchObject({ kind: 'script-route', url: 'https://x.go.th/index.html#/o1' });
    expect(byLabel['O2 ผู้บริหาร']).toMatchObject({ kind: 'script-route', url: 'https://x.go.th/#!/o2' });
    expect(byLabel['O3']?.kind).toBe('script-route');
    expect(byLabel['ขึ้นบน']?.kind).toBe('placeholder');
    expect(byLabel['เมนู']?.kind).toBe('placeholder');
    expect(byLabel['หน้าแรก']?.kind).toBe('placeholder');
    expect(byLabel['ภายนอก']?.kind).toBe('external');
  });
  it('a route links to itself as a placeholder', () => {
    const s = snap('<html><body><a href="#/o1">O1</a><a href="#/o2">O2</a></body></html>', 'https://x.go.th/#/o1');
    expect(s.links.map((l) => l.kind)).toEqual(['placeholder', 'script-route']);
  });
});
