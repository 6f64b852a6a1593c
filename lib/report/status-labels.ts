import type { Lang } from './report-lang.ts';
import type { Status, StoppedBy } from './report-schema.ts';

/** Every user-visible status word, Thai first with English (one place, as Lighthouse's UIStrings). */
export const STATUS_LABEL: Record<Status, { th: string; en: string; symbol: string }> = {
  pass: { th: 'ผ่าน', en: 'pass', symbol: '✔' },
  missing: { th: 'ไม่พบ', en: 'missing', symbol: '✘' },
  outdated: { th: 'ไม่เป็นปัจจุบัน', en: 'outdated', symbol: '⌛' },
  incomplete: { th: 'ไม่ครบ', en: 'incomplete', symbol: '◐' },
  review: { th: 'ต้องตรวจเอง', en: 'review', symbol: '?' },
};

export const STATUS_ORDER: Status[] = ['pass', 'missing', 'outdated', 'incomplete', 'review'];

/** Why the crawl stopped, in both languages. */
export const STOPPED_BY: Record<StoppedBy, { th: string; en: string }> = {
  done: { th: 'ตรวจครบ', en: 'done' },
  'max-pages': { th: 'ถึงจำนวนหน้าสูงสุด', en: 'page limit reached' },
  'max-time': { th: 'ถึงเวลาสูงสุด', en: 'time limit reached' },
  cancelled: { th: 'ยกเลิก', en: 'cancelled' },
};

/** "ตรวจครบ / done" (Thai / English), as before. */
export const STOPPED_BY_LABEL: Record<string, string> = Object.fromEntries(Object.entries(STOPPED_BY).map(([k, v]) => [k, `${v.th} / ${v.en}`]));

/** "ไม่พบ (missing)", "missing" or "ไม่พบ". */
export function statusWord(st: Status, lang: Lang): string {
  return lang === 'both' ? `${STATUS_LABEL[st].th} (${st})` : lang === 'en' ? st : STATUS_LABEL[st].th;
}

/** "ไม่พบ → ผ่าน (missing → pass)" in both languages, one of them otherwise. */
export function statusFlip(from: Status, to: Status, lang: Lang): string {
  const th = `${STATUS_LABEL[from].th} → ${STATUS_LABEL[to].th}`;
  const en = `${from} → ${to}`;
  return lang === 'both' ? `${th} (${en})` : lang === 'en' ? en : th;
}
