import type { DateMention } from './date-mention.ts';
import { findDates } from './find-dates.ts';
import { foldMisspellings, thaiToAsciiDigits } from './normalize-thai.ts';

/**
 * The name of a law or code, whose title ends with the year it was enacted: "พระราชบัญญัติ… พ.ศ. 2562",
 * "ประมวลจริยธรรม… พ.ศ. 2564", "ข้อกำหนดจริยธรรม… พ.ศ. 2564", "ระเบียบ…ว่าด้วย… พ.ศ. 2560". The last alternative needs "ว่าด้วย" so that a
 * plain "ระเบียบวาระ"/"ประกาศ" with its own year is not a law.
 */
export const LAW_NAME = /พระราชบัญญัติ|พ\.\s?ร\.\s?บ\.|พรบ\.?|พระราชกฤษฎีกา|พระราชกำหนด|กฎกระทรวง|รัฐธรรมนูญ|ประมวลกฎหมาย|ประมวลจริยธรรม|ข้อกำหนดจริยธรรม|(?:ระเบียบ|ข้อบังคับ|ประกาศ)[^|•\n]{0,80}?ว่าด้วย/gu;
/** Words that say a period of the citing document lies between the law's name and the year. */
const PERIOD_WORD = /ประจำปี|ปีงบ|ปีการศึกษา|ไตรมาส|รอบ\s?\d|เดือน|ณ\s?วันที่|ระหว่างวันที่|[|•\n]/u;
/** How far (characters) a law's title may run from its name to its year. */
const MAX_TITLE = 120;
const BE_PREFIX = /พ\.\s?ศ\.?\s*$/u;

/**
 * Whether a date mention is the year in the title of a law or code the text cites ("…ตามพระราชบัญญัติ
 * มาตรฐานทางจริยธรรม พ.ศ. 2562"): a single year written "พ.ศ. NNNN" after a law's name, with no period word
 * ("ประจำปี", "ปีงบประมาณ", "เดือน" …) and no other date between them. Such a year is not a period of the document.
 */
export function isLawTitleYear(text: string, mention: DateMention, all: readonly DateMention[]): boolean {
  if (mention.precision !== 'year' || mention.until !== undefined) return false;
  const written = mention.raw.startsWith('พ.') || BE_PREFIX.test(text.slice(Math.max(0, mention.start - 8), mention.start));
  if (!written) return false;
  if (isAmendmentYear(text, mention, all)) return true;
  const from = Math.max(0, mention.start - MAX_TITLE);
  const window = text.slice(from, mention.start);
  let lawEnd = -1;
  for (const m of window.matchAll(LAW_NAME)) lawEnd = from + (m.index ?? 0) + m[0].length;
  if (lawEnd < 0) return false;
  const between = text.slice(lawEnd, mention.start);
  if (PERIOD_WORD.test(between)) return false;
  return !all.some((d) => d !== mention && d.start >= lawEnd && d.start < mention.start);
}

/**
 * "และแก้ไขเพิ่มเติมถึง (ฉบับที่ 3)", "แก้ไขเพิ่มเติม (ฉบับที่ ๗)", "เเก้ไขเพิ่มเติมถึง (ฉบับที่๒,๓)", "ที่แก้ไขเพิ่มเติม": an
 * amendment clause right before a year (read after folding misspellings and Thai digits; "ท่แก้ไข" is a slip for ที่).
 */
const AMENDMENT_BEFORE = /(?:และ|ซึ่ง)?\s*(?:ที่|ท่)?แก้ไขเพิ่มเติม(?:ถึง)?\s*(?:\(?\s*ฉบับที่\s*\d+(?:\s*(?:,|และ)\s*\d+)*\s*\)?)?\s*$/u;

/**
 * Rule amendment-year: the year of an amendment that follows a cited law's year ("ระเบียบ…ว่าด้วย… พ.ศ. 2548 และแก้ไข
 * เพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561", "พระราชบัญญัติ… พ.ศ. ๒๕๓๗ แก้ไขเพิ่มเติมถึง (ฉบับที่ ๗) พ.ศ. ๒๕๖๒") is a law's year too.
 */
function isAmendmentYear(text: string, mention: DateMention, all: readonly DateMention[]): boolean {
  let prev: DateMention | undefined;
  for (const d of all) if (d.end <= mention.start && (!prev || d.end > prev.end)) prev = d;
  if (!prev) return false;
  const between = thaiToAsciiDigits(foldMisspellings(text.slice(prev.end, mention.start))).replace(BE_PREFIX, '');
  return AMENDMENT_BEFORE.test(between) && isLawTitleYear(text, prev, all);
}

/** Education words a year of a degree follows ('ประวัติการศึกษา: พ.ศ.2547 วิศวกรรมศาสตรมหาบัณฑิต'). */
const EDUCATION_BEFORE = /(?:ประวัติการศึกษา|วุฒิการศึกษา|คุณวุฒิ|สำเร็จการศึกษา|จบการศึกษา|education)\s*[:：.-]?\s*$/iu;
/** A degree named right after a year ('พ.ศ.2545 บริหารธุรกิจมหาบัณฑิต', '2547 ph.d.', 'ปริญญาโท'). */
const DEGREE_AFTER = /^\s*[:,)-]?\s*(?:[^\s\d]{0,40}(?:บัณฑิต|ดุษฎี)(?!วิทยาลัย)|ปริญญา|ประกาศนียบัตร|ph\.?\s?d|m\.?\s?(?:sc|a|eng|ba|ed)\b|b\.?\s?(?:sc|a|eng|ed)\b|master|bachelor|doctor)/iu;

/**
 * Rule degree-year: the year of a person's degree on a people page ('ประวัติการศึกษา: พ.ศ.2547 ph.d. (management of
 * technology) …', 'พ.ศ.2545 บริหารธุรกิจมหาบัณฑิต (การจัดการ)') is when they graduated, not a period of the page (real121:
 * an executives page dated 2547 by its directors' degrees). A single year, right after an education word or right before
 * a degree's name.
 */
export function isDegreeYear(text: string, mention: DateMention): boolean {
  if (mention.precision !== 'year' || mention.until !== undefined || PERIOD_WORD.test(mention.raw)) return false;
  const before = text.slice(Math.max(0, mention.start - 30), mention.start).replace(BE_PREFIX, '');
  return EDUCATION_BEFORE.test(before) || DEGREE_AFTER.test(text.slice(mention.end, mention.end + 60));
}

/** The date mentions of `text` that can be periods of it: every one but the years in the titles of laws it cites and the years of degrees. */
export function periodDates(text: string): DateMention[] {
  const all = findDates(text);
  return all.length === 0 ? all : all.filter((d) => !isLawTitleYear(text, d, all) && !isDegreeYear(text, d));
}
