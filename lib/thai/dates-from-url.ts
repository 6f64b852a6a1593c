import type { DateMention } from './date-mention.ts';
import { findDates } from './find-dates.ts';

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

/**
 * The decoded, spaced-out text that `datesFromUrl` scans: path + query + fragment, percent-decoded,
 * with "_" and "+" as spaces and "-" as a space unless it joins two digits (keeps "2025-10-03", "2566-2570").
 */
export function urlDateText(url: string): string {
  return safeDecodeUri(urlTail(url).replace(/\+/g, ' '))
    .replace(/_/g, ' ')
    .replace(/(?<!\d)-|-(?!\d)/g, ' ');
}

/** Path segments that are just a BE year: "/2567/" (fiscal-year folders). */
const YEAR_SEGMENT_RE = /(?<=\/)25\d{2}(?=\/|$|[?#])/g;

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
