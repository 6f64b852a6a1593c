import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  asciiToThaiDigits,
  composeSaraAm,
  foldForMatching,
  foldMisspellings,
  normalizeThai,
  THAI_SPELLING_FOLDS,
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

describe('normalizeThai: common misspellings (THAI_SPELLING_FOLDS)', () => {
  it('reads กฏ (PATAK) as กฎ (CHADA)', () => {
    expect(normalizeThai('กฏหมายที่เกี่ยวข้อง')).toBe('กฎหมายที่เกี่ยวข้อง');
    expect(normalizeThai('กฏระเบียบ')).toBe(normalizeThai('กฎระเบียบ'));
  });

  it('reads ปฎิ as ปฏิ', () => {
    expect(normalizeThai('แผนปฎิบัติการ')).toBe('แผนปฏิบัติการ');
    expect(normalizeThai('ปฎิทินกิจกรรม')).toBe('ปฏิทินกิจกรรม');
  });

  it('reads two SARA E as SARA AE', () => {
    expect(normalizeThai('\u0E40\u0E40ผนการดำเนินงาน')).toBe('แผนการดำเนินงาน');
  });

  it('drops a vowel or tone mark typed twice', () => {
    expect(normalizeThai('ข้อมูลที\u0E48\u0E48เกี่ยวข้อง')).toBe('ข้อมูลที่เกี่ยวข้อง');
    expect(normalizeThai('ก\u0E34\u0E34จกรรม')).toBe('กิจกรรม');
  });

  it('puts a tone mark typed before its upper vowel after it', () => {
    expect(normalizeThai('ท\u0E48\u0E35')).toBe('ท\u0E35\u0E48');
  });

  it('reads SARA AM typed as NIKHAHIT + SARA AA (with the other folds)', () => {
    expect(normalizeThai('ค\u0E4D\u0E32สั่งกฏ')).toBe('คำสั่งกฎ');
  });

  it('reads พัศดุ as พัสดุ', () => {
    expect(normalizeThai('งานพัศดุ')).toBe('งานพัสดุ');
  });

  it('drops a vowel or tone mark typed on a leading vowel (ระเีบียบ, real124)', () => {
    expect(normalizeThai('ระเีบียบและแนวปฏิบัติ')).toBe('ระเบียบและแนวปฏิบัติ');
    expect(normalizeThai('แ่ผน')).toBe('แผน');
    expect(normalizeThai('เบี้ย ไม้ โต๊ะ')).toBe('เบี้ย ไม้ โต๊ะ');
  });

  it('leaves correct spellings and other words alone', () => {
    for (const word of ['กฎหมาย', 'ปฏิบัติ', 'แผน', 'เเ'.slice(0, 1), 'ปรากฏ', 'ปรากฏการณ์', 'ชฎา', 'พัสดุ', 'ศึกษา']) expect(normalizeThai(word)).toBe(word);
  });

  it('is data: every fold names its slip', () => {
    expect(THAI_SPELLING_FOLDS.length).toBeGreaterThanOrEqual(5);
    for (const f of THAI_SPELLING_FOLDS) expect(f.slip).not.toBe('');
    expect(foldMisspellings('กฏ ปฎิ')).toBe('กฎ ปฏิ');
  });
});

describe('normalizeThai skips the steps that cannot change the text', () => {
  // Every step, always, in order: what normalizeThai did before it checked which steps are needed.
  const everyStep = (text: string): string =>
    thaiToAsciiDigits(foldMisspellings(composeSaraAm(text.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''))))
      .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
      .trim();
  const alphabet = [...'กขฎฏปราศพัสดุเแำ่้๊๋ิีึืุูั็์ํ๐๑๙09 a\u00A0\u200B\u00AD\uFEFF\u2060'];
  it('gives what running every step gives, on strings of Thai letters, marks, digits and invisible characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((cs) => cs.join('')), (text) => {
        expect(normalizeThai(text)).toBe(everyStep(text));
      }),
      { numRuns: 5000 },
    );
  });
  it('gives the same on literal slips', () => {
    for (const text of ['เเผน', 'ที่่', 'ก่ี', 'กฏหมาย', 'ปฎิบัติ', 'พัศดุ', 'ทํา', 'ท\u0E4D\u0E48\u0E32', 'ปี ๒๕๖๘', 'a\u200Bb', 'เ\u200Bเ']) expect(normalizeThai(text)).toBe(everyStep(text));
  });
});

describe('normalizeThai skips the spelling folds only where no slip can match', () => {
  /** Every step, always (normalizeThai before it decided which steps a text needs). */
  const everyStep = (text: string): string =>
    thaiToAsciiDigits(foldMisspellings(composeSaraAm(text.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''))))
      .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
      .trim();
  it('gives what every step gives, on texts built from the slips, their neighbours and the words that hold ศ, ฎ, ฏ', () => {
    const pieces = ['ก', 'ฏ', 'ป', 'ฎ', 'ิ', 'พ', 'ั', 'ศ', 'ด', 'ุ', 'ร', 'า', 'เ', '่', '้', 'ํ', '\u200B', '\u00AD', ' ', '๒', '5', 'ประกาศ', 'ปรากฏ', 'กฏหมาย', 'ปฎิบัติ', 'พัศดุ', 'พััศดุ', 'ศูนย์', 'กฎ'];
    let seed = 11;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 5000; i += 1) {
      const text = Array.from({ length: 1 + rnd(8) }, () => pieces[rnd(pieces.length)]).join('');
      expect(normalizeThai(text)).toBe(everyStep(text));
    }
  });
  it('folds the slips and leaves the words that only hold their letters', () => {
    expect(normalizeThai('ประกาศ กฏหมาย ปฎิบัติ พัศดุ ปรากฏ')).toBe('ประกาศ กฎหมาย ปฏิบัติ พัสดุ ปรากฏ');
  });
});
