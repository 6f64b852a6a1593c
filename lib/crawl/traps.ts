import { z } from 'zod';
import { bareHost } from './site-scope.ts';
import { normaliseForMatch } from './priority.ts';
import { urlKey } from './url-key.ts';

/** Caps that keep crawler traps (endless lists, calendars, per-year copies) from eating the budget. */
export interface TrapLimits {
  /** Pages of one paginated list (`?page=N`, `/page/N`). */
  paginationPages: number;
  /** Pages of one calendar (year/month/day in the path or query). */
  calendarPages: number;
  /** URLs of one pattern reached from a page of the same pattern (a chain such as "next" links). */
  patternChain: number;
  /** Pages under each per-year folder (`/2566/…`) older than the newest one seen. */
  olderYearPages: number;
}

export const DEFAULT_TRAP_LIMITS: TrapLimits = { paginationPages: 5, calendarPages: 12, patternChain: 30, olderYearPages: 10 };

export const TrapState = z.object({
  pattern: z.record(z.string(), z.number().int()),
  calendar: z.record(z.string(), z.number().int()),
  pagination: z.record(z.string(), z.number().int()),
  years: z.record(z.string(), z.number().int()),
  exhaustedLists: z.array(z.string()),
  newestYear: z.number().int().nullable(),
});
export type TrapState = z.infer<typeof TrapState>;

export function emptyTrapState(): TrapState {
  return { pattern: {}, calendar: {}, pagination: {}, years: {}, exhaustedLists: [], newestYear: null };
}

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** Path with digit runs replaced by N, query keys sorted with digit-normalised values. */
export function urlPattern(url: URL): string {
  const path = decodedPath(url).replace(/\d+/g, 'N');
  const query = [...url.searchParams]
    .map(([k, v]) => `${k.toLowerCase()}=${v.replace(/\d+/g, 'N')}`)
    .sort()
    .join('&');
  return `${bareHost(url)}${path}${query ? `?${query}` : ''}`;
}

const PAGE_KEYS = new Set(['page', 'paged', 'pg', 'pageno', 'page_no', 'pagenum', 'pagenumber', 'start', 'offset', 'per_page_start']);

/** The list a paginated URL belongs to (its key without the page number), or null. */
export function paginationList(url: URL): { list: string; page: number } | null {
  const pathMatch = /^(.*?)\/page\/(\d+)\/?$/i.exec(url.pathname);
  if (pathMatch) {
    const copy = new URL(url.href);
    copy.pathname = pathMatch[1] === '' ? '/' : (pathMatch[1] ?? '/');
    return { list: urlKey(copy), page: Number(pathMatch[2]) };
  }
  for (const [key, value] of url.searchParams) {
    if (PAGE_KEYS.has(key.toLowerCase()) && /^\d+$/.test(value)) {
      const copy = new URL(url.href);
      copy.searchParams.delete(key);
      return { list: urlKey(copy), page: Number(value) };
    }
  }
  return null;
}

/** Labels of a pager: a page number, next / previous / first / last, or arrows. */
const PAGER_LABEL = /^(?:\d{1,4}|[«»‹›<>←→]+|ถัดไป|หน้าถัดไป|ต่อไป|หน้าต่อไป|ก่อนหน้า|หน้าก่อนหน้า|ย้อนกลับ|หน้าแรก|หน้าสุดท้าย|สุดท้าย|แรก|next|next page|prev|previous|previous page|first|last|older|newer|more)$/;

function readPagerLabel(label: string): boolean {
  const text = normaliseForMatch(label).replace(/[«»‹›<>←→]/g, (m) => ` ${m} `).replace(/\s+/g, ' ').trim();
  if (text === '') return false;
  return text.split(' ').every((word) => PAGER_LABEL.test(word)) || PAGER_LABEL.test(text);
}

/** Labels already read (a menu's come back on every page), bounded. */
const pagerLabels = new Map<string, boolean>();

export function isPagerLabel(label: string): boolean {
  let known = pagerLabels.get(label);
  if (known === undefined) {
    known = readPagerLabel(label);
    if (pagerLabels.size >= 50_000) pagerLabels.clear();
    pagerLabels.set(label, known);
  }
  return known;
}

/** A link of a list's pager: its URL a page of a list (`?page=7`, `/page/7`) and its label a pager's ("7", "next ›", "last »"). */
export function isPagerLink(url: string, label: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return paginationList(parsed) !== null && isPagerLabel(label);
}

const CALENDAR_KEYS = /^(?:year|yr|month|day|date|ym|ymd|week|cal|calendar|caldate|cal_date|event_date|eventdate|start_date|end_date)$/i;
const DATE_VALUE = /^(?:\d{1,4}|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})$/;

