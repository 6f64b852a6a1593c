import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../lib/audit/site-index.ts';
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
