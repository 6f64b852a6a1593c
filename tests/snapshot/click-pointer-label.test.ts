import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { isClickPointer } from '../../lib/snapshot/extract-links.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function labels(body: string): { label: string; labelSource: string }[] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map(({ label, labelSource }) => ({ label, labelSource }));
}

describe('click-pointer-label: a "click to …" pointer is named by the sentence it ends', () => {
  it('tells a pointer from a bare button word or a title', () => {
    expect(isClickPointer('(คลิกเพื่อดูโครงสร้างองค์กร)')).toBe(true);
    expect(isClickPointer('คลิก เพื่อดาวน์โหลดแผนพัฒนาท้องถิ่น')).toBe(true);
    expect(isClickPointer('Click to view the plan')).toBe(true);
    expect(isClickPointer('คลิกที่นี่')).toBe(false);
    expect(isClickPointer('โครงสร้างองค์กร')).toBe(false);
  });
  it('joins the sentence before the pointer to its label', () => {
    const got = labels('<blockquote>โครงสร้างผู้บริหารและโครงสร้างสภาเทศบาล<a href="https://other.go.th/organization">(คลิกเพื่อดูโครงสร้างองค์กร)</a></blockquote>');
    expect(got).toEqual([{ label: 'โครงสร้างผู้บริหารและโครงสร้างสภาเทศบาล (คลิกเพื่อดูโครงสร้างองค์กร)', labelSource: 'preceding-text' }]);
  });
  it('a pointer alone, or a titled link, keeps its own label', () => {
    expect(labels('<div><a href="/org">(คลิกเพื่อดูโครงสร้างองค์กร)</a></div>')).toEqual([{ label: '(คลิกเพื่อดูโครงสร้างองค์กร)', labelSource: 'text' }]);
    expect(labels('<div>ข้อมูลพื้นฐาน <a href="/org">โครงสร้างองค์กร</a></div>')).toEqual([{ label: 'โครงสร้างองค์กร', labelSource: 'text' }]);
  });
});
