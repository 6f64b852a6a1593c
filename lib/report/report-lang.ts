import { BE_OFFSET, parseIsoDate } from '../thai/fiscal-year.ts';
import { formatThaiDate, formatThaiMonth } from '../thai/format-thai-date.ts';

/**
 * The language of a rendered report: Thai, English, or both (Thai first, then English).
 * Every renderer takes it as an option; the default is `both` (Thai first, with English), the project's
 * rule for UI text. Each module keeps its words in one `UIStrings` object of `{ th, en }` pairs.
 */
export type Lang = 'th' | 'en' | 'both';
export const LANGS: readonly Lang[] = ['th', 'en', 'both'];
export const DEFAULT_LANG: Lang = 'both';

/** A user-visible phrase in both languages. */
export interface Phrase {
  th: string;
  en: string;
}

/** The phrase in the report's language; `both` joins them with `sep` (" / " by default). */
export function say(p: Phrase, lang: Lang, sep = ' / '): string {
  if (lang === 'th') return p.th;
  if (lang === 'en') return p.en;
  return p.th === p.en ? p.th : `${p.th}${sep}${p.en}`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date (or timestamp) for people: Thai "20 พ.ค. 2569" (Buddhist era); English "20 May 2026 (BE 2569)"
 * (both eras); `both` "20 พ.ค. 2569 / 20 May 2026". Text that is not a date is returned as it is.
 */
export function sayDate(iso: string, lang: Lang): string {
  const d = parseIsoDate(iso.slice(0, 10));
  if (!d) return iso;
  const th = formatThaiDate(d, 'short');
  const en = `${d.day} ${EN_MONTHS[d.month - 1] ?? '?'} ${d.year}`;
  if (lang === 'th') return th;
  if (lang === 'en') return `${en} (BE ${d.year + BE_OFFSET})`;
  return `${th} / ${en}`;
}

/** A month key "2026-03" for people: "มี.ค. 2569", "Mar 2026 (BE 2569)", or both. */
export function sayMonth(key: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return key;
  const th = formatThaiMonth(year, month, 'short');
  const en = `${EN_MONTHS[month - 1] ?? '?'} ${year}`;
  if (lang === 'th') return th;
  if (lang === 'en') return `${en} (BE ${year + BE_OFFSET})`;
  return `${th} / ${en}`;
}

/** An item's title in the report's language (the Thai title for `th` and `both`). */
export function itemTitle(item: { title: string; titleEn: string }, lang: Lang): string {
  return lang === 'en' && item.titleEn.trim() !== '' ? item.titleEn : item.title;
}
