/**
 * `findDates`: every date mention in a piece of Thai (or mixed) text, with offsets into the original string.
 *
 * How it works: the text is folded (Thai digits → ASCII, zero-width characters dropped, decomposed SARA AM
 * composed) with an offset map; each pattern of `DATE_PATTERNS` is run over it and its handler turns a match into
 * a candidate (a mention, or a "blocker" for an impossible date such as 31 ก.พ. so that no shorter pattern reports
 * a part of it). Candidates are then chosen longest first, more specific first on ties, never overlapping.
 */
import type { DateMention, DatePrecision } from './date-mention.ts';
import { DATE_PATTERNS, HAS_YEAR_DIGITS, type DatePatternName } from './date-patterns.ts';
import { BE_OFFSET, daysInMonth } from './fiscal-year.ts';
import { foldForMatching } from './normalize-thai.ts';
import { monthVariantOf } from './thai-months.ts';

type Era = DateMention['era'];
interface Point {
  year: number; // CE
  month?: number;
  day?: number;
}
interface Year {
  ce: number;
  era: Era;
}
interface Candidate {
  start: number; // folded offsets
  end: number;
  rank: number; // lower wins on equal length
  value: Omit<DateMention, 'start' | 'end' | 'raw'> | null; // null = blocker
}
type Groups = Record<string, string | undefined>;
type Handler = (g: Groups, m: RegExpExecArray) => Candidate | null;

/** Tie-break order for candidates of equal length. */
const RANK: Record<DatePrecision, number> = { quarter: 0, 'half-year': 0, day: 1, month: 2, 'fiscal-year': 3, year: 4 };

const MIN_TWO_DIGIT_YEAR = 40; // "40"–"99" → 2540–2599 BE; smaller two-digit numbers are too often counts

/** Read a year token: 4-digit BE (2400–2800) or CE (1900–2200), 2-digit BE short form when allowed. */
function readYear(token: string | undefined, eraToken: string | undefined, allowTwoDigits: boolean): Year | null {
  if (token === undefined) return null;
  const n = Number(token);
  const eraKind = eraToken === undefined ? undefined : /[คA]/.test(eraToken) ? 'CE' : 'BE';
  if (token.length === 2) {
    if (!allowTwoDigits || eraKind === 'CE' || n < MIN_TWO_DIGIT_YEAR) return null;
    return { ce: 2500 + n - BE_OFFSET, era: 'BE' };
  }
  if (token.length !== 4) return null;
  if (n >= 2400 && n <= 2800 && eraKind !== 'CE') return { ce: n - BE_OFFSET, era: 'BE' };
  if (n >= 1900 && n <= 2200 && eraKind !== 'BE') return { ce: n, era: 'CE' };
  return null;
}

const THAI_LETTER_RE = /[\u0E01-\u0E4E]/;
const LATIN_LETTER_RE = /[A-Za-z]/;

/**
 * The month of group `name`, or undefined when its context rules it out: a weak form (no-dot abbreviation,
 * spoken form) inside a Thai word (unless right after "เดือน"), an English name inside a Latin word.
 */