/** The calendar a date-like URL belongs to (the URL without its date parts), or null. */
export function calendarBase(url: URL): string | null {
  let found = false;
  const rest: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (CALENDAR_KEYS.test(key) && (DATE_VALUE.test(value) || /\d/.test(value) || /^(?:cal|calendar)$/i.test(key))) found = true;
    else rest.push(`${key.toLowerCase()}=${value}`);
  }
  let path = decodedPath(url);
  // /2024/05/, /2567/10/31/, /2024-05-01/
  const datePath = /\/(?:19|20|25)\d{2}\/(?:0?[1-9]|1[0-2])(?:\/(?:0?[1-9]|[12]\d|3[01]))?(?=\/|$)|\/(?:19|20|25)\d{2}-\d{1,2}(?:-\d{1,2})?(?=\/|$)/;
  if (datePath.test(path)) {
    found = true;
    path = path.replace(datePath, '/DATE');
  }
  if (/(?:^|[/_-])(?:calendar|cal)(?:[/_.-]|$)/i.test(path) && (url.search !== '' || /\d/.test(path))) found = true;
  if (!found) return null;
  return `${bareHost(url)}${path.replace(/\d+/g, 'N')}?${rest.sort().join('&')}`;
}

/** A per-year copy of the site: the path prefix before a Buddhist-era year segment (`/2567/…`). */
export function yearFolder(url: URL): { base: string; year: number } | null {
  const segments = decodedPath(url).split('/');
  // A folder, not the last segment: `/item/2580` is an id, `/2567/index.php` a per-year copy.
  for (let i = 0; i < segments.length - 1; i += 1) {
    const seg = segments[i] ?? '';
    const m = /^(?:ita|oit)?[-_]?(25\d{2})$/i.exec(seg);
    if (m) return { base: `${bareHost(url)}${segments.slice(0, i).join('/')}/`, year: Number(m[1]) };
  }
  return null;
}

export type TrapVerdict = { ok: true } | { ok: false; reason: string };

/** Decides which discovered URLs may join the frontier; its counters are part of the checkpoint. */
export class TrapGuard {
  readonly limits: TrapLimits;
  private readonly state: TrapState;
  /** Counters and lists changed since the last takeChanges(). */
  private changes: Partial<TrapState> = {};

  constructor(limits: Partial<TrapLimits> = {}, state: TrapState = emptyTrapState()) {
    this.limits = { ...DEFAULT_TRAP_LIMITS, ...limits };
    this.state = state;
  }

  snapshot(): TrapState {
    return structuredClone(this.state);
  }

  /** The counters and lists that changed since the previous call (a checkpoint stores only these). */
  takeChanges(): Partial<TrapState> {
    const changes = this.changes;
    this.changes = {};
    return changes;
  }

  private bump(field: 'pattern' | 'calendar' | 'pagination' | 'years', key: string): void {
    const value = (this.state[field][key] ?? 0) + 1;
    this.state[field][key] = value;
    (this.changes[field] ??= {})[key] = value;
  }

  /** Note a URL seen on a page before admitting any, so the newest year folder is known. */
  observe(url: URL): void {
    const folder = yearFolder(url);
    if (folder && (this.state.newestYear === null || folder.year > this.state.newestYear)) {
      this.state.newestYear = folder.year;
      this.changes.newestYear = folder.year;
    }
  }

  /**
   * Whether the URL may be queued; counts it when it may. `parent` is the page it was found on.
   * `asListPage`: the link is a page of a paginated list by its context (label and siblings); a
   * URL shaped like one (`/page/3`) but labelled with a name is a content page and not capped.
   */
  admit(url: URL, parent: URL | null, asListPage = true): TrapVerdict {
    const s = this.state;
    const pagination = asListPage ? paginationList(url) : null;
    if (pagination) {
      if (s.exhaustedLists.includes(pagination.list)) return { ok: false, reason: 'pagination: a previous page added nothing new' };
      if ((s.pagination[pagination.list] ?? 0) >= this.limits.paginationPages) {
        return { ok: false, reason: `pagination: more than ${this.limits.paginationPages} pages of one list` };
      }
    }
    const calendar = calendarBase(url);
    if (calendar !== null && (s.calendar[calendar] ?? 0) >= this.limits.calendarPages) {
      return { ok: false, reason: `calendar: more than ${this.limits.calendarPages} dates of one calendar` };
    }
    const pattern = urlPattern(url);
    const chained = parent !== null && urlPattern(parent) === pattern;
    if (chained && (s.pattern[pattern] ?? 0) >= this.limits.patternChain) {
      return { ok: false, reason: `URL pattern: more than ${this.limits.patternChain} chained URLs like ${pattern}` };
    }
    const folder = yearFolder(url);
    const olderYear = folder !== null && s.newestYear !== null && folder.year < s.newestYear;
    const yearKey = folder ? `${folder.base}${folder.year}` : '';
    if (olderYear && (s.years[yearKey] ?? 0) >= this.limits.olderYearPages) {
      return { ok: false, reason: `year folder ${folder.year}: more than ${this.limits.olderYearPages} pages of an older year` };
    }
    if (pagination) this.bump('pagination', pagination.list);
    if (calendar !== null) this.bump('calendar', calendar);
    if (chained) this.bump('pattern', pattern);
    if (folder) this.bump('years', yearKey);
    return { ok: true };
  }

  /** A page of a paginated list added no new links: later pages of that list are not fetched. */
  markExhausted(url: URL): void {
    const pagination = paginationList(url);
    if (pagination && !this.state.exhaustedLists.includes(pagination.list)) {
      this.state.exhaustedLists.push(pagination.list);
      (this.changes.exhaustedLists ??= []).push(pagination.list);
    }
  }

  isExhausted(url: URL): boolean {
    const pagination = paginationList(url);
    return pagination !== null && this.state.exhaustedLists.includes(pagination.list);
  }
}
