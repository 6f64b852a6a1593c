import type { DateMention } from './date-mention.ts';
import { findDates } from './find-dates.ts';
import { THAI_MONTHS } from './thai-months.ts';

const PERCENT_RUN_RE = /(?:%[0-9A-Fa-f]{2})+/g;

/**
 * Percent-decode without ever throwing: each run of %XX escapes is decoded as UTF-8 when it is valid and left
 * as written when it is not ("%E0%B8" cut mid-character, "%ZZ", "100%").
 */
export function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(PERCENT_RUN_RE, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** The part of a URL that may name dates: path, query and fragment (not the scheme or host). */
function urlTail(url: string): string {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(url);
  return m ? url.slice(m[0].length) : url;
}

/** Dotted abbreviations as a slug writes them, dots turned into hyphens: "พ-ย" → "พ.ย.", "พ-ศ" → "พ.ศ.". */
const SLUG_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  [...THAI_MONTHS.flatMap((m) => [m.abbr, ...m.abbrVariants]), 'พ.ศ.', 'ค.ศ.'].map((a) => [a.slice(0, -1).replaceAll('.', '-'), a]),
);
const SLUG_ABBREVIATION_RE = new RegExp(`(?<![\u0E01-\u0E4E])(?:${[...SLUG_ABBREVIATIONS.keys()].join('|')})(?=-|$|[/\\s\\d.?#&])`, 'gu');

/**
 * The decoded, spaced-out text that `datesFromUrl` scans: path + query + fragment, percent-decoded,
 * with "_" and "+" as spaces and "-" as a space unless it joins two digits (keeps "2025-10-03", "2566-2570").
 * Rule slug-abbreviation: a dotted abbreviation whose dots a slug turned into hyphens gets them back
 * ("กิจกรรม-8-พ-ย-65" → "กิจกรรม 8 พ.ย. 65", "ประจำปีงบประมาณ-พ-ศ-๒๕๖๗").
 */
export function urlDateText(url: string): string {
  return safeDecodeUri(urlTail(url).replace(/\+/g, ' '))
    .replace(/_/g, ' ')
    .replace(SLUG_ABBREVIATION_RE, (slug) => SLUG_ABBREVIATIONS.get(slug) ?? slug)
    .replace(/(?<!\d)-|-(?!\d)/g, ' ');
}

/**
 * Path segments that are just a BE year: "/2567/" (fiscal-year folders). Rule upload-folder-is-not-a-year: a year
 * segment followed by a month segment ("/upload/2553/12/8674_1.pdf") is an upload folder of year and month, left to
 * `pathDates` as the weak reading it is.
 */
