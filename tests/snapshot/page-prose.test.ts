import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { proseWasCut } from '../../lib/snapshot/page-prose.ts';

const snap = (body: string) =>
  buildSnapshot({
    url: 'https://x.go.th/a', finalUrl: 'https://x.go.th/a', status: 200, contentType: 'text/html', charset: 'utf-8',
    html: `<html><head><title>t</title></head><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z',
    site: createSiteScope('https://x.go.th/'),
  });

describe('page prose', () => {
  it('keeps paragraphs, list items and headings, block by block, without link or control text', () => {
    const s = snap('<nav><a href="/duty">อำนาจหน้าที่</a><button>เมนู</button></nav><h2>ระเบียบกระทรวงมหาดไทย</h2><p>ว่าด้วยวิธีงบประมาณ <a href="/x">อ่านต่อ</a> พ.ศ. 2541</p><ul><li>ข้อ 1 ระเบียบนี้</li></ul><script>var a = "อำนาจหน้าที่";</script>');
    expect(s.prose).toEqual(['ระเบียบกระทรวงมหาดไทย', 'ว่าด้วยวิธีงบประมาณ พ.ศ. 2541', 'ข้อ 1 ระเบียบนี้']);
  });
  it('is bounded: at most 100 blocks of at most 300 characters', () => {
    const s = snap(Array.from({ length: 200 }, (_, i) => `<p>ย่อหน้าที่ ${i} ${'ก'.repeat(400)}</p>`).join(''));
    expect(s.prose.length).toBeLessThanOrEqual(100);
    expect(Math.max(...s.prose.map((b) => b.length))).toBeLessThanOrEqual(300);
    expect(proseWasCut(s.prose)).toBe(true);
    expect(proseWasCut(snap('<p>ย่อหน้าเดียว</p>').prose)).toBe(false);
  });
});
