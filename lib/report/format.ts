import { formatThaiDate, formatThaiMonth } from '../thai/format-thai-date.ts';
import { fiscalYearOf, parseIsoDate } from '../thai/fiscal-year.ts';

/** "2026-05-20" → "20 พ.ค. 2569"; text that is not an ISO date is returned as it is. */
export function thaiDateOf(iso: string): string {
  const d = parseIsoDate(iso.slice(0, 10));
  return d ? formatThaiDate(d, 'short') : iso;
}

/** "2025-10" (CE month key) → "ต.ค. 2568"; anything else is returned as it is. */
export function thaiMonthOf(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? formatThaiMonth(Number(m[1]), month, 'short') : key;
}

/** "ปีงบประมาณ 2569" for an ISO as-of date, or null when the date is not valid. */
export function fiscalYearLabel(iso: string): string | null {
  const d = parseIsoDate(iso);
  return d ? `ปีงบประมาณ ${fiscalYearOf(d)}` : null;
}

/** 75_000 → "1:15"; 3_725_000 → "1:02:05". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Only http(s) URLs become links (one definition, in safe-text.ts). */
export { isWebUrl } from './safe-text.ts';

/** The origin of an http(s) URL the user typed ("example.go.th" → "https://example.go.th"), or null. */
export function originOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const u = new URL(withScheme);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.hostname === '') return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** The URL an audit starts at for what the user typed (scheme added when left out), or null. */
export function normalizeStartUrl(text: string): string | null {
  const trimmed = text.trim();
  if (originOf(trimmed) === null) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return new URL(withScheme).href;
}

/** Today's date in the local time zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A URL on `site` shown as its path ("/public/list/1554"); other URLs as they are. */
export function shortUrl(url: string, site: string): string {
  try {
    const u = new URL(url);
    if (u.origin !== site) return url;
    const rest = `${u.pathname}${u.search}${u.hash}`;
    return rest === '' ? '/' : decodeURIComponentSafe(rest);
  } catch {
    return url;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