function monthOf(m: RegExpExecArray, name: string): number | undefined {
  const token = m.groups?.[name];
  if (token === undefined) return undefined;
  const v = monthVariantOf(token);
  if (!v || v.kind === 'strong') return v?.month;
  const span = m.indices?.groups?.[name];
  if (!span) return v.month;
  const before = m.input[span[0] - 1] ?? '';
  const after = m.input[span[1]] ?? '';
  const letter = v.kind === 'weak' ? THAI_LETTER_RE : LATIN_LETTER_RE;
  if (letter.test(after)) return undefined;
  if (letter.test(before) && !(v.kind === 'weak' && m.input.endsWith('เดือน', span[0]))) return undefined;
  return v.month;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function ord(p: Point): number {
  return p.year * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
}

function monthsBetween(a: Point, b: Point): number {
  return (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
}

function groupEnd(m: RegExpExecArray, name: string): number | undefined {
  return m.indices?.groups?.[name]?.[1];
}

function candidate(
  m: RegExpExecArray,
  precision: DatePrecision,
  era: Era,
  from: Point,
  until?: Point,
  end?: number,
  start?: number,
): Candidate {
  const value: Omit<DateMention, 'start' | 'end' | 'raw'> = { year: from.year, precision, era };
  if (from.month !== undefined) value.month = from.month;
  if (from.day !== undefined) value.day = from.day;
  if (until) value.until = until;
  return { start: start ?? m.index, end: end ?? m.index + m[0].length, rank: RANK[precision], value };
}

function blocker(m: RegExpExecArray): Candidate {
  return { start: m.index, end: m.index + m[0].length, rank: -1, value: null };
}

function point(year: number, month?: number, day?: number): Point {
  const p: Point = { year };
  if (month !== undefined) p.month = month;
  if (day !== undefined) p.day = day;
  return p;
}

/** The BE fiscal year number of a year token read in a fiscal context ("2568" → 2568, "2025" → 2568). */
function fiscalBE(y: Year): number {
  return y.ce + BE_OFFSET;
}

/** The calendar months of quarter q (1–4) of BE fiscal year fy, as CE points. */
function quarterMonths(fyBE: number, q: number): [Point, Point] {
  const endCE = fyBE - BE_OFFSET;
  if (q === 1) return [point(endCE - 1, 10), point(endCE - 1, 12)];
  const first = (q - 2) * 3 + 1; // q2 → 1, q3 → 4, q4 → 7
  return [point(endCE, first), point(endCE, first + 2)];
}

/** A Thai abbreviation as a code writes it: bare consonants, no vowel or tone mark ("สขร", "ปร", "มท"). */
const BARE_CONSONANTS_BEFORE = /(?<![\u0E01-\u0E4E])[\u0E01-\u0E2E]{2,}$/;

/**
 * Rule glued-code-is-not-a-day: a number glued to a code ends the code, it is not a day: Latin letters ("O11 ม.ค.
 * 2568") or a Thai abbreviation of bare consonants ("สขร1 มีนาคม 2569", "มท1"); the month and year are read without
 * it. A number glued to a word with vowels stays a day ("วันที่1 มีนาคม", "ปรับ15พย64").
 */
function dayGluedToCode(m: RegExpExecArray, name: string): boolean {
  const at = m.indices?.groups?.[name]?.[0];
  if (at === undefined || at === 0) return false;
  if (LATIN_LETTER_RE.test(m.input[at - 1] ?? '')) return true;
  return BARE_CONSONANTS_BEFORE.test(m.input.slice(Math.max(0, at - 12), at));
}

/** Day-level handler shared by "d m y" and "d m y – d m y". */
const dayMonthYear: Handler = (g, m) => {
  if (dayGluedToCode(m, 'd1')) return null;
  const m1 = monthOf(m, 'm1');
  const y1 = readYear(g.y1, g.e1, true);
  const d1 = Number(g.d1);
  if (m1 === undefined || !y1) return null;
  if (!validDay(y1.ce, m1, d1)) return blocker(m);
  const from = point(y1.ce, m1, d1);
  if (g.y2 === undefined) return candidate(m, 'day', y1.era, from);
  const m2 = monthOf(m, 'm2');
  const y2 = readYear(g.y2, g.e2, true);
  const d2 = Number(g.d2);
  const headEnd = groupEnd(m, 'y1');
  if (m2 === undefined || !y2 || ord(point(y2.ce, m2, d2)) <= ord(from)) return candidate(m, 'day', y1.era, from, undefined, headEnd);
  if (!validDay(y2.ce, m2, d2)) return blocker(m);
  return candidate(m, 'day', y1.era, from, point(y2.ce, m2, d2));
};

const dayRange: Handler = (g, m) => {
  if (dayGluedToCode(m, 'd1')) return null;
  const m2 = monthOf(m, 'm2');
  const y2 = readYear(g.y2, g.e2, true);
  if (m2 === undefined || !y2) return null;
  const m1 = monthOf(m, 'm1') ?? m2;
  const d1 = Number(g.d1);
  const d2 = Number(g.d2);
  const y1ce = m1 > m2 ? y2.ce - 1 : y2.ce;
  if (!validDay(y2.ce, m2, d2)) return blocker(m);
  if (!validDay(y1ce, m1, d1)) return g.m1 === undefined ? null : blocker(m);
  const from = point(y1ce, m1, d1);
  const until = point(y2.ce, m2, d2);
  if (ord(until) <= ord(from)) return null;
  return candidate(m, 'day', y2.era, from, until);
};

const MAX_MONTH_SPAN = 36;

/** "ตุลาคม 2565", "ตุลาคม 2565 - มีนาคม 2566", and ranges whose first month has no year: "ต.ค.-ธ.ค. 67". */
const monthYear: Handler = (g, m) => {
  const m1 = monthOf(m, 'm1');
  if (m1 === undefined) return null;
  const y1 = readYear(g.y1, g.e1, true);
  const m2 = monthOf(m, 'm2');
  const y2 = readYear(g.y2, g.e2, true);
  if (!y1) {
    // No year after the first month: only a range "ต.ค.-ธ.ค. 67" makes it a date.
    if (m2 === undefined || !y2 || m1 === m2) return null;
    return candidate(m, 'month', y2.era, point(m1 > m2 ? y2.ce - 1 : y2.ce, m1), point(y2.ce, m2));
  }
  const from = point(y1.ce, m1);
  const until = m2 !== undefined && y2 ? point(y2.ce, m2) : undefined;
  if (!until) return candidate(m, 'month', y1.era, from, undefined, groupEnd(m, 'y1'));
  const span = monthsBetween(from, until);
  if (span <= 0 || span > MAX_MONTH_SPAN) return candidate(m, 'month', y1.era, from, undefined, groupEnd(m, 'y1'));
  return candidate(m, 'month', y1.era, from, until);
};

const quarter: Handler = (g, m) => {
  // A two-digit year needs "/" or a keyword: "ไตรมาสที่ 1/68", not "ไตรมาสที่ 1 25 รายการ".
  const y = readYear(g.y1, g.e1, g.kw !== undefined || g.e1 !== undefined);
  if (!y) return null;
  const [from, until] = quarterMonths(fiscalBE(y), Number(g.q));
  return candidate(m, 'quarter', y.era, from, until);
};

/**
 * A quarter label with its months spelled out. The explicit months win; when the years are obviously mistyped
 * (a 3-month quarter written "ตุลาคม 2566-ธันวาคม 2567") the end year is repaired to make a 3-month span.
 */
const quarterRange: Handler = (g, m) => {
  const m1 = monthOf(m, 'm1');
  const m2 = monthOf(m, 'm2');
  const y2 = readYear(g.y2, g.e2, true);
  if (m1 === undefined || m2 === undefined || !y2) return null;
  const y1 = g.y1 === undefined ? { ce: m1 > m2 ? y2.ce - 1 : y2.ce, era: y2.era } : readYear(g.y1, g.e1, true);
  if (!y1) return null;
  const from = point(y1.ce, m1);
  let until = point(y2.ce, m2);
  const span = monthsBetween(from, until);
  if ((span < 0 || span > 11) && (m2 - m1 + 12) % 12 === 2) until = point(m2 < m1 ? y1.ce + 1 : y1.ce, m2);
  if (monthsBetween(from, until) < 0) return null;
  return candidate(m, 'quarter', y1.era, from, until);
};

/**
 * Rule budget-year: "งบประมาณ" without "ปี" names a fiscal year when an era marker follows ("งบประมาณ พ.ศ. 2568") or
 * when the year is four Buddhist-Era digits ("ในงบประมาณ 2568": the same title once a CMS drops "พ.ศ."). A two-digit
 * or CE number after it, or any number after "วงเงินงบประมาณ" (a credit line), is an amount. Quantities ("2568 บาท")
 * never match a year at all (NOT_A_QUANTITY).
 */
export function budgetNamesYear(era: string | undefined, year: string | undefined, before: string): boolean {
  if (era !== undefined) return true;
  return year !== undefined && /^2[45]\d{2}$/.test(year) && !/วงเงิน\s*$/.test(before);
}
const budgetBlocks = (g: Groups, m: RegExpExecArray): boolean =>
  g.budget !== undefined && !budgetNamesYear(g.e1, g.y1, m.input.slice(Math.max(0, m.index - 12), m.index + m[0].indexOf('งบประมาณ')));

const fiscalQuarter: Handler = (g, m) => {
  const y = readYear(g.y1, g.e1, true);
  if (!y || budgetBlocks(g, m)) return null;
  const [from, until] = quarterMonths(fiscalBE(y), Number(g.q));
  return candidate(m, 'quarter', y.era, from, until);
};

/** "รอบ 6 เดือน" = October–March; "6 เดือนหลัง" = April–September; "รอบ 12 เดือน" = the whole fiscal year. */
const fiscalRound: Handler = (g, m) => {
  const y = readYear(g.y1, g.e1, true);
  if (!y || budgetBlocks(g, m)) return null;
  const fy = fiscalBE(y);
  const endCE = fy - BE_OFFSET;
  if (g.n === '12') return candidate(m, 'fiscal-year', y.era, point(endCE));
  if (g.h === 'หลัง') return candidate(m, 'half-year', y.era, point(endCE, 4), point(endCE, 9));
  return candidate(m, 'half-year', y.era, point(endCE - 1, 10), point(endCE, 3));
};

const MAX_YEAR_SPAN = 20;

const fiscalYear: Handler = (g, m) => {
  const y1 = readYear(g.y1, g.e1, true);
  if (!y1 || budgetBlocks(g, m)) return null;
  const y2 = readYear(g.y2, g.e2 ?? g.e1, false);
  if (y2 && y2.ce > y1.ce && y2.ce - y1.ce <= MAX_YEAR_SPAN) {
    return candidate(m, 'fiscal-year', y1.era, point(y1.ce), point(y2.ce));
  }
  return candidate(m, 'fiscal-year', y1.era, point(y1.ce), undefined, groupEnd(m, 'y1'));
};

/** Plain years, optionally a span "2566-2570". */
function yearHandler(allowTwoDigits: boolean, spanOnly = false): Handler {
  return (g, m) => {
    const y1 = readYear(g.y1, g.e1, allowTwoDigits);
    if (!y1) return null;
    const y2 = readYear(g.y2, g.e2 ?? g.e1, false);
    const spanOk = y2 !== null && y2.ce > y1.ce && y2.ce - y1.ce <= MAX_YEAR_SPAN;
    if (spanOnly && !spanOk) return null;
    if (spanOk && y2) return candidate(m, 'year', y1.era, point(y1.ce), point(y2.ce));
    return candidate(m, 'year', y1.era, point(y1.ce), undefined, groupEnd(m, 'y1') ?? m.index + m[0].length);
  };
}

const itaYearValue = yearHandler(true);
const fourDigitYear = yearHandler(false);
/** keywordYear: "ปี 2568" (four digits, optionally a span) or, in group y3, two digits after ปี/ประจำปี ("ปี55"). */
const keywordYear: Handler = (g, m) => (g.y3 !== undefined ? itaYearValue({ ...g, y1: g.y3 }, m) : fourDigitYear(g, m));

/**
 * The end of a year span typed with a wrong first digit ("2561 - 3563", Thai ๒ and ๓ are neighbours on the
 * keyboard), read in the start's millennium ("2563") when that gives a span of 1–20 years; otherwise null:
 * a range end more than a thousand years after its start is never trusted as written.
 */
export function readRangeEndTypo(start: string, end: string): string | null {
  if (start.length !== 4 || end.length !== 4 || start[0] === end[0]) return null;
  const fixed = `${start[0]}${end.slice(1)}`;
  const span = Number(fixed) - Number(start);
  return span >= 1 && span <= MAX_YEAR_SPAN ? fixed : null;
}

const yearSpanValue = yearHandler(false, true);

/** "2566-2570"; a span whose end has a wrong first digit is read by readRangeEndTypo, or not at all. */
const yearSpan: Handler = (g, m) => {
  if (g.y1 === undefined || g.y2 === undefined || g.y1[0] === g.y2[0]) return yearSpanValue(g, m);
  const fixed = readRangeEndTypo(g.y1, g.y2);
  return fixed ? yearSpanValue({ ...g, y2: fixed }, m) : null;
};

const BE_FILE_YEAR_MIN = 2500 - BE_OFFSET;
const BE_FILE_YEAR_MAX = 2600 - BE_OFFSET;

const fileYear: Handler = (g, m) => {
  const y = readYear(g.y1, undefined, false);
  if (!y || y.ce < BE_FILE_YEAR_MIN || y.ce > BE_FILE_YEAR_MAX) return null;
  return candidate(m, 'year', y.era, point(y.ce));
};

function numericDate(g: Groups, m: RegExpExecArray): Candidate | null {
  // Two-digit years only with slashes ("31/03/66"): "1.2.66" and "15-01-25" are too ambiguous.
  const y = readYear(g.y, undefined, g.s === '/' && g.y !== undefined && g.y.length === 2);
  if (!y) return null;
  const mo = Number(g.mo);
  const d = Number(g.d);
  if (!validDay(y.ce, mo, d)) return blocker(m);
  return candidate(m, 'day', y.era, point(y.ce, mo, d));
}

const englishMdy: Handler = (g, m) => {
  if (m.index > 0 && LATIN_LETTER_RE.test(m.input[m.index - 1] ?? '')) return null;
  const mo = monthOf(m, 'm1');
  const y = readYear(g.y1, undefined, false);
  if (mo === undefined || !y || y.era !== 'CE') return null;
  const d = Number(g.d1);
  if (!validDay(y.ce, mo, d)) return blocker(m);
  return candidate(m, 'day', 'CE', point(y.ce, mo, d));
};

/** "พฤษภาคม 14, 2026" (WordPress "F j, Y" in Thai): a day, in either era. */
const thaiMdy: Handler = (g, m) => {
  if (m.index > 0 && THAI_LETTER_RE.test(m.input[m.index - 1] ?? '')) return null;
  const mo = monthOf(m, 'm1');
  const y = readYear(g.y1, undefined, false);
  if (mo === undefined || !y) return null;
  const d = Number(g.d1);
  if (!validDay(y.ce, mo, d)) return blocker(m);
  return candidate(m, 'day', y.era, point(y.ce, mo, d));
};

const HANDLERS: Record<DatePatternName, Handler> = {
  dayMonthYear,
  slashedDayMonthYear: dayMonthYear,
  hyphenedDayMonthYear: dayMonthYear,
  dayMonthCommaYear: dayMonthYear,
  dayRange,
  monthYear,
  quarter,
  quarterRange,
  fiscalQuarter,
  roundThenFiscal: fiscalRound,
  fiscalThenRound: fiscalRound,
  yearThenRound: fiscalRound,
  fiscalYear,
  eraYear: fourDigitYear,
  keywordYear,
  itaYear: (g, m) => {
    if (m.index > 0 && LATIN_LETTER_RE.test(m.input[m.index - 1] ?? '')) return null; // "MOIT 5", "PITA"
    const c = itaYearValue(g, m);
    if (c) c.start = m.indices?.groups?.y1?.[0] ?? c.start;
    return c;
  },
  fileYear,
  yearSpan,
  numericDmy: numericDate,
  numericYmd: numericDate,
  timestampAlias: numericDate,
  englishMdy,
  thaiMdy,
};

const PATTERN_NAMES = Object.keys(DATE_PATTERNS) as DatePatternName[];

/** Extend a span over a closing parenthesis when it holds an unmatched opening one: "2567 (รอบ 6 เดือน)". */
function balanceParens(text: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) open++;
    else if (c === 0x29 && open > 0) open--;
  }
  let e = end;
  while (open > 0) {
    let j = e;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] !== ')') break;
    e = j + 1;
    open--;
  }
  return e;
}

