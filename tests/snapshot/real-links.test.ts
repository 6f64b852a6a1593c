import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { realLinks } from '../../lib/snapshot/detect-script-filled.ts';
import { indexElements } from '../../lib/snapshot/element-index.ts';
import { isEmptyHref } from '../../lib/snapshot/link-kind.ts';

describe('realLinks', () => {
  const html =
    '<html><body><div id="app"><a href="/a">ก</a><a href="#">ว่าง</a><a>ไม่มี href</a><noscript><a href="/old">เก่า</a></noscript></div>' +
    '<noscript><div><a href="/ns">นอก</a></div></noscript><a href="javascript:void(0)">js</a><p><a href="/b">ข</a></p></body></html>';
  it('counts the links below a scope that go somewhere, outside noscript, as the selectors did', () => {
    const $ = load(html);
    const index = indexElements($);
    for (const selector of ['body', '#app', 'p', 'html']) {
      const scope = $(selector);
      const bySelectors = scope.find('a[href]').filter((_, el) => !isEmptyHref(el.attribs['href'] ?? '') && $(el).closest('noscript').length === 0).length;
      const node = scope.get(0);
      expect(node).toBeDefined();
      if (node) expect(realLinks(index, node)).toBe(bySelectors);
    }
    const body = $('body').get(0);
    if (body) expect(realLinks(index, body)).toBe(2);
  });
});
