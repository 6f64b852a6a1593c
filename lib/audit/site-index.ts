import { urlKey } from '../crawl/url-key.ts';
import type { DatedMention, DocumentCheck, LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { CrawlFailure } from '../report/report-schema.ts';

/** What the crawl produced, as the audit needs it (a CrawlResult satisfies this). */
export interface CrawlData {
  startUrl: string;
  homeUrl?: string;
  pages: PageSnapshot[];
  documents: DocumentCheck[];
  failures: CrawlFailure[];
  stoppedBy: 'done' | 'max-pages' | 'max-time' | 'cancelled';
  elapsedMs: number;
  pending: { url: string; label: string }[];
}

/** Look-ups over one crawl, built once per audit. */
export interface SiteIndex {
  pageByKey: Map<string, PageSnapshot>;
  documentByKey: Map<string, DocumentCheck>;
  failureByKey: Map<string, CrawlFailure>;
  /** Link URLs that appear on many pages (menus, footers): navigation, not content. */
  boilerplate: Set<string>;
  /** Empty links (label + row) that appear on many pages: menu toggles, not items listed without a document. */
  boilerplatePlaceholders: Set<string>;
  /** Dates in the text of many pages (a menu's "ITA ปี 2568", a footer's year): not any page's own date. */
  boilerplateDates: Set<string>;
  /** Contact details and forms that appear on many pages (footer, search box): not a page's own content. */
  boilerplateSignals: Set<string>;
  /** Blocks of prose on many pages (a footer's address, a menu's section names): not a page's own text. */
  boilerplateProse: Set<string>;
  /** Hosts (without www.) of the crawled pages: the audited site. */
  siteHosts: Set<string>;
  keyOf(url: string): string;
  /** Memo of contentLinks per page. */
  contentCache: WeakMap<PageSnapshot, LinkRecord[]>;
}

function safeKey(url: string): string {
  try {
    return urlKey(new URL(url));
  } catch {
    return url;
  }
}

/** URL keys are asked for again and again (every link, every candidate): parse each URL once. */
function memoKeyOf(): (url: string) => string {
  const memo = new Map<string, string>();
  return (url) => {
    let k = memo.get(url);
    if (k === undefined) {
      k = safeKey(url);
      memo.set(url, k);
    }
    return k;
  };
}

export function buildSiteIndex(crawl: CrawlData): SiteIndex {
  const keyOf = memoKeyOf();
  const pageByKey = new Map<string, PageSnapshot>();
  for (const p of crawl.pages) {
    pageByKey.set(keyOf(p.url), p);
    pageByKey.set(keyOf(p.finalUrl), p);
  }
  const documentByKey = new Map(crawl.documents.map((d) => [keyOf(d.url), d] as const));
  const failureByKey = new Map(crawl.failures.map((f) => [keyOf(f.url), f] as const));
  const seenOn = new Map<string, number>();
  for (const p of crawl.pages) {
    const onThisPage = new Set<string>();
    for (const l of p.links) if (l.url) onThisPage.add(keyOf(l.url));
    for (const k of onThisPage) seenOn.set(k, (seenOn.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(crawl.pages.length * 0.4));
  const boilerplate = new Set<string>();
  for (const [k, n] of seenOn) if (n >= threshold) boilerplate.add(k);
  const placeholdersOn = new Map<string, number>();
  for (const p of crawl.pages) {
    const onThisPage = new Set(p.links.filter((l) => l.kind === 'placeholder').map(placeholderKey));
    for (const k of onThisPage) placeholdersOn.set(k, (placeholdersOn.get(k) ?? 0) + 1);
  }
  const boilerplatePlaceholders = new Set<string>();
  for (const [k, n] of placeholdersOn) if (n >= threshold) boilerplatePlaceholders.add(k);
  const datesOn = new Map<string, number>();
  for (const p of crawl.pages) {
    for (const k of new Set(p.dates.filter((d) => d.source === 'body').map(bodyDateKey))) datesOn.set(k, (datesOn.get(k) ?? 0) + 1);
  }
  const boilerplateDates = new Set<string>();
  for (const [k, n] of datesOn) if (n >= threshold) boilerplateDates.add(k);
  const signalsOn = new Map<string, number>();
  for (const p of crawl.pages) {
    for (const s of new Set(pageSignals(p))) signalsOn.set(s, (signalsOn.get(s) ?? 0) + 1);
  }
  const boilerplateSignals = new Set<string>();
  for (const [k, n] of signalsOn) if (n >= threshold) boilerplateSignals.add(k);
  const proseOn = new Map<string, number>();
  for (const p of crawl.pages) {
    for (const b of new Set(p.prose)) proseOn.set(b, (proseOn.get(b) ?? 0) + 1);
  }
  const boilerplateProse = new Set<string>();
  for (const [k, n] of proseOn) if (n >= threshold) boilerplateProse.add(k);
  const siteHosts = new Set<string>();
  for (const u of [crawl.startUrl, crawl.homeUrl ?? crawl.startUrl, ...crawl.pages.map((p) => p.finalUrl)]) {
    try {
      siteHosts.add(new URL(u).hostname.replace(/^www\./, ''));
    } catch {
      // not a URL: no host to add
    }
  }
  return { pageByKey, documentByKey, failureByKey, boilerplate, boilerplatePlaceholders, boilerplateDates, boilerplateSignals, boilerplateProse, siteHosts, keyOf, contentCache: new WeakMap() };
}

/** The links of a page that are its content (not the site's menus), with a URL. */
export function contentLinks(page: PageSnapshot, index: SiteIndex): LinkRecord[] {
  let links = index.contentCache.get(page);
  if (!links) {
    links = page.links.filter((l) => l.url !== null && l.kind !== 'placeholder' && !index.boilerplate.has(index.keyOf(l.url)));
    index.contentCache.set(page, links);
  }
  return links;
}

export const SEARCH_FORM = /search|ค้นหา|query|keyword/i;

/** A page's contact details and forms, as comparable keys. */
export function pageSignals(page: PageSnapshot): string[] {
  return [
    // Phone numbers stand in footers and on people pages; an address or e-mail of its own marks a contact page.
    ...page.contacts.filter((c) => c.kind === 'address' || c.kind === 'email').map((c) => `${c.kind}:${c.value}`),
    ...page.forms.filter((f) => !SEARCH_FORM.test(`${f.action} ${f.label}`)).map((f) => `form:${f.action}`),
  ];
}

/** A page with a form of its own (not a search box, not the site's footer form). */
export function hasOwnForm(page: PageSnapshot, index: SiteIndex): boolean {
  return pageSignals(page).some((s) => s.startsWith('form:') && !index.boilerplateSignals.has(s));
}

/** A page that is evidence by itself: contact details or a form of its own (not the site's footer). */
export function hasOwnContent(page: PageSnapshot, index: SiteIndex): boolean {
  return pageSignals(page).some((s) => !index.boilerplateSignals.has(s));
}

/** Identity of an empty link across pages: its label and its row. */
export function placeholderKey(link: LinkRecord): string {
  return `${link.label}|${link.context}`;
}

/** Identity of a date in page text across pages: as written, with what it reads as. */
export function bodyDateKey(d: DatedMention): string {
  return `${d.raw}|${d.precision}|${d.year}|${d.month ?? ''}`;
}
