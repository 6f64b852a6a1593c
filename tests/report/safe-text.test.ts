import { describe, expect, it } from 'vitest';
import { cleanText, isWebUrl, MAX_LABEL, shortText, webUrl } from '../../lib/report/safe-text.ts';

const THAI = 'ประกาศผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๒ ปีงบประมาณ พ.ศ. ๒๕๖๙ (ฉบับแก้ไข) ผู้ใหญ่บ้าน น้ำ ที่ดิน';

describe('cleanText', () => {
  it('removes NUL, C0/C1 controls, ANSI escapes and every bidi control', () => {
    expect(cleanText('a\u0000b\u0007c\u001b[31md\u0085e')).toBe('abcde');
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(cleanText(`x${c}y`)).toBe('xy');
    }
  });

  it('turns line breaks and tabs into one space', () => {
    expect(cleanText('one\r\n\ttwo')).toBe('one two');
  });

  it('keeps Thai with combining vowels and tone marks, Thai digits and the zero-width space', () => {
    expect(cleanText(THAI)).toBe(THAI);
    expect(cleanText('กิน\u200bข้าว')).toBe('กิน\u200bข้าว');
  });
});

describe('shortText', () => {
  it('shortens a 50,000-character label to MAX_LABEL graphemes ending in …', () => {
    const out = shortText('ก'.repeat(50_000));
    expect([...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(out)]).toHaveLength(MAX_LABEL);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never cuts a Thai consonant from its vowel or tone mark', () => {
    // "นี้" is one grapheme of three code points: น + ี + ้
    const label = 'นี้'.repeat(300);
    const out = shortText(label, 10);
    expect(out).toBe(`${'นี้'.repeat(9)}…`);
  });

  it('leaves short text as it is (cleaned)', () => {
    expect(shortText(THAI)).toBe(THAI);
    expect(shortText('a\u202eb')).toBe('ab');
  });
});

describe('webUrl', () => {
  it('accepts only http(s) URLs', () => {
    expect(webUrl('https://a.go.th/x')).toBe('https://a.go.th/x');
    expect(webUrl(' http://a.go.th/\u202ex ')).toBe('http://a.go.th/x');
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(webUrl('data:text/html,<script>')).toBeNull();
    expect(webUrl('java\u0000script:alert(1)')).toBeNull();
    expect(isWebUrl('vbscript:x')).toBe(false);
  });
});