const YEAR_SEGMENT_RE = /(?<=\/)25\d{2}(?=\/|$|[?#])(?!\/(?:0?[1-9]|1[0-2])\/)/g;

/**
 * Dates named in a URL's path, file name, query or fragment: ".../12.สขร.เดือน%20กันยายน%202568.pdf",
 * "O11_ไตรมาสที่_1_2568.xlsx", "/ita2568/", "/2567/". Offsets and `raw` refer to `urlDateText(url)` (the decoded
 * text with separators turned into spaces), not to the URL as given. Never throws.
 */
export function datesFromUrl(url: string): DateMention[] {
  const text = urlDateText(url);
  const found = findDates(text);
  for (const m of text.matchAll(YEAR_SEGMENT_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ start, end, raw: m[0], year: Number(m[0]) - 543, precision: 'year', era: 'BE' });
  }
  return found.sort((a, b) => a.start - b.start);
}

const ITA_ROUND_BEFORE = /(?:ita|oit)\s?$/i;

/**
 * "ita2569-o20-01", "ITA_68_o13…": a year glued to ITA/OIT in a URL names the assessment round the file was filed
 * for, not the period the document covers (one ita2569 folder holds "No Gift Policy 2568"). `start` indexes `text`.
 */
export function isItaRoundYear(text: string, start: number): boolean {
  return ITA_ROUND_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** An assessment round glued to ITA/OIT in a URL: "ITA2564", "ita-2568", "ITA_68" (a two-digit year is 25NN). */
const ITA_ROUND_RE = /(?<![a-z])(?:ita|oit)\s?(25\d\d|[5-9]\d)(?!\d)/gi;

/**
 * The assessment rounds (Buddhist-era years) a URL's path names by a year glued to ITA/OIT ("/upload/ITA/ITA2564/EB16/01.pdf"
 * → [2564], "ita2569-o20-01" → [2569]): the round the file was uploaded for, never a period of the document by itself.
 */
export function itaRoundYears(url: string): number[] {
  const years = new Set<number>();
  for (const m of urlDateText(url).matchAll(ITA_ROUND_RE)) {
    const y = m[1] ?? '';
    years.add(y.length === 2 ? 2500 + Number(y) : Number(y));
  }
  return [...years];
}

/** A plausible year as written in a path: CE 2000–2049 or BE 2540–2599; the CE year, or null. */
function pathYear(text: string): { year: number; era: 'BE' | 'CE' } | null {
  const y = Number(text);
  if (y >= 2000 && y <= 2049) return { year: y, era: 'CE' };
  if (y >= 2540 && y <= 2599) return { year: y - 543, era: 'BE' };
  return null;
}

const FOLDER_MONTH_RE = /(?<=\/)(\d{4})\/(0?[1-9]|1[0-2])(?=\/)/g;
const DAY_STAMP_RE = /(?<!\d)(\d{4})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;
const GLUED_YEAR_RE = /(?<!\d)(\d{4})(?!\d)/g;

/**
 * Weak dates read from a URL's path, for a link that names no date anywhere else (a last resort, never over a
 * date in its label, row or file name): a day stamp in the file name, or in the last segment of a permalink ending in
 * "/" ("event_20220210.pdf", "_25650210"), else a year in it, even glued to a word ("corruption_stat2022.pdf",
 * "HR_Report_2022.pdf", "/คู่มือ-รายจ่าย-2560/"), else an upload
 * folder of year and month ("/uploads/2022/02/", "/2565/03/"). CE and BE years (CE 2000–2049, BE 2540–2599).
 * Offsets refer to `urlDateText(url)`. Never throws.
 */
export function pathDates(url: string): DateMention[] {
  const text = urlDateText(url);
  const queryAt = text.search(/[?#]/);
  const path = queryAt === -1 ? text : text.slice(0, queryAt);
  // Rule slug-is-the-file-name: a permalink ending in "/" names its page by its last segment ("/คู่มือ-รายจ่าย-2560/").
  const named = path.endsWith('/') ? path.slice(0, -1) : path;
  const fileStart = named.lastIndexOf('/') + 1;
  const file = named.slice(fileStart);
  const stamps: DateMention[] = [];
  for (const m of file.matchAll(DAY_STAMP_RE)) {
    const y = pathYear(m[1] ?? '');
    if (!y) continue;
    const start = fileStart + m.index;
    stamps.push({ start, end: start + m[0].length, raw: m[0], year: y.year, month: Number(m[2]), day: Number(m[3]), precision: 'day', era: y.era });
  }
  if (stamps.length > 0) return stamps;
  const years: DateMention[] = [];
  for (const m of file.matchAll(GLUED_YEAR_RE)) {
    const y = pathYear(m[1] ?? '');
    if (!y) continue;
    const start = fileStart + m.index;
    if (isItaRoundYear(text, start)) continue;
    years.push({ start, end: start + m[0].length, raw: m[0], year: y.year, precision: 'year', era: y.era });
  }
  if (years.length > 0) return years;
  const folders: DateMention[] = [];
  for (const m of path.matchAll(FOLDER_MONTH_RE)) {
    const y = pathYear(m[1] ?? '');
    if (!y) continue;
    folders.push({ start: m.index, end: m.index + m[0].length, raw: m[0], year: y.year, month: Number(m[2]), precision: 'month', era: y.era });
  }
  return folders.slice(-1);
}
