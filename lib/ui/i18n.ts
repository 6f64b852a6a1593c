import en from '../../public/_locales/en/messages.json';
import th from '../../public/_locales/th/messages.json';
import { formatElapsed, thaiDateOf } from '../report/format.ts';

/**
 * UI text from the extension's `_locales` (the same files the browser's i18n reads for the manifest).
 * The panel can show Thai with English (the default), Thai only or English only, so both catalogues are
 * bundled; a page outside the extension (tests, happy-dom) gets the same text without `browser.i18n`.
 */
export type MessageKey = keyof typeof th;
export type LangView = 'both' | 'th' | 'en';
export const LANG_VIEWS: LangView[] = ['both', 'th', 'en'];

const CATALOG: Record<'th' | 'en', Record<string, { message: string }>> = { th, en };

/** One message in one language, with $1…$9 replaced as browser.i18n.getMessage does. */
export function message(lang: 'th' | 'en', key: MessageKey, subs: (string | number)[] = []): string {
  const text = CATALOG[lang][key]?.message ?? CATALOG.th[key]?.message ?? key;
  return text.replace(/\$(\d)/g, (all, n: string) => {
    const v = subs[Number(n) - 1];
    return v === undefined ? all : String(v);
  });
}

/** A message as plain text in a view: "ไทย / English", or one language (attributes, alerts). */
export function textIn(view: LangView, key: MessageKey, subs: (string | number)[] = []): string {
  if (view === 'th') return message('th', key, subs);
  if (view === 'en') return message('en', key, subs);
  return `${message('th', key, subs)} / ${message('en', key, subs)}`;
}

/**
 * Thai first with English, whatever the browser's language (the users are Thai officials; an English
 * reader picks "English only", which is remembered). The browser's i18n localises the manifest.
 */
export const DEFAULT_LANG_VIEW: LangView = 'both';

export function readLangView(stored: unknown): LangView | null {
  return stored === 'both' || stored === 'th' || stored === 'en' ? stored : null;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date for the view: Buddhist-era Thai; in English both forms ("20 May 2026 (20 พ.ค. 2569)"). */
export function dateFor(view: LangView, iso: string): string {
  const thai = thaiDateOf(iso);
  if (view !== 'en') return thai;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${EN_MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]} (${thai})`;
}

/** "about 2:05 left" from pages done, the page budget and the time so far; null before there is a rate. */
export function estimateLeftMs(fetched: number, maxPages: number, queued: number, elapsedMs: number): number | null {
  if (fetched < 3 || elapsedMs <= 0) return null;
  const remaining = Math.max(0, Math.min(maxPages, fetched + queued) - fetched);
  return Math.round((elapsedMs / fetched) * remaining);
}

export { formatElapsed };
