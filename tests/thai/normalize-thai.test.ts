import { describe, expect, it } from 'vitest';
import {
  asciiToThaiDigits,
  foldForMatching,
  normalizeThai,
  stripThaiMarks,
  thaiEditDistance,
  thaiToAsciiDigits,
} from '../../lib/thai/index.ts';

describe('normalizeThai', () => {
  it('composes decomposed SARA AM (PDF copy-paste)', () => {
    expect(normalizeThai('ก\u0E4D\u0E32หนด')).toBe('กำหนด');
    expect(normalizeThai('ก\u0E4D\u0E32หนด')).toBe('\u0E01\u0E33\u0E2B\u0E19\u0E14');
  });

  it('keeps a tone mark before SARA AM', () => {
    // น + NIKHAHIT + MAI THO + SARA AA → น + MAI THO + SARA AM ("น้ำ")
    expect(normalizeThai('น\u0E4D\u0E49\u0E32')).toBe('น\u0E49\u0E33');
    expect(normalizeThai('น\u0E49\u0E4D\u0E32')).toBe('น\u0E49\u0E33');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(normalizeThai('การ\u200Bจัด\u200Cซื้อ\u200Dจัด\uFEFFจ้าง\u2060ฯ\u00AD')).toBe('การจัดซื้อจัดจ้างฯ');
  });

  it('turns Thai digits into ASCII digits', () => {
    expect(normalizeThai('ปีงบประมาณ ๒๕๖๘')).toBe('ปีงบประมาณ 2568');
    expect(normalizeThai('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('collapses whitespace including NBSP, and trims', () => {
    expect(normalizeThai('  เดือน\u00A0\u00A0ตุลาคม \t\n 2566  ')).toBe('เดือน ตุลาคม 2566');
    expect(normalizeThai('\u3000ก\u2003ข\u202Fค')).toBe('ก ข ค');
  });

  it('applies NFC', () => {
    expect(normalizeThai('e\u0301')).toBe('\u00E9');
  });

  it('is idempotent', () => {
    const s = ' ก\u0E4D\u0E32หนด\u200B ๒๕๖๘\u00A0 ปี ';
    expect(normalizeThai(normalizeThai(s))).toBe(normalizeThai(s));
  });

  it('leaves an empty string empty', () => {
    expect(normalizeThai('')).toBe('');
    expect(normalizeThai(' \u200B ')).toBe('');
  });
});

describe('stripThaiMarks', () => {
  it('matches Google-Sites slugs that drop vowels and tone marks', () => {
    expect(stripThaiMarks('การจัดซื้อจัดจ้าง')).toBe('การจดซอจดจาง');
    expect(stripThaiMarks('อำนาจหน้าที่')).toBe('อำนาจหนาท');
  });

  it('treats decomposed and composed SARA AM alike', () => {
    expect(stripThaiMarks('ก\u0E4D\u0E32หนด')).toBe(stripThaiMarks('กำหนด'));
  });
});

describe('thaiEditDistance', () => {
  it('counts edits on normalised text', () => {
    expect(thaiEditDistance('สรุปผลการจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้าง')).toBe(0);
    expect(thaiEditDistance('สรปุผลการจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้าง')).toBe(2);
    expect(thaiEditDistance('ยุทธศาตร์', 'ยุทธศาสตร์')).toBe(1);
    expect(thaiEditDistance('ก\u0E4D\u0E32หนด', 'กำหนด')).toBe(0);
    expect(thaiEditDistance('', 'abc')).toBe(3);
  });
});

describe('digits', () => {
  it('converts both ways without changing length', () => {
    expect(thaiToAsciiDigits('๑๑ ธ.ค. ๒๕๖๗')).toBe('11 ธ.ค. 2567');
    expect(asciiToThaiDigits('31 มี.ค. 2566')).toBe('๓๑ มี.ค. ๒๕๖๖');
  });
});

describe('foldForMatching', () => {
  it('returns no map when offsets do not change', () => {
    expect(foldForMatching('๑๑ ธ.ค. ๒๕๖๗')).toEqual({ text: '11 ธ.ค. 2567', map: null });
  });

  it('maps folded offsets back to the original', () => {
    const original = 'a\u200Bก\u0E4D\u0E32b';
    const { text, map } = foldForMatching(original);
    expect(text).toBe('aกำb');
    expect(map && [...map]).toEqual([0, 2, 3, 5, 6]);
  });
});