function collect(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const name of PATTERN_NAMES) {
    const re = DATE_PATTERNS[name];
    const handler = HANDLERS[name];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = handler(m.groups ?? {}, m);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Choose non-overlapping candidates: longest first, then by rank, then leftmost. */
function resolve(cands: Candidate[], length: number): Candidate[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The original offset just after folded character `end - 1` (a composed SARA AM came from 2–3 characters). */
function originalEnd(text: string, map: Int32Array, end: number): number {
  if (end === 0) return map[0] ?? 0;
  let e = (map[end - 1] ?? 0) + 1;
  if (text.charCodeAt(e - 1) === 0x0e4d || (text.charCodeAt(e - 1) >= 0x0e48 && text.charCodeAt(e - 1) <= 0x0e4b)) {
    while (e < text.length && (text.charCodeAt(e) === 0x0e32 || text.charCodeAt(e) === 0x0e4d)) e++;
  }
  return e;
}

/**
 * Every date mention in `text`. Offsets (`start`, `end`) and `raw` refer to the original string, even when it
 * holds Thai digits, zero-width characters or decomposed SARA AM. Mentions never overlap and come in text order.
 */
export function findDates(text: string): DateMention[] {
  if (!HAS_YEAR_DIGITS.test(text) && !/[\u0E50-\u0E59]{2}/.test(text)) return [];
  const folded = foldForMatching(text);
  const cands = collect(folded.text);
  if (cands.length === 0) return [];
  const map = folded.map;
  const mentions: DateMention[] = [];
  for (const c of resolve(cands, folded.text.length)) {
    if (!c.value) continue;
    const endFolded = balanceParens(folded.text, c.start, c.end);
    const start = map ? (map[c.start] ?? c.start) : c.start;
    const end = map ? originalEnd(text, map, endFolded) : endFolded;
    mentions.push({ start, end, raw: text.slice(start, end), ...c.value });
  }
  return mentions;
}
