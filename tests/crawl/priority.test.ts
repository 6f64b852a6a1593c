import { describe, expect, it } from 'vitest';
import { isItaLabel, isSiteMapOrIta } from '../../lib/crawl/priority.ts';

describe('isItaLabel: a label that names the ITA/OIT pages', () => {
  it('the section names, however spaced or cased', () => {
    for (const label of ['ITA ONLINE', 'การเปิดเผยข้อมูลสาธารณะ (OIT)', 'คุณธรรมและความโปร่งใส', 'ita 2568']) expect(isItaLabel(label), label).toBe(true);
  });
  it('not a label of something else', () => {
    for (const label of ['ข่าวประชาสัมพันธ์', 'ติดต่อเรา', 'ผังเว็บไซต์', 'visitor']) expect(isItaLabel(label), label).toBe(false);
  });
  it('a site map is not an ITA label, but both lead the crawl (isSiteMapOrIta)', () => {
    expect(isItaLabel('แผนผังเว็บไซต์')).toBe(false);
    expect(isSiteMapOrIta('แผนผังเว็บไซต์', null)).toBe(true);
    expect(isSiteMapOrIta('ITA ONLINE', null)).toBe(true);
  });
});
