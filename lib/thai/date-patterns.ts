/**
 * The regular expressions of the date scanner, compiled once. They run over folded text (see `foldForMatching`):
 * digits are ASCII, zero-width characters are gone. Every pattern uses named groups and the `d` flag so that
 * handlers can find the end of the first half of a range.
 */
import { monthVariants } from './thai-months.ts';

const THAI = '\\u0E01-\\u0E4E';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex alternation of `words` factored as a trie ("ม(?:ค|ี(?:นา(?:คม)?|...))"): the engine then tests one
 * branch per first character instead of every word at every position, and longer words are tried first.
 */
export function trieAlternation(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.next.entries()].map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0] ?? '' : `(?:${alts.join('|')})`;
    if (!node.end) return body;
    return alts.length === 1 && [...(alts[0] ?? '')].length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}

const variants = monthVariants();
const thaiMonthAlt = trieAlternation(variants.filter((v) => v.kind !== 'english').map((v) => v.text));
const englishAlt = trieAlternation(variants.filter((v) => v.kind === 'english').map((v) => v.text));
const thaiStrongAlt = trieAlternation(variants.filter((v) => v.kind === 'strong').map((v) => v.text));

/**
 * A month token in a named group. A dotted abbreviation must not run into another one ("ส.ค.ส.").
 * Context checks that are costly as lookbehinds (a weak form inside a Thai word, an English name inside a word)
 * are done by `acceptableMonthToken` on the match instead.
 */
function month(name: string): string {
  return `(?<${name}>${thaiMonthAlt}(?![${THAI}]\\.)|${englishAlt}\\.?)`;
}

/** Era marker in a named group: พ.ศ. / พ.ศ / พ.ศ.. / พศ / ค.ศ. / B.E. / A.D. */
function era(name: string): string {
  return `(?<${name}>พ\\s?\\.\\s?ศ\\s?\\.{0,2}|พศ\\.?|ค\\s?\\.\\s?ศ\\s?\\.{0,2}|คศ\\.?|B\\.\\s?E\\.?|A\\.\\s?D\\.?)`;
}

/**
 * Counting units that make a number a quantity rather than a year. Rule unit-is-a-word: a unit that begins a longer
 * word is not a unit ("ประจำปี 2567 รายละเอียด", "ปีงบประมาณ 2568 ตัวชี้วัดที่ 1", "ประจำปี 2567 ครั้งที่ 1" are years).
 */
const UNIT = 'บาท|ครั้ง(?!ที่)|คน|ราย(?!ละเอียด|งาน|ชื่อ|ได้|จ่าย)|เมตร|ล้าน|แสน|หมื่น|ชิ้น|เครื่อง(?!มือ|หมาย)|ตัว(?!ชี้วัด|อย่าง)|เล่ม|%';
const NOT_A_QUANTITY = `(?!\\s*(?:${UNIT}))`;
/**
 * A year is not followed by more digits, a decimal part or a time; rule year-comma-time: a comma and a clock time
 * after it end a date-time stamp ("25 มิ.ย. 2565,15:50"), not a number "2565,15".
 */
const YEAR_END = `(?!\\d|[.:]\\d|,(?!\\d{1,2}:\\d{2}(?!\\d))\\d)${NOT_A_QUANTITY}`;

function year(name: string): string {
  return `(?<${name}>\\d{4}|\\d{2})${YEAR_END}`;
}
function year4(name: string): string {
  return `(?<${name}>\\d{4})${YEAR_END}`;
}
/**
 * A 1–2 digit day. The "not after a digit, decimal dot, comma, colon or slash" test sits after the first digit so that
 * it only runs at digits. Rule ellipsis-before-day: an ellipsis is not a decimal dot ("...๑๘ กุมภาพันธ์ ๒๕๖๘").
 */
function day(name: string): string {
  return `(?<${name}>\\d(?<![\\d,:/]\\d)(?<!(?:^|[^.])\\.\\d)\\d?)(?!\\d)`;
}

const S = '\\s*';
const SEP = `${S}(?:-|–|—|~|ถึงวันที่|ถึง|to)${S}`;
const DUEAN = `(?:เดือน${S})?`;
const WEEKDAY = `(?:(?:วัน)?(?:อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์)${S}(?:ที่${S})?)`;
/** Fiscal-year keywords. Bare "งบประมาณ" is checked by the handler (rule budget-year). */
const FY = `(?:ประจำ)?(?:ปีงบประมาณ|ปีงบฯ|ปีงบ\\.?|(?<budget>งบประมาณ))`;
const QUARTER = `ไตรมาส${S}(?:ที่${S})?(?<q>[1-4])(?!\\d)`;
const ROUND = `(?:(?:ใน)?รอบ${S}(?<n>6|12)${S}เดือน|(?<n6>6)${S}เดือน(?=${S}(?:แรก|หลัง)))(?:${S}(?<h>แรก|หลัง))?`;
/** Not inside a longer number: checked right after the first digit. */
const NUM_START = (extra: string): string => `(?<![\\d.,${extra}]\\d)`;

