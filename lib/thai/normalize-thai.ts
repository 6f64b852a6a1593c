/** Thai text normalisation for matching: digits, SARA AM, zero-width characters, whitespace, combining marks. */

const THAI_DIGIT_ZERO = 0x0e50;
const THAI_DIGITS_RE = /[\u0E50-\u0E59]/g;
const ASCII_DIGITS_RE = /[0-9]/g;
/** Zero-width space/non-joiner/joiner, word joiner, BOM / zero-width no-break space, soft hyphen. */
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** SARA AM written as NIKHAHIT + SARA AA (PDF copy-paste), possibly with a tone mark in between. */
const DECOMPOSED_SARA_AM_RE = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
const WHITESPACE_RE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
/** Thai combining vowels and tone marks (above/below the consonant): MAI HAN-AKAT, SARA I…PHINTHU, MAITAIKHU…YAMAKKAN. */
const THAI_MARKS_RE = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** ๐–๙ → 0–9 (same length: offsets are preserved). */
export function thaiToAsciiDigits(text: string): string {
  return text.replace(THAI_DIGITS_RE, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_DIGIT_ZERO + 0x30));
}

/** 0–9 → ๐–๙ (same length). */
export function asciiToThaiDigits(text: string): string {
  return text.replace(ASCII_DIGITS_RE, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + THAI_DIGIT_ZERO));
}

/** Compose SARA AM written as U+0E4D U+0E32 (optionally with a tone mark between) into U+0E33. */
export function composeSaraAm(text: string): string {
  return text.replace(DECOMPOSED_SARA_AM_RE, '$1\u0E33');
}

/**
 * Common misspellings and typing slips on Thai government sites, folded to the standard spelling so that
 * every matcher sees one form. Data, applied in order; each entry names the slip it tolerates. Only
 * spellings that are never a different word are listed.
 */
