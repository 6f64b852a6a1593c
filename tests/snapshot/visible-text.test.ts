import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { releaseDom } from '../../lib/snapshot/bounded-dom.ts';
import { visibleTextOf } from '../../lib/snapshot/detect-script-filled.ts';

/** What the snapshot read before: a copy of the element with its scripts, styles, templates and noscript removed. */
function viaClone(html: string, selector: string): string {
  const $ = load(html);
  const copy = $(selector).first().clone();
  copy.find('script, style, noscript, template').remove();
  return copy.text();
}

describe('visibleTextOf', () => {
  const pages = [
    '<html><body><h1>ข่าว</h1><script>var a = 1;</script><p>หนึ่ง <b>สอง</b></p><!-- ซ่อน --><style>p{}</style><noscript>เปิด JavaScript</noscript><template><p>แม่แบบ</p></template>ท้าย</body></html>',
    '<div id="app"><span>  </span><svg><title>รูป</title><![CDATA[x]]></svg></div>',
    '<body></body>',
  ];
  it('gives the text a copy without scripts, styles, templates and noscript gives', () => {
    for (const html of pages) {
      const $ = load(html);
      const body = $('body').get(0);
      expect(body).toBeDefined();
      if (body) expect(visibleTextOf(body)).toBe(viaClone(html, 'body'));
    }
  });
  it('leaves the page as it was', () => {
    const $ = load(pages[0] ?? '');
    const body = $('body').get(0);
    if (body) visibleTextOf(body);
    expect($('script').length).toBe(1);
  });
});

describe('releaseDom', () => {
  it('empties the document once the snapshot is built', () => {
    const $ = load('<p>ก</p>');
    releaseDom($);
    expect($.root().children().length).toBe(0);
  });
});