/** Rule english-ordinal-day: "12th of April 2024", "1st October 2023" (English pages of Thai agencies). */
const ORDINAL = `(?:st|nd|rd|th)?(?:${S}of\\b)?`;
const dayMonthYear = (d: string, m: string, e: string, y: string): string =>
  `${day(d)}${ORDINAL}${S}${DUEAN}${month(m)}${S}(?:${era(e)}${S})?${year(y)}`;
const monthYear = (m: string, e: string, y: string): string => `${DUEAN}${month(m)}${S}(?:${era(e)}${S})?${year(y)}`;

const FLAGS = 'dg';

/**
 * Named patterns, in no particular order: overlaps are resolved after scanning. Groups named m1/m2 hold month
 * tokens, d1/d2 days, y1/y2 years, e1/e2 era markers.
 */
export const DATE_PATTERNS = {
  /** "วันจันทร์ที่ 18 มีนาคม 2567", "1 ตุลาคม 2566-31 มีนาคม 2567" */
  dayMonthYear: new RegExp(
    `(?:${WEEKDAY})?${dayMonthYear('d1', 'm1', 'e1', 'y1')}(?:${SEP}(?:วันที่${S})?${dayMonthYear('d2', 'm2', 'e2', 'y2')})?`,
    FLAGS,
  ),
  /** Rule slashed-day-month-year: "วันที่ 07 / ต.ค. / 2565", "5/มิ.ย./2567" (a news stamp: day, month word, year between slashes). */
  slashedDayMonthYear: new RegExp(`${day('d1')}${S}/${S}${month('m1')}${S}/${S}(?:${era('e1')}${S})?${year('y1')}`, FLAGS),
  /** Rule hyphened-day-month-year: "15-Jan-2026 10:42" (a web server's file listing), "5-มิ.ย.-2567": a four-digit year. */
  hyphenedDayMonthYear: new RegExp(`${day('d1')}-${month('m1')}-${year4('y1')}`, FLAGS),
  /** Rule comma-before-year: "15 มกราคม, 2569", "3 March, 2026": a day, a month word, a comma and a four-digit year. */
  dayMonthCommaYear: new RegExp(`${day('d1')}${ORDINAL}${S}${DUEAN}${month('m1')}${S},${S}(?:${era('e1')}${S})?${year4('y1')}`, FLAGS),
  /** "๒ - ๕ พ.ค. ๕๕", "1-15 ม.ค. 2568", "1 ต.ค. - 31 ธ.ค. 2567" */
  dayRange: new RegExp(
    `(?:${WEEKDAY})?${day('d1')}${ORDINAL}(?:${S}${DUEAN}${month('m1')})?${SEP}(?:วันที่${S})?${dayMonthYear('d2', 'm2', 'e2', 'y2')}`,
    FLAGS,
  ),
  /**
   * "เดือน ธันวาคม2567", "ตุลาคม 2565 - มีนาคม 2566", "ต.ค.-ธ.ค. 67", "เดือนตุลาคม-ธันวาคม 2559".
   * The first year is optional here, so a lone month word also matches; the handler drops it.
   */
  monthYear: new RegExp(
    `${DUEAN}${month('m1')}(?:${S}(?:${era('e1')}${S})?${year('y1')})?(?:${SEP}${monthYear('m2', 'e2', 'y2')})?`,
    FLAGS,
  ),
  /** "ไตรมาสที่ 1/2568", "ไตรมาส 2 ปีงบประมาณ 2568" */
  quarter: new RegExp(
    `${QUARTER}${S}(?<kw>/|(?:ประจำ)?(?:ปีงบประมาณ|ปีงบฯ|ปีงบ|ปี))?${S}(?:${era('e1')}${S})?${year('y1')}`,
    FLAGS,
  ),
  /** "ไตรมาสที่ 1 เดือนตุลาคม 2566-เดือนธันวาคม 2566" */
  quarterRange: new RegExp(
    `${QUARTER}${S}[(:]?${S}(?:ประจำ)?${DUEAN}${month('m1')}${S}(?:(?:${era('e1')}${S})?${year('y1')})?${SEP}${monthYear('m2', 'e2', 'y2')}`,
    FLAGS,
  ),
  /** "ปีงบประมาณ 2568 ไตรมาสที่ 1" */
  fiscalQuarter: new RegExp(`${FY}${S}(?:${era('e1')}${S})?${year('y1')}${S}\\(?${S}${QUARTER}`, FLAGS),
  /** "รอบ 6 เดือน ปีงบประมาณ 2568", "ในรอบ 6 เดือนแรกของปีงบประมาณ 2568", "รอบ 12 เดือน ปีงบประมาณ 2567" */
  roundThenFiscal: new RegExp(`${ROUND}${S}\\(?${S}(?:ของ${S})?${FY}${S}(?:${era('e1')}${S})?${year('y1')}`, FLAGS),
  /**
   * Rule year-then-round: "รายงานป้องกันทุจริต 2568 (รอบ 12 เดือน)", "ปี 2569 รอบ 6 เดือน": a Buddhist-era year with no
   * fiscal keyword, followed by a six- or twelve-month round, is that fiscal year's round (a round is only ever counted in
   * fiscal years).
   */
  yearThenRound: new RegExp(`(?:ปี${S})?(?<y1>2${NUM_START('/:-')}5\\d{2})${YEAR_END}${S}\\(?${S}${ROUND}`, FLAGS),
  /** "ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน" */
  fiscalThenRound: new RegExp(`${FY}${S}(?:${era('e1')}${S})?${year('y1')}${S}\\(?${S}${ROUND}`, FLAGS),
  /** "ปีงบประมาณ พ.ศ. 2566", "ปีงบ 69", "ปีงบประมาณพ.ศ. 2566-2567" */
  fiscalYear: new RegExp(`${FY}${S}(?:${era('e1')}${S})?${year('y1')}(?:${SEP}(?:${era('e2')}${S})?${year4('y2')})?`, FLAGS),
  /** "พ.ศ. 2567", "พ.ศ. 2566 – 2570" */
  eraYear: new RegExp(`${era('e1')}${S}${year4('y1')}(?:${SEP}(?:${era('e2')}${S})?${year4('y2')})?`, FLAGS),
  /**
   * "ประจำปี 2567", "ปี 2568", "ปีการศึกษา 2568"; rule short-keyword-year: "ปี 55", "ประจำปี 64", "แผน…ทุจริตปี55" (two digits
   * after ปี are a Buddhist-era year, not a count of days, months or years after it: "ปี 12 เดือน")
   */
  keywordYear: new RegExp(
    `(?:ประจำปี|ปีการศึกษา|ปีการเงิน|ปีปฏิทิน|ปี)${S}(?:${year4('y1')}(?:${SEP}${year4('y2')})?|(?<y3>\\d{2})(?!\\s*(?:วัน|เดือน|ปี|ชั่วโมง|ชม|นาที|สัปดาห์))${YEAR_END})`,
    FLAGS,
  ),
  /** "ITA 2567", "ita2568", "oit66", "ita-67": the mention is the number only (the handler starts it at y1). */
  itaYear: new RegExp(`(?:ITA|ita|Ita|OIT|oit|Oit)[\\s_-]*${year('y1')}`, FLAGS),
  /** "แผน2567.pdf" */
  fileYear: new RegExp(
    `(?<y1>2${NUM_START('')}5\\d{2})(?=\\.(?:pdf|PDF|Pdf|docx?|DOCX?|xlsx?|XLSX?|pptx?|PPTX?|jpe?g|JPE?G|png|PNG|zip|ZIP|rar|RAR)(?![A-Za-z]))`,
    FLAGS,
  ),
  /** "2566-2570" (multi-year plans); an end typed with a wrong first digit ("2561 - 3563") is read by the handler. */
  yearSpan: new RegExp(`(?<y1>2${NUM_START('/:-')}5\\d{2})${S}[-–]${S}(?<y2>[1-9]5\\d{2})${YEAR_END}`, FLAGS),
  /** "27/02/2563", "15-01-2025", "31.03.2566", "31/03/66" */
  numericDmy: new RegExp(
    `(?<d>\\d${NUM_START(':/-')}\\d?)(?<s>[/.-])(?<mo>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?!\\d|[.,:/-]\\d)`,
    FLAGS,
  ),
  /** "2025-10-03", "2025-10-03T08:00:00", "2567/10/03"; not "2023/12/4.2" (an upload folder, then section 4.2 of a file name). */
  numericYmd: new RegExp(
    `(?<y>\\d${NUM_START(':-')}\\d{3})(?<s>[-/])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?![.,]\\d)(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)`,
    FLAGS,
  ),
  /**
   * Rule timestamp-alias: "2018-10-26-04-32-37", the alias Joomla gives an article or category whose title has no Latin
   * letters (its creation time), also when glued to the item's id ("69-2020-05-08-06-32-35", "id=106:2018-10-26-04-32-37").
   */
  timestampAlias: new RegExp(`(?<!\\d)(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})-(?:[01]\\d|2[0-3])-[0-5]\\d-[0-5]\\d(?!\\d)`, FLAGS),
  /** "October 3, 2025"; "sep, 28, 2016" (a WordPress theme's "M, j, Y") */
  englishMdy: new RegExp(`(?<m1>${englishAlt})[.,]?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})(?!\\d)`, FLAGS),
  /** "พฤษภาคม 14, 2026", "ต.ค. 3, 2568": WordPress's "F j, Y" with Thai month names (full or dotted; the comma is required) */
  thaiMdy: new RegExp(`(?<m1>${thaiStrongAlt})\\s*(?<d1>\\d{1,2}),\\s*(?<y1>\\d{4})(?!\\d)`, FLAGS),
} as const;

export type DatePatternName = keyof typeof DATE_PATTERNS;

/** Cheap test: a date mention needs at least two digits in a row somewhere. */
export const HAS_YEAR_DIGITS = /\d\d/;
