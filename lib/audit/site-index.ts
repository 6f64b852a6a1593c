import type { PageList } from '../crawl/snapshot-store.ts';
import { organisationDomain, otherOrganisationHost } from './organisation-hosts.ts';
import { isItaLabel } from '../crawl/priority.ts';
import { isScriptMap } from '../snapshot/find-contacts.ts';
import { urlKey } from '../crawl/url-key.ts';
import type { DatedMention, DocumentCheck, LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { CrawlFailure } from '../report/report-schema.ts';
import { addDateSpans, type DateSpans } from './newest-site-date.ts';
import { EVIDENCE_CHECKS } from './checks/evidence-checks.ts';
import { provincePostcodes } from '../thai/phone-area.ts';
import { hostOf } from './target-state.ts';

/** What the crawl produced, as the audit needs it (a CrawlResult satisfies this); the extension's pages are an array. */
export interface CrawlData<P extends PageList = PageSnapshot[]> {
  startUrl: string;
  homeUrl?: string;
  /** An array, or the CLI's pages spilled to a file (read back one at a time). */
  pages: P;
  documents: DocumentCheck[];
  failures: CrawlFailure[];
  stoppedBy: 'done' | 'max-pages' | 'max-time' | 'cancelled';
  elapsedMs: number;
  pending: { url: string; label: string }[];
}

/** A crawled page by URL key (requested or final URL). */
export interface PageLookup {
  get(key: string): PageSnapshot | undefined;
}

/** Look-ups over one crawl, built once per audit. */
export interface SiteIndex {
  /** Holds each page's position, not the page: the crawl's page list reads it back. */
  pageByKey: PageLookup;
  documentByKey: Map<string, DocumentCheck>;
  failureByKey: Map<string, CrawlFailure>;
  /** Link URLs that appear on many pages (menus, footers): navigation, not content. */
  boilerplate: Set<string>;
  /** Keys of addresses other than the front page's own that answer with the front page's content (front-page-again). */
  frontPageEchoes: Set<string>;
  /** Empty links (label + row) that appear on many pages: menu toggles, not items listed without a document. */
  boilerplatePlaceholders: Set<string>;
  /** Dates in the text of many pages (a menu's "ITA ปี 2568", a footer's year): not any page's own date. */
  boilerplateDates: Set<string>;
  /** Contact details and forms that appear on many pages (footer, search box): not a page's own content. */
  boilerplateSignals: Set<string>;
  /** Phone numbers and e-mail addresses (`phone:…`, `email:…`) on many pages: the body's switchboard in a footer, no person's own. */
  boilerplateContacts: Set<string>;
  /** Blocks of prose and unlinked rows on many pages (a footer's address, a menu's section names): not a page's own text. */
  boilerplateProse: Set<string>;
  /** Blocks of prose on three pages or more: a layout's text even on a site of two layouts, each on too few pages to be boilerplate. */
  repeatedProse: Set<string>;
  /** Images on many pages (a logo, a header's picture): not a page's own pictures. */
  boilerplateImages: Set<string>;
  /** Hosts (without www.) of the crawled pages: the audited site. */
  siteHosts: Set<string>;
  /** Pages whose whole content a script builds, not rendered: what they hold is unseen. */
  unrenderedScriptPages: number;
  /** Every page's title, in crawl order. */
  titles: string[];
  /** Pages of different content (a page reached again by a redirect, or under a query string that shows the same, is one). */
  distinctPages: number;
  /** Some page prints a postal address among its contact details. */
  showsAddress: boolean;
  /** Some page prints a phone number (find-contacts: a placeholder '0-2XXX-XXXX' is none) that can be the body's own (phone-of-another-province). */
  showsPhone: boolean;
  /** Some page prints an e-mail address that is not a template's sample (demo-contact) nor another local body's (contact-other-organisation). */
  showsEmail: boolean;
  /** Some page prints a fax number ('โทรสาร 0 2942 8491'). */
  showsFax: boolean;
  /** The first map a page embeds or links (a contact of kind map: google.com/maps, maps.app.goo.gl …), in crawl order; null when none. */
  mapUrl: string | null;
  /** The periods the pages name (see newestMonthOf). */
  dateSpans: DateSpans;
  /** The same, of the dates links carry only (entries of lists: a news headline's date in its row or label). */
  entryDateSpans: DateSpans;
  /** The organisation's registered domain (organisationDomain: the site's own, or for a copy on an address the pages' e-mail domain); null when unknown. */
  organisationDomain: string | null;
  /** Links to the organisation's other hosts (otherOrganisationHost: reg.nrru.ac.th, procurement.kmutnb.ac.th), one per URL. */
  organisationLinks: { host: string; url: string }[];
  /**
   * The site's ITA/OIT section kept on a publishing platform (a link labelled 'ITA ONLINE' to a Google Site), when no crawled
   * page of the site is an ITA page itself (PUBLISHING_PLATFORM; another body's host holds that body's ITA). Null when none.
   */
  itaElsewhere: { host: string; url: string; label: string } | null;
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

/** Pages a block of text repeats on to be a layout's text (repeatedProse). */
const REPEATED_PAGES = 3;

/** Counts each key once per page; the keys seen on at least `threshold` pages. */
function countPerPage(): { add(keys: Iterable<string>): void; atLeast(threshold: number): Set<string> } {
  const on = new Map<string, number>();
  return {
    add(keys) {
      for (const k of new Set(keys)) on.set(k, (on.get(k) ?? 0) + 1);
    },
    atLeast(threshold) {
      const out = new Set<string>();
      for (const [k, n] of on) if (n >= threshold) out.add(k);
      return out;
    },
  };
}

/**
 * Publishing platforms where an organisation keeps pages of its own (a Google Site, a Drive folder, a blog): an ITA section
 * there is the organisation's. An ITA link to another organisation's host (the province's, the parent university's, the
 * NACC's) is that body's assessment, not this site's section.
 */
const PUBLISHING_PLATFORM = /(?:^|\.)(?:sites\.google\.com|drive\.google\.com|docs\.google\.com|blogspot\.com|wixsite\.com|wordpress\.com|weebly\.com|github\.io|canva\.site|padlet\.com)$/i;
/** Longer labels are headlines about the assessment ('ผลการประเมิน ITA ประจำปี 2567 ได้คะแนน…'), not the section's menu entry. */
const MAX_ITA_LABEL = 60;

/** A page of the site that is its ITA/OIT page: its title, breadcrumb or first heading names it. */
function isItaPageOf(p: PageSnapshot): boolean {
  return [p.title, p.breadcrumb, p.headings[0] ?? ''].some((t) => t !== '' && t.length <= MAX_ITA_LABEL * 2 && isItaLabel(t));
}

/** The first off-site link labelled as the ITA/OIT section, to a publishing platform. */
function itaLinkOffSite(links: readonly LinkRecord[]): SiteIndex['itaElsewhere'] {
  for (const l of links) {
    if (l.kind !== 'external' || !l.url || l.label.length > MAX_ITA_LABEL || !isItaLabel(l.label)) continue;
    const host = hostOf(l.url);
    if (host && PUBLISHING_PLATFORM.test(host)) return { host, url: l.url, label: l.label };
  }
  return null;
}

/** Distinct off-site link URLs kept for organisationLinks: enough for any site's menus and banners, bounded on a huge crawl. */
const MAX_OFF_SITE_URLS = 5_000;
/** Distinct e-mail addresses the index keeps to judge whose they are; one of the body's own is usually among the first. */
const MAX_EMAILS_JUDGED = 50;

/** One pass over the pages (a spilled crawl reads each page once here). */
export function buildSiteIndex(crawl: CrawlData<PageList>): SiteIndex {
  const keyOf = memoKeyOf();
  const positionByKey = new Map<string, number>();
  const links = countPerPage();
  const placeholders = countPerPage();
  const dates = countPerPage();
  const signals = countPerPage();
  const contactValues = countPerPage();
  const prose = countPerPage();
  const images = countPerPage();
  const siteHosts = new Set<string>();
  const addHost = (u: string): void => {
    try {
      siteHosts.add(new URL(u).hostname.replace(/^www\./, ''));
    } catch {
      // not a URL: no host to add
    }
  };
  addHost(crawl.startUrl);
  addHost(crawl.homeUrl ?? crawl.startUrl);
  let position = 0;
  const frontKeys = new Set([keyOf(crawl.startUrl), keyOf(crawl.homeUrl ?? crawl.startUrl)]);
  let frontPrint: string | null = null;
  const frontPageEchoes = new Set<string>();
  let unrenderedScriptPages = 0;
  let showsAddress = false;
  const phones = new Set<string>();
  const postcodes = new Map<string, number>();
  const emailBlocks: string[][] = [];
  const seenEmails = new Set<string>();
  let showsFax = false;
  let mapUrl: string | null = null;
  const titles: string[] = [];
  const dateSpans: DateSpans = new Map();
  const entryDateSpans: DateSpans = new Map();
  const emailDomainPages = new Map<string, number>();
  const offSiteUrls = new Set<string>();
  let ownItaPage = false;
  let itaElsewhere: SiteIndex['itaElsewhere'] = null;
  // A page served under several query strings that show the same thing ("/personnel?section=a", "?section=b") is one page:
  // its text is counted once. Pages at different paths stay apart, however alike.
  const prints = new Set<string>();
  for (const p of crawl.pages) {
    if (p.scriptBuilt === 'shell' && p.rendered !== 'yes') unrenderedScriptPages += 1;
    titles.push(p.title);
    if (!showsAddress && p.contacts.some((c) => c.kind === 'address')) showsAddress = true;
    for (const c of p.contacts) if (c.kind === 'phone') phones.add(c.value);
    for (const code of new Set(p.prose.flatMap(provincePostcodes))) postcodes.set(code, (postcodes.get(code) ?? 0) + 1);
    if (!showsFax) showsFax = p.contacts.some((c) => c.kind === 'fax');
    // Judged after the walk, when every page's title (where the site names itself) is known.
    if (emailBlocks.length < MAX_EMAILS_JUDGED)
      for (const c of p.contacts)
        if (c.kind === 'email' && !seenEmails.has(c.value) && !EVIDENCE_CHECKS.demoContact.run(c.value, [...p.prose, ...(p.sections ?? []).map((x) => x.text)])) {
          seenEmails.add(c.value);
          emailBlocks.push(contactBlockTexts(p, [c.value]));
        }
    if (mapUrl === null) mapUrl = p.contacts.find((c) => c.kind === 'map' && !isScriptMap(c.value))?.value ?? null;
    for (const d of new Set(p.contacts.flatMap((c) => (c.kind === 'email' ? [c.value.split('@')[1]?.toLowerCase() ?? ''] : [])))) {
      if (d) emailDomainPages.set(d, (emailDomainPages.get(d) ?? 0) + 1);
    }
    for (const l of p.links) if (l.kind === 'external' && l.url && offSiteUrls.size < MAX_OFF_SITE_URLS) offSiteUrls.add(l.url);
    if (!ownItaPage && isItaPageOf(p)) ownItaPage = true;
    if (!ownItaPage && itaElsewhere === null) itaElsewhere = itaLinkOffSite(p.links);
    addDateSpans(dateSpans, p, entryDateSpans);
    positionByKey.set(keyOf(p.url), position);
    positionByKey.set(keyOf(p.finalUrl), position);
    position += 1;
    const content = contentPrint(p);
    // The front page is the start page (or the home it led to); an address answering with its content is an echo of it.
    if (frontPrint === null && [p.url, p.finalUrl].some((u) => frontKeys.has(keyOf(u)))) {
      frontPrint = content;
      frontKeys.add(keyOf(p.finalUrl));
      frontKeys.add(keyOf(p.url));
    } else if (frontPrint !== null && content === frontPrint) {
      for (const u of [p.url, p.finalUrl]) if (!frontKeys.has(keyOf(u))) frontPageEchoes.add(keyOf(u));
    }
    const print = `${hostAndPath(p.finalUrl)} ${content}`;
    if (prints.has(print)) {
      addHost(p.finalUrl);
      continue;
    }
    prints.add(print);
    links.add(p.links.flatMap((l) => (l.url ? [keyOf(l.url)] : [])));
    placeholders.add(p.links.filter((l) => l.kind === 'placeholder').map(placeholderKey));
    dates.add(p.dates.filter((d) => d.source === 'body').map(bodyDateKey));
    signals.add(pageSignals(p));
    contactValues.add(p.contacts.filter((c) => c.kind === 'phone' || c.kind === 'email' || c.kind === 'fax').map((c) => `${c.kind}:${c.value}`));
    // A row without a link repeated on many pages (a template menu of dead '#' items with file icons) is template, not content.
    prose.add([...p.prose, ...p.unlinkedRows]);
    images.add(p.images ?? []);
    addHost(p.finalUrl);
  }
  const start = crawl.pages.at(0);
  const showsEmail = emailBlocks.some((blocks) => !EVIDENCE_CHECKS.contactOfOtherOrganisation.run(ownNameTexts(titles, start, blocks), blocks));
  const orgDomain = organisationDomain(siteHosts, emailDomainPages, [...offSiteUrls].flatMap((url) => hostOf(url) ?? []));
  const organisationLinks = [...offSiteUrls].flatMap((url) => {
    const host = otherOrganisationHost(url, orgDomain, siteHosts);
    return host ? [{ host, url }] : [];
  });
  const documentByKey = new Map(crawl.documents.map((d) => [keyOf(d.url), d] as const));
  const failureByKey = new Map(crawl.failures.map((f) => [keyOf(f.url), f] as const));
  const threshold = Math.max(3, Math.ceil(prints.size * 0.4));
  const pageByKey: PageLookup = {
    get(key) {
      const at = positionByKey.get(key);
      return at === undefined ? undefined : crawl.pages.at(at);
    },
  };
  return {
    pageByKey,
    documentByKey,
    failureByKey,
    boilerplate: links.atLeast(threshold),
    frontPageEchoes,
    boilerplatePlaceholders: placeholders.atLeast(threshold),
    boilerplateDates: dates.atLeast(threshold),
    boilerplateSignals: signals.atLeast(threshold),
    boilerplateContacts: contactValues.atLeast(threshold),
    boilerplateProse: prose.atLeast(threshold),
    repeatedProse: prose.atLeast(REPEATED_PAGES),
    boilerplateImages: images.atLeast(threshold),
    siteHosts,
    unrenderedScriptPages,
    titles,
    distinctPages: prints.size,
    showsAddress,
    showsPhone: [...phones].some((ph) => !EVIDENCE_CHECKS.phoneOfAnotherProvince.run(ph, sitePostcode(postcodes))),
    showsEmail,
    showsFax,
    mapUrl,
    dateSpans,
    entryDateSpans,
    organisationDomain: orgDomain,
    organisationLinks,
    itaElsewhere: ownItaPage ? null : itaElsewhere,
    keyOf,
    contentCache: new WeakMap(),
  };
}

/** A URL's path without its query string or fragment (the URL itself when it does not parse). */
function hostAndPath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

/** A short print of what a page shows (FNV-1a of its title, headings and text): two pages with the same print are the same page. */
export function contentPrint(page: PageSnapshot): string {
  let h = 0x811c9dc5;
  for (const part of [page.title, ...page.headings, ...(page.prose ?? [])]) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 10, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The links of a page that are its content (not the site's menus), with a URL. */
export function contentLinks(page: PageSnapshot, index: SiteIndex): LinkRecord[] {
  let links = index.contentCache.get(page);
  if (!links) {
    // A share button (facebook.com/sharer?u=…) shares the page; it is none of the page's content (share-button).
    links = page.links.filter((l) => l.url !== null && l.kind !== 'placeholder' && !index.boilerplate.has(index.keyOf(l.url)) && !EVIDENCE_CHECKS.shareButton.run(l.kind, l.url));
    index.contentCache.set(page, links);
  }
  return links;
}

const SEARCH_FORM = /search|ค้นหา|query|keyword/i;

/** A form that may take a message: not a search box or a newsletter sign-up, by its fields (form-purpose) or its name. */
export function isMessageForm(form: PageSnapshot['forms'][number]): boolean {
  return form.purpose === undefined && !SEARCH_FORM.test(`${form.action} ${form.label}`);
}

/** The page's forms a person fills in that may take a message (form-without-fields, form-purpose). */
export function messageForms(page: PageSnapshot): PageSnapshot['forms'] {
  return page.forms.filter((f) => f.noFields !== true && isMessageForm(f));
}

/** A page's contact details and forms, as comparable keys. */
export function pageSignals(page: PageSnapshot): string[] {
  return [
    // Phone numbers stand in footers and on people pages; an address or e-mail of its own marks a contact page.
    ...page.contacts.filter((c) => c.kind === 'address' || c.kind === 'email').map((c) => `${c.kind}:${c.value}`),
    // A search box, a newsletter sign-up or a form of buttons only (form-purpose, form-without-fields) takes no message.
    ...messageForms(page).map((f) => `form:${f.action}`),
  ];
}

/** The postcode the site's pages print most often after a province (its own address, in the footer of every page); null when none. */
function sitePostcode(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = code;
  return best;
}

/** A page with a form of its own (not a search box, not the site's footer form). */
export function hasOwnForm(page: PageSnapshot, index: SiteIndex): boolean {
  return pageSignals(page).some((s) => s.startsWith('form:') && !index.boilerplateSignals.has(s));
}

/** A message form of the page's own (hasOwnForm) that submits somewhere, not to '#' (channel-page-usable). */
export function hasOwnWorkingForm(page: PageSnapshot, index: SiteIndex): boolean {
  return messageForms(page).some((f) => !index.boilerplateSignals.has(`form:${f.action}`) && EVIDENCE_CHECKS.channelPage.run([f], false, 0) === 'ok');
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

/** Where a site names itself: every page's title, and the start page's section headings and first blocks of text (not its contact blocks). */
export function ownNameTexts(titles: readonly string[], start: PageSnapshot | undefined, contactTexts: readonly string[]): string[] {
  const head = (start?.prose ?? []).filter((b) => !contactTexts.includes(b)).slice(0, 3);
  const headings = (start?.sections ?? []).map((s) => s.heading).filter((h) => !contactTexts.includes(h));
  return [...titles, ...headings, ...head];
}

/**
 * The blocks of text that carry some contact details of a page (by default its phones, e-mails and addresses) and the
 * three blocks before each: where the body the details belong to is named.
 */
export function contactBlockTexts(page: PageSnapshot, values = page.contacts.filter((c) => c.kind === 'phone' || c.kind === 'email' || c.kind === 'address').map((c) => c.value)): string[] {
  const out = new Set<string>();
  page.prose.forEach((block, i) => {
    if (values.some((v) => block.includes(v))) for (const b of page.prose.slice(Math.max(0, i - 3), i + 1)) out.add(b);
  });
  return [...out];
}
