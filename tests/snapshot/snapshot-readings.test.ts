import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/snapshot/parse-html.ts';
import { scriptSource } from '../../lib/snapshot/element-index.ts';
import { createTargetReader } from '../../lib/snapshot/extract-links.ts';
import { createLinkClassifier } from '../../lib/snapshot/link-kind.ts';
import { detectScriptBuilt } from '../../lib/snapshot/detect-script-filled.ts';

describe('scriptSource', () => {
  const page = '<!DOCTYPE html><html><head><script>if (a < b && c) { x = "&amp;"; }</script></head><body><script></script><script>location.href = "/th/";</script><svg><script>a &amp; b<g/></script></svg></body></html>';
  it('gives what cheerio serialises, on both parse paths (an svg script through cheerio)', () => {
    for (const $ of [load(page), parseHtml(page)]) {
      const scripts = $('script').get();
      expect(scripts).toHaveLength(4);
      for (const el of scripts) expect(scriptSource($, el)).toBe($(el).html() ?? '');
    }
  });
});

describe('createTargetReader', () => {
  const page = new URL('https://www.example.go.th/ita/index.php');
  const classify = createLinkClassifier(page, (u) => u.hostname.endsWith('example.go.th'));
  it('reads a repeated target once and hands back the same reading', () => {
    const read = createTargetReader(page.href, classify);
    const first = read('../doc/plan.pdf');
    expect(first.url?.href).toBe('https://www.example.go.th/doc/plan.pdf');
    expect(first.kind).toBe('document');
    expect(read('../doc/plan.pdf')).toBe(first);
  });
  it('unwraps a viewer page, keeps only web addresses, follows a social plugin to its page', () => {
    const read = createTargetReader(page.href, classify);
    const viewer = read('https://docs.google.com/viewer?url=https://www.example.go.th/a.pdf');
    expect(viewer).toMatchObject({ viewer: true, kind: 'document' });
    expect(viewer.url?.href).toBe('https://www.example.go.th/a.pdf');
    expect(read('mailto:saraban@example.go.th')).toMatchObject({ url: null, kind: 'contact' });
    const social = read('https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fexample');
    expect(social.social?.network).toBeTruthy();
    expect(social.kind).toBe('external');
  });
  it('reads each page on its own: another base resolves the same text elsewhere', () => {
    const other = createTargetReader('https://other.example.go.th/', createLinkClassifier(new URL('https://other.example.go.th/'), () => true));
    expect(other('../doc/plan.pdf').url?.href).toBe('https://other.example.go.th/doc/plan.pdf');
  });
});

describe('an empty listing read by its shape before its text', () => {
  const ajax = '<script>$.ajax({ url: "/api/news" });</script>';
  it('a wrapper of several blocks, or one holding a link or a picture, is not an empty listing', () => {
    expect(detectScriptBuilt(load(`<body><p>${'ข่าว '.repeat(80)}</p><div id="news-list"><div>ก</div><div>ข</div></div>${ajax}</body>`))).toBe('none');
    expect(detectScriptBuilt(load(`<body><p>${'ข่าว '.repeat(80)}</p><div id="news-list"><a href="/n/1">ข่าว</a></div>${ajax}</body>`))).toBe('none');
    expect(detectScriptBuilt(load(`<body><p>${'ข่าว '.repeat(80)}</p><div id="news-list"><template><img src="x.png"></template></div>${ajax}</body>`))).toBe('none');
  });
  it('an empty one, or one holding only a loader, next to a data-loading script is', () => {
    expect(detectScriptBuilt(load(`<body><p>${'ข่าว '.repeat(80)}</p><div id="news-list"></div>${ajax}</body>`))).toBe('list');
    expect(detectScriptBuilt(load(`<body><p>${'ข่าว '.repeat(80)}</p><div id="news-list"><span>กำลังโหลด…</span></div>${ajax}</body>`))).toBe('list');
  });
});
