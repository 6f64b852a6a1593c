import { describe, expect, it } from 'vitest';
import { listPageLinks } from '../../lib/crawl/crawler.ts';

const links = (pairs: [string, string][]) => pairs.map(([path, label]) => ({ url: new URL(path, 'https://www.example.go.th/'), label }));

describe('pagination by context', () => {
  it('counts numbered, ถัดไป / ก่อนหน้า / next / » links to a list as pages of that list', () => {
    const found = listPageLinks(links([['/news?page=2', '2'], ['/news?page=3', '3'], ['/news?page=2', 'ถัดไป »'], ['/news/page/4', '« ก่อนหน้า'], ['/blog/page/2', 'Next'], ['/blog/page/9', 'หน้าสุดท้าย']]));
    expect([...found]).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('treats named links as content pages even when the URL looks like a page of a list', () => {
    const found = listPageLinks(links([['/page/1', 'สำนักปลัด'], ['/page/2', 'กองคลัง'], ['/news?page=1', 'ข่าวประชาสัมพันธ์'], ['/page/3', 'กองช่าง 2568']]));
    expect(found.size).toBe(0);
  });
  it('counts an unlabelled arrow image as a page when a sibling link to the same list is a pager link', () => {
    expect([...listPageLinks(links([['/news?page=2', '2'], ['/news?page=3', '']]))]).toEqual([0, 1]);
    expect(listPageLinks(links([['/gallery?page=3', '']])).size).toBe(0);
  });
  it('ignores numbers and arrows on links that are not list URLs', () => {
    expect(listPageLinks(links([['/item/5', '5'], ['/about', '»']])).size).toBe(0);
  });
});