export const THAI_SPELLING_FOLDS: readonly { slip: string; pattern: RegExp; to: string }[] = [
  { slip: 'เเ (two SARA E) typed for แ (SARA AE)', pattern: /\u0E40\u0E40/g, to: '\u0E41' },
  { slip: 'a vowel or tone mark typed twice ("ที่่")', pattern: /([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1+/g, to: '$1' },
  { slip: 'tone mark typed before the upper/lower vowel ("ก่ี" for "กี่")', pattern: /([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A\u0E47])/g, to: '$2$1' },
  { slip: 'ฏ (PATAK) for ฎ (CHADA) in กฎ (rule, law): "กฏหมาย", "กฏระเบียบ" (not ปรากฏ)', pattern: /(?<!ปรา)กฏ/g, to: 'กฎ' },
  { slip: 'ฎ (CHADA) for ฏ (PATAK) in ปฏิ-: "ปฎิบัติ", "ปฎิทิน"', pattern: /ปฎิ/g, to: 'ปฏิ' },
  { slip: 'ศ for ส in พัสดุ: "พัศดุ"', pattern: /พัศดุ/g, to: 'พัสดุ' },
  { slip: 'a vowel or tone mark typed on a leading vowel, which carries none ("ระเีบียบ" for "ระเบียบ")', pattern: /([\u0E40-\u0E44])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, to: '$1' },
];

/** Fold the slips of THAI_SPELLING_FOLDS into the standard spelling. */
export function foldMisspellings(text: string): string {
  let out = text;
  for (const f of THAI_SPELLING_FOLDS) out = out.replace(f.pattern, f.to);
  return out;
}

/**
 * Normalise Thai text for matching: NFC; decomposed SARA AM → U+0E33; zero-width characters and soft hyphens
 * removed; common misspellings folded (THAI_SPELLING_FOLDS); Thai digits → ASCII digits; runs of whitespace
 * (including NBSP) → one space; trimmed.
 */
export function normalizeThai(text: string): string {
  let out = text.normalize('NFC');
  const work = foldingWork(out);
  if (work === FOLD_ALL) {
    out = out.replace(INVISIBLE_RE, '');
    out = composeSaraAm(out);
    out = foldMisspellings(out);
    out = thaiToAsciiDigits(out);
  } else if (work === FOLD_DIGITS) out = thaiToAsciiDigits(out);
  return out.replace(WHITESPACE_RE, ' ').trim();
}

const FOLD_NONE = 0;
const FOLD_DIGITS = 1;
const FOLD_ALL = 2;

function isThaiMark(c: number): boolean {
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

/**
 * Which of normalizeThai's steps can change `text`, in one pass (most text needs none, or only its digits):
 * FOLD_ALL when it holds an invisible character, a NIKHAHIT or the two characters every spelling slip starts with or
 * turns on, or a mark on a leading vowel (then every step runs, in order, exactly as without this check); FOLD_DIGITS
 * when only Thai digits.
 * The steps before the spelling folds only remove invisible characters, compose SARA AM and drop or reorder marks, and
 * each of those already asks for FOLD_ALL: no slip is made by them from text that holds none of these pairs.
 */
function foldingWork(text: string): number {
  let digits = false;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0e0e) {
      if (c === 0x00ad) return FOLD_ALL;
    } else if (c <= 0x0e5b) {
      if (c >= 0x0e50 && c <= 0x0e59) digits = true;
      // กฏ, ปฎ(ิ), ัศ (พัศดุ) — not ฏ, ฎ or ศ alone: ศ is in ประกาศ, ศูนย์, การศึกษา on every page —, NIKHAHIT, เเ,
      // a mark typed twice, a tone mark before a vowel.
      else if ((c === 0x0e0f && prev === 0x0e01) || (c === 0x0e0e && prev === 0x0e1b) || (c === 0x0e28 && prev === 0x0e31) || c === 0x0e4d) return FOLD_ALL;
      else if (c === 0x0e40 && prev === 0x0e40) return FOLD_ALL;
      else if (isThaiMark(c) && (c === prev || (prev >= 0x0e48 && prev <= 0x0e4b) || (prev >= 0x0e40 && prev <= 0x0e44))) return FOLD_ALL;
    } else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return FOLD_ALL;
    prev = c;
  }
  return digits ? FOLD_DIGITS : FOLD_NONE;
}

/**
 * Remove Thai combining vowels and tone marks, after normalising, so that text can be compared with
 * Google-Sites slugs that drop them: "การจัดซื้อจัดจ้าง" → "การจดซอจดจาง". SARA AM (ำ) and spacing vowels stay.
 */
export function stripThaiMarks(text: string): string {
  return normalizeThai(text).replace(THAI_MARKS_RE, '');
}

/** Levenshtein distance over code points of the normalised strings (for tolerant title matching). */
export function thaiEditDistance(a: string, b: string): number {
  const x = [...normalizeThai(a)];
  const y = [...normalizeThai(b)];
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length] ?? 0;
}

/** Text prepared for pattern matching, with a map from its offsets back to the original string. */
export interface FoldedText {
  text: string;
  /** `map[i]` is the offset in the original of folded character i; `map[text.length]` is the original length. Null when offsets are unchanged. */
  map: Int32Array | null;
}

export function foldForMatching(text: string): FoldedText {
  // One cheap pass decides whether anything needs folding at all (most pages: only Thai digits, or nothing).
  let needsDigits = false;
  let needsMap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0e4d) continue;
    if (c >= 0x0e50 && c <= 0x0e59) needsDigits = true;
    else if (c === 0x0e4d || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) needsMap = true;
  }
  if (!needsMap && text.includes('\u00AD')) needsMap = true;
  const digits = needsDigits ? thaiToAsciiDigits(text) : text;
  if (!needsMap) return { text: digits, map: null };
  const map = new Int32Array(digits.length + 1);
  let out = '';
  let i = 0;
  while (i < digits.length) {
    const c = digits.charCodeAt(i);
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad) {
      i++;
      continue;
    }
    if (c === 0x0e4d) {
      const next = digits.charCodeAt(i + 1);
      if (next === 0x0e32) {
        map[out.length] = i;
        out += '\u0E33';
        i += 2;
        continue;
      }
      if (next >= 0x0e48 && next <= 0x0e4b && digits.charCodeAt(i + 2) === 0x0e32) {
        map[out.length] = i + 1;
        out += digits[i + 1];
        map[out.length] = i;
        out += '\u0E33';
        i += 3;
        continue;
      }
    }
    map[out.length] = i;
    out += digits[i];
    i++;
  }
  map[out.length] = digits.length;
  return { text: out, map: map.subarray(0, out.length + 1) };
}
