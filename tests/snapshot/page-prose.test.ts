import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { normalizedHead, proseWasCut } from '../../lib/snapshot/page-prose.ts';
import { normalizeThai } from '../../lib/thai/index.ts';

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

describe('normalizedHead', () => {
  const n = 300;
  const cases: [string, string][] = [
    ['short text, normalised whole', '  ปี ๒๕๖๘\u200B  งบ  '],
    ['long Thai prose with spaces', 'รายงานผลการดำเนินงาน ประจำปี ๒๕๖๘ '.repeat(40)],
    ['a spelling slip, SARA AM written in two and a zero-width space across the cut', `${'ก'.repeat(598)} เเผน\u0E4D\u0E32\u200B ${'ข'.repeat(400)}`],
    ['runs of spaces and NBSP around the cut', `${'ค '.repeat(299)}\u00A0  \u00A0   ${'ง'.repeat(50)}  `],
    ['no space past the cut', `${'จ'.repeat(700)}`],
    ['a head shorter than the cut once normalised (whitespace), read further', `${' '.repeat(900)} ${'ฉ'.repeat(200)} ${'ช'.repeat(200)}`],
    ['a tone mark right after the space at the cut', `${'ซ'.repeat(600)} \u0E48\u0E48${'ฌ'.repeat(400)}`],
  ];
  for (const [what, text] of cases) {
    it(`keeps normalizeThai's first ${n} characters: ${what}`, () => {
      const head = normalizedHead(text, n);
      const whole = normalizeThai(text);
      expect(head.slice(0, n)).toBe(whole.slice(0, n));
      expect(head.length >= Math.min(n, whole.length)).toBe(true);
      expect(whole.startsWith(head)).toBe(true);
    });
  }
});
