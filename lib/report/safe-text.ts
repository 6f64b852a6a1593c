/**
 * The one sanitising helper for text a crawled site wrote, used by every renderer (text, HTML, CSV, OIT
 * form sheet). Escaping for the output format stays with the format (Preact escapes HTML, `csvCell`
 * quotes CSV); this module makes the text itself harmless and readable:
 * - ANSI escape sequences, NUL and every other C0/C1 control removed (line breaks become spaces);
 * - bidi controls removed (U+202A–202E embeddings/overrides, U+2066–2069 isolates, U+200E/200F marks,
 *   U+061C Arabic letter mark), so a label cannot reorder the text around it;
 * - labels shortened to a sane length on a grapheme boundary (a Thai consonant keeps its vowels and tone marks);
 * - only http(s) URLs are treated as links.
 * Ordinary Thai, including U+200B (used as a word-break hint in Thai), is kept as it is.
 */

/** Longest label drawn in a report; the full text stays available (HTML `title`, JSON). */
export const MAX_LABEL = 200;

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;
const BREAKS = /[\t\n\r]+/g;

/** Site text for any output: controls and bidi overrides removed, line breaks and tabs as one space. */
export function cleanText(text: string): string {
  return text.replace(ANSI, '').replace(CONTROLS, '').replace(BREAKS, ' ');
}

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * `cleanText`, then at most `max` graphemes: longer text ends in "…". Cut on a grapheme boundary, so
 * a Thai consonant is never separated from its combining vowel or tone mark.
 */
export function shortText(text: string, max: number = MAX_LABEL): string {
  const clean = cleanText(text);
  if (clean.length <= max) return clean;
  let out = '';
  let count = 0;
  for (const { segment } of graphemes.segment(clean)) {
    if (count === max - 1) return `${out.trimEnd()}…`;
    out += segment;
    count += 1;
  }
  return out;
}

/** Only http(s) URLs (never javascript:, data:, vbscript: …) are links. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The URL to put in an href or a form: the cleaned URL when it is http(s), otherwise null. */
export function webUrl(url: string): string | null {
  const clean = cleanText(url).trim();
  return isWebUrl(clean) ? clean : null;
}
