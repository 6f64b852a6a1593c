import type { CheerioAPI } from 'cheerio';
import type { SiteScope } from '../crawl/site-scope.ts';
import { bareYears, cellDates, datesFromUrl, itaRoundYears, MAX_BARE_YEAR_TEXT, normalizeThai, pathDates, periodDates, shortTextDates, urlDateText } from '../thai/index.ts';
import { isItaRoundYear } from '../thai/dates-from-url.ts';
import { assessmentYearOfHeading, assessmentYearOfView, namesAssessment } from '../thai/assessment-year.ts';
import { reportedMonthOfRow } from '../thai/unyeared-month.ts';
import type { DateMention } from '../thai/date-mention.ts';
import type { Element } from 'domhandler';
import { loadBoundedHtml, releaseDom } from './bounded-dom.ts';
import { detectScriptBuilt } from './detect-script-filled.ts';
import { closestTag, type ElementIndex, indexElements, textOf } from './element-index.ts';
import { extractLinks, isGenericLabel } from './extract-links.ts';
import { findContacts, isScriptMap } from './find-contacts.ts';
import { normalizedText } from './normalized-text.ts';
import type { DateSource, DatedMention, LinkRecord, PageSnapshot, Rendered, ScriptBuilt } from './page-snapshot.ts';
import { pageProse } from './page-prose.ts';
import { breadcrumb, isFileIcon, pageHeadings, pageSections, pageTitle, unlinkedRows } from './page-structure.ts';

/** A Buddhist-era year number as printed anywhere in a text ("4-2568", "1/2568", "พ.ศ.2568"). */
const BE_YEAR = /(?<!\d)25\d\d(?!\d)/g;

export interface SnapshotInput {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  charset: string;
  html: string;
  lastModified?: string;
  truncated: boolean;
  depth: number;
  fetchedAt: string;
  site: SiteScope;
}

const MAX_BODY_TEXT = 300_000;
/** Elements whose text is not page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);
const MAX_BODY_DATES = 400;

function tag(mentions: DateMention[], source: DateSource): DatedMention[] {
  return mentions.map((m) => ({ ...m, source }));
}

/**
 * Rule assessment-year-heading: a file listed under a heading that states only the assessment year ("ITA 2564",
 * assessmentYearOfHeading) and uploaded for that same round ("/upload/ITA/ITA2564/EB16/01.pdf", itaRoundYears) is
 * filed for that fiscal year: a heading date. Either alone dates nothing — a heading over a standing document linked
 * from elsewhere ("/uploads/hr/policy.pdf"), or a round folder whose files may be last year's reports.
 */
export function assessmentYearDates(heading: string, url: string | null): DatedMention[] {
  if (heading === '' || url === null) return [];
  const year = assessmentYearOfHeading(heading);
  return year && itaRoundYears(url).includes(Number(year.raw)) ? [{ ...year, source: 'heading' }] : [];
}

/** A URL's path, decoded when it can be ('/ita', '/การประเมิน-ita'). */
function pathText(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** Classes that mark a tab, button or menu entry as the one shown. */
const CURRENT_CLASS = /(?:^|\s)(?:active|current|selected|is-active)(?:\s|$)/i;

/**
 * The labels of the links marked as the page shown: `aria-current` (not "false"), `aria-selected="true"`, or a class
 * active/current/selected on the link or on its list item (Bootstrap 3's `<li class="active"><a>`).
 */
export function currentLinkLabels(index: ElementIndex): string[] {
  const out: string[] = [];
  for (const a of index.byTag('a')) {
    if (!index.isAttached(a)) continue;
    const at = a.attribs;
    const parent = a.parent && a.parent.type === 'tag' && (a.parent as Element).name === 'li' ? (a.parent as Element) : null;
    const current =
      (at['aria-current'] !== undefined && at['aria-current'] !== 'false') || at['aria-selected'] === 'true' || CURRENT_CLASS.test(at['class'] ?? '') || CURRENT_CLASS.test(parent?.attribs['class'] ?? '');
    if (current) out.push(normalizedText(textOf(a)));
  }
  return out;
}

/** The dates a URL's file name and path give, remembered (bounded): a menu's links come back on every page of a crawl. */
const MAX_REMEMBERED_URLS = 20_000;
const fileNameDatesOf = new Map<string, DateMention[]>();
const pathDatesOf = new Map<string, DateMention[]>();
/** Handed out only through `tag`, which copies: never changed. */
const NO_DATES: DateMention[] = [];

/** Longer URLs are read each time, not remembered: a memo key is hashed whole, and 20,000 long keys would hold megabytes. */
const MAX_REMEMBERED_URL = 400;

/** `read(url)`, remembered in `memo`; handed out through `tag`, which copies every mention, so nothing remembered is shared. */
function remembered(memo: Map<string, DateMention[]>, url: string, read: (url: string) => DateMention[], max = MAX_REMEMBERED_URLS): DateMention[] {
  if (url.length > MAX_REMEMBERED_URL) return read(url);
  let dates = memo.get(url);
  if (dates === undefined) {
    // Most texts and URLs name no date: they share one empty list instead of holding one each.
    const found = read(url);
    dates = found.length === 0 ? NO_DATES : found;
    if (memo.size >= max) memo.clear();
    memo.set(url, dates);
  }
  return dates;
}

/** The dates of a short text (a link's label, its row or line) remembered the same way: a menu's labels come back on every page. */
const MAX_REMEMBERED_TEXT = 200;
const MAX_REMEMBERED_TEXTS = 2_000;
const textDatesOf = new Map<string, DateMention[]>();
function periodDatesOf(text: string): DateMention[] {
  return text.length > MAX_REMEMBERED_TEXT ? periodDates(text) : remembered(textDatesOf, text, periodDates, MAX_REMEMBERED_TEXTS);
}
/** A label's year written alone ("แผนงบ 2569", bare-year-label), remembered like its dates; asked only of a label that names no date. */
const bareYearsOf = new Map<string, DateMention[]>();
function labelBareYears(label: string): DateMention[] {
  return label.length > MAX_BARE_YEAR_TEXT ? [] : remembered(bareYearsOf, label, bareYears, MAX_REMEMBERED_TEXTS);
}

/**
 * Dates in a URL's file name and query only. Folder names ("/ita2567/", "/2566/") name the section or
 * an old copy of the site, not the date of the document, so they never date evidence; nor does the ITA round
 * a file name is filed under ("ita2569-o20-01", isItaRoundYear).
 */
export function fileNameDates(url: string): DateMention[] {
  const dates = datesFromUrl(url);
  if (dates.length === 0) return dates;
  const text = urlDateText(url);
  const queryAt = text.search(/[?#]/);
  const pathEnd = queryAt === -1 ? text.length : queryAt;
  const lastSlash = text.lastIndexOf('/', pathEnd - 1);
  return dates.filter((d) => d.start > lastSlash && !isItaRoundYear(text, d.start));
}

const WORD = /[\u0E01-\u0E2E\u0E30-\u0E4Ea-z]{4,}/i;

/**
 * A row whose title cell names one month without a year ("สรุปผลการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม") and whose only
 * date is the day it was announced ("12 พฤศจิกายน 2568"): the month reported (reportedMonthOfRow), not the day.
 */
function reportedMonthInRow(cells: readonly string[], datesOf: readonly DateMention[][], own: number): DateMention | null {
  const all = datesOf.flat();
  const announced = all.length === 1 ? all[0] : undefined;
  if (!announced || announced.precision !== 'day') return null;
  const titles = cells.filter((text, i) => i !== own && (datesOf[i] ?? []).length === 0 && WORD.test(text));
  const found = titles.map((t) => reportedMonthOfRow(t, announced)).filter((d): d is DateMention => d !== null);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The dates a table row lends to a link whose own label names none: its own cell first, then the cells that
 * hold words (the document's title: "รายงานผล… ประจำปี 2568"), and only then cells that are just a date (a
 * publication-date column, a neighbouring cell's year).
 */
export function rowDatesFor(cells: readonly string[], own: number): DateMention[] {
  const datesOf = cells.map((c) => cellDates(c));
  const ownDates = datesOf[own] ?? [];
  if (ownDates.length > 0) return ownDates;
  const reported = reportedMonthInRow(cells, datesOf, own);
  if (reported) return [reported];
  const titled = cells.flatMap((text, i) => {
    if (i === own) return [];
    let rest = text;
    for (const d of [...(datesOf[i] ?? [])].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + rest.slice(d.end);
    return WORD.test(rest) ? (datesOf[i] ?? []) : [];
  });
  return titled.length > 0 ? titled : datesOf.flat();
}

/** Dates of an HTTP Last-Modified header, as a day-precision CE mention. */
export function lastModifiedMention(value: string | undefined): DatedMention[] {
  if (!value) return [];
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return [];
  return [{ start: 0, end: value.length, raw: value, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'day', era: 'CE', source: 'last-modified' }];
}

/** In order: meta[property="article:published_time"], meta[itemprop="datePublished"], [itemprop="datePublished"][content], time[datetime]. */
const PUBLISHED: ((el: Element) => boolean)[] = [
  (el) => el.name === 'meta' && el.attribs['property'] === 'article:published_time',
  (el) => el.name === 'meta' && el.attribs['itemprop'] === 'datePublished',
  (el) => el.attribs['itemprop'] === 'datePublished' && el.attribs['content'] !== undefined,
  (el) => el.name === 'time' && el.attribs['datetime'] !== undefined,
];

/** The page's own publication date, when the markup states one (WordPress, schema.org): day precision. */
export function publishedMention($: CheerioAPI, index: ElementIndex = indexElements($)): DatedMention[] {
  for (const matches of PUBLISHED) {
    const el = index.all.find((e) => matches(e) && index.isAttached(e));
    const value = el?.attribs['content'] ?? el?.attribs['datetime'];
    if (!value) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return [{ start: 0, end: value.length, raw: value, year: year > 2400 ? year - 543 : year, month, day, precision: 'day', era: year > 2400 ? 'BE' : 'CE', source: 'published' }];
  }
  return [];
}

/** A web template's filler text and placeholder-image services. */
const LOREM = /lorem ipsum/i;
/** Images kept per page (their `src`): enough to tell a page's own pictures from the template's. */
const MAX_IMAGES = 100;
const PLACEHOLDER_IMAGE = /^(https?:)?\/\/(placehold\.co|via\.placeholder\.com|placeholder\.com|dummyimage\.com|placehold\.it|picsum\.photos)\//i;

/** Pictures kept per page with their names (images outside links): a contact page's map or its unnamed pictures (the fixtures' pages: median 0, at most 59). */
const MAX_PICTURES = 60;
const LINK_TAGS = new Set(['a', 'area', 'button']);
const MAX_PICTURE_NAME = 100;
/** An image this small (its width or height attribute, in pixels) is an icon or a bullet, not a picture. */
const ICON_SIZE = 48;

function isIcon(el: Element): boolean {
  const size = (attr: string): number => Number.parseInt(el.attribs[attr] ?? '', 10);
  return isFileIcon(el) || size('width') <= ICON_SIZE || size('height') <= ICON_SIZE;
}

/** A picture's link that only shows it larger: an empty one ('#', a lightbox's `rel`) or one to an image file. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)/i;
function enlargesPicture(link: Element): boolean {
  if (link.name !== 'a') return false;
  const href = (link.attribs['href'] ?? '').trim();
  return href === '' || href === '#' || /^javascript:/i.test(href) || IMAGE_FILE.test(href);
}

/**
 * The images a page shows outside links (a link's image is read as the link's label) or in a link that only shows them
 * larger (enlargesPicture: a lightbox), icons left out, each with its
 * name: its alt or title, else the caption of the figure that holds it; '' when it has none. At most MAX_PICTURES, in
 * page order.
 */
function picturesOf(index: ElementIndex): { src: string; name: string }[] {
  const out: { src: string; name: string }[] = [];
  for (const el of index.byTag('img')) {
    if (out.length >= MAX_PICTURES) break;
    if (!index.isAttached(el)) continue;
    const src = (el.attribs['src'] ?? el.attribs['data-src'] ?? '').trim();
    if (src === '' || isIcon(el)) continue;
    const link = closestTag(el.parent, LINK_TAGS);
    if (link && !enlargesPicture(link)) continue;
    let name = normalizedText(el.attribs['alt'] ?? '') || normalizedText(el.attribs['title'] ?? '');
    if (name === '') {
      const figure = closestTag(el.parent, FIGURE_TAG);
      const caption = figure?.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'figcaption');
      if (caption) name = normalizedText(textOf(caption));
    }
    out.push({ src, name: name.slice(0, MAX_PICTURE_NAME) });
  }
  return out;
}

const FIGURE_TAG = new Set(['figure']);

/** Calls a submit handler may make without sending anything: a message, arithmetic for a fake tracking code. */
const HARMLESS_CALLS = /\b(?:event\.preventDefault|e\.preventDefault|alert|confirm|Math\.\w+|String|Number|parseInt|toString|toFixed|padStart)\s*\(/g;

/**
 * Rule form-sends-nothing: a form with no action whose submit handler stops the submission (`preventDefault()`,
 * `return false`) and calls nothing else than a message and arithmetic — a demo form that shows "ส่งคำร้องสำเร็จ! รหัส
 * KSP-…" and sends nothing. A handler that calls any other function (sendForm(), fetch(…)) may send it: not judged.
 */
export function submitSendsNothing(action: string, onsubmit: string): boolean {
  if (action.trim() !== '' || !/preventDefault\s*\(|return\s+false/.test(onsubmit)) return false;
  return !/\b[A-Za-z_$][\w$.]*\s*\(/.test(onsubmit.replace(HARMLESS_CALLS, ''));
}

/** Input types that take nothing a person writes or chooses: buttons and hidden values. */
const NOT_A_FIELD = /^(?:hidden|submit|button|image|reset)$/i;
/** Words that name a search box in its type, name, id, placeholder, title or aria-label; names that do so alone ('q', 's'). */
const SEARCH_WORD = /search|ค้นหา|keyword|query|phrase/i;
const SEARCH_NAME = /^(?:q|s|kw)$/i;
const CHOICE_TYPES = /^(?:checkbox|radio)$/i;

/**
 * form-purpose: what a form that takes input is for, when it is not a message — `search` (its only text fields are
 * search boxes: type search, or named 'q', 's', 'keyword', placeholder 'ค้นหา…', with search options as check boxes),
 * `subscribe` (one e-mail field and nothing to write: a newsletter sign-up, 'รับข่าวสาร') or `login` (a password field:
 * a log-in or registration form). A form with a text area, or a text field that is not a search box, is none (null).
 */
export function formPurpose(fields: readonly Element[]): 'search' | 'subscribe' | 'login' | null {
  // A password field: a log-in or sign-up form (a WordPress 'remember me' box, a members' log-in) takes no message.
  if (fields.some((x) => x.name === 'input' && /^password$/i.test(x.attribs['type'] ?? ''))) return 'login';
  if (fields.some((x) => x.name === 'textarea')) return null;
  const texts = fields.filter((x) => x.name === 'input' && !CHOICE_TYPES.test(x.attribs['type'] ?? 'text'));
  if (texts.length === 0) return null;
  const searchBox = (x: Element): boolean =>
    ['type', 'name', 'id', 'placeholder', 'title', 'aria-label'].some((a) => SEARCH_WORD.test(x.attribs[a] ?? '')) ||
    ['type', 'name', 'id'].some((a) => SEARCH_NAME.test(x.attribs[a] ?? ''));
  if (texts.every(searchBox)) return 'search';
  if (texts.length === 1 && fields.length === 1 && /^email$/i.test(texts[0]!.attribs['type'] ?? '')) return 'subscribe';
  return null;
}

/**
 * Rule map-script: a page that loads a map-drawing script (maps.googleapis.com/maps/api/js, Longdo Map's API: isScriptMap)
 * draws its map by script, with no frame or link to read: the script counts as the page's map (a contact of kind map).
 */
function mapScriptSources(index: ElementIndex): string[] {
  for (const el of index.byTag('script')) {
    const src = (el.attribs['src'] ?? '').trim();
    const url = src.startsWith('//') ? `https:${src}` : src;
    if (isScriptMap(url)) return [url];
  }
  return [];
}

/** One fetched HTML page → a plain-data snapshot. cheerio lives in lib/snapshot and nowhere else. */
export function buildSnapshot(input: SnapshotInput): PageSnapshot {
  const $ = loadBoundedHtml(input.html);
  try {
    return snapshotOf($, input);
  } finally {
    // The page's tree never outlives its snapshot (see releaseDom).
    releaseDom($);
  }
}

function snapshotOf($: CheerioAPI, input: SnapshotInput): PageSnapshot {
  const index = indexElements($);
  const pageUrl = new URL(input.finalUrl);
  const baseHref = index.byTag('base').find((e) => e.attribs['href'] !== undefined)?.attribs['href'];
  let baseUrl = input.finalUrl;
  if (baseHref) {
    try {
      baseUrl = new URL(baseHref, input.finalUrl).href;
    } catch {
      // an unusable <base> is ignored
    }
  }
  const title = pageTitle($, index);
  const headings = pageHeadings($, index);
  const rawLinks = extractLinks($, pageUrl, baseUrl, (u) => input.site.isSameSite(u), index);
  // Only an ITA page's links are walked for a tab marked current (assessment-year-view).
  const itaPage = namesAssessment(title) || headings.some(namesAssessment) || namesAssessment(pathText(pageUrl));
  const viewYear = itaPage ? assessmentYearOfView(true, currentLinkLabels(index)) : null;
  // A bare page whose script only sends the visitor on (page-redirect) is a redirect, followed as a link: not a shell.
  const detected = detectScriptBuilt($, index);
  const scriptBuilt = detected === 'shell' && rawLinks.some((l) => l.origin === 'refresh') ? 'none' : detected;

  const contextDates = new Map<string, DatedMention[]>();
  /** A row's text is cut at 400 characters (ownText): a shorter one is whole, so a label missing from it stands outside it. */
  const MAX_WHOLE_CONTEXT = 400;
  const datesOfContext = (context: string): DatedMention[] => {
    let d = contextDates.get(context);
    if (!d) {
      d = tag(periodDatesOf(context), 'row');
      contextDates.set(context, d);
    }
    return d;
  };
  // A bold item line's year dates only the links under it, and only when none of them prints another year of its own
  // (the line's claim contradicted by its own documents: "… พ.ศ. 2569" over "ครั้งที่ 4-2568"; any Buddhist-era year
  // number counts, dated or not).
  const contradictedLines = new Set<string>();
  for (const l of rawLinks) {
    if (l.boldLine === '' || contradictedLines.has(l.boldLine)) continue;
    const lineYears = new Set(l.boldLine.match(BE_YEAR) ?? []);
    if ((l.label.match(BE_YEAR) ?? []).some((y) => !lineYears.has(y))) contradictedLines.add(l.boldLine);
  }
  const links: LinkRecord[] = rawLinks.map((l) => {
    let labelDates = tag(periodDatesOf(l.label), 'link-label');
    // A row's dates belong to a link only when its own label names none: in a row of month links
    // ("เดือน ต.ค. | เดือน พ.ย. | …") each link is its own month, not every month of the row.
    const urlDates = l.url && l.kind !== 'external' ? tag(remembered(fileNameDatesOf, l.url, fileNameDates), 'url') : [];
    // A titled link in a block of its own inside the row (a submenu written as <br> lines under "ITA 2568") is not in
    // the row's text: the row's words title its group, and their year is not the link's (submenu-outside-row).
    const outsideRow = !l.cells && l.context.length < MAX_WHOLE_CONTEXT && l.labelSource === 'text' && !isGenericLabel(l.label, l.labelSource) && !l.context.includes(l.label);
    let rowDates =
      labelDates.length > 0 || !l.context || l.context === l.label || outsideRow ? [] : l.cells ? tag(rowDatesFor(l.cells.texts, l.cells.own), 'row') : datesOfContext(l.context);
    // Then, in order, the first of these texts that names a date dates a link its label and row do not date:
    // a `<br>` list's line ("คลังข่าวมหาดไทย (Link) <div>30/01/2016</div><br>"); a card's date stamp on the line under
    // its link ("<a><h4>…</h4></a><br><span>📅 03 มี.ค. 2564</span>", entry-date-line); a bold-only item line above it
    // ("<p><strong>O26 … พ.ศ. 2568</strong></p>", bold-line-heading) unless its own links contradict it.
    const nearby = [l.line === l.label ? '' : l.line, l.stampLine, contradictedLines.has(l.boldLine) ? '' : l.boldLine];
    for (const text of nearby) {
      if (rowDates.length > 0 || labelDates.length > 0) break;
      if (text !== '') rowDates = datesOfContext(text);
    }
    // A year the label writes alone ("แผนงบ 2569", bare-year-label) dates it when nothing above did: a row's or line's
    // own date ("21 มิถุนายน 2567") is more precise than a bare year, so it is read only after them.
    if (labelDates.length === 0 && rowDates.length === 0) labelDates = tag(labelBareYears(l.label), 'link-label');
    // Last resort: a link that names no date anywhere else is dated, weakly, by its path ("event_20220210.pdf").
    const pathOnly =
      labelDates.length + rowDates.length + urlDates.length === 0 && l.url && (l.kind === 'document' || l.kind === 'page') ? tag(remembered(pathDatesOf, l.url, pathDates), 'url-path') : [];
    // A file still undated, right under a heading that states only the assessment year ("ITA 2564") and uploaded for
    // that round, is filed for that fiscal year (assessment-year-heading). Only its own nearest heading counts: a
    // sub-heading between them (an item's requirement) is what it is listed under; the page title never dates a link.
    const sectionYear = labelDates.length + rowDates.length + urlDates.length + pathOnly.length === 0 ? assessmentYearDates(l.heading, l.url) : [];
    let dates = labelDates.concat(rowDates, urlDates, pathOnly, sectionYear);
    // A file still undated on an ITA page shown for one year (its year tab marked current: "2563") is that assessment's
    // evidence (assessment-year-view): dated, weakly, by the year — enough to call it old, never to pass it.
    if (dates.length === 0 && viewYear && l.kind === 'document' && !l.inMenu) dates = [{ ...viewYear, source: 'view-year' }];
    // Built field by field (no rest and spread copies of the raw link), in the order the record has always had.
    const { row } = l;
    return row && (row.code !== '' || row.title !== '' || row.group !== '')
      ? { href: l.href, url: l.url, kind: l.kind, origin: l.origin, label: l.label, labelSource: l.labelSource, context: l.context, heading: l.heading, inMenu: l.inMenu, row, dates }
      : { href: l.href, url: l.url, kind: l.kind, origin: l.origin, label: l.label, labelSource: l.labelSource, context: l.context, heading: l.heading, inMenu: l.inMenu, dates };
  });

  const rowsWithoutLinks = unlinkedRows($, index);
  const sections = pageSections($, index);
  const imageSrcs = index.byTag('img').filter((e) => index.isAttached(e)).map((e) => (e.attribs['src'] ?? e.attribs['data-src'] ?? '').trim()).filter((src) => src !== '');
  const placeholderImage = imageSrcs.some((src) => PLACEHOLDER_IMAGE.test(src));
  const pictures = picturesOf(index);
  const mapScripts = mapScriptSources(index);
  $(index.all.filter((e) => NOT_TEXT.has(e.name))).remove();
  const body = index.byTag('body').filter((e) => index.isAttached(e));
  const root = $.root().get(0);
  const prose = pageProse(body.length > 0 ? body : root ? [root] : []);
  const bodyText = normalizeThai(body.map(textOf).join('') || (root ? textOf(root) : '')).slice(0, MAX_BODY_TEXT);
  const dates: DatedMention[] = [
    ...publishedMention($, index),
    ...tag(periodDates(title), 'title'),
    // A heading is label-sized: its year written alone dates the page as a label's does (bare-year-label).
    ...headings.flatMap((h) => tag(shortTextDates(h), 'heading')),
    ...tag(periodDates(bodyText), 'body').slice(0, MAX_BODY_DATES),
    ...lastModifiedMention(input.lastModified),
  ];
  const forms = $(index.byTag('form').filter((e) => index.isAttached(e)))
    .map((_, el) => {
      const f = $(el);
      const label = normalizeThai(f.find('legend, h1, h2, h3, h4, label').first().text() || f.attr('name') || f.attr('id') || '');
      // form-without-fields: a form of buttons only (a visitor counter) takes nothing from a person.
      const fieldEls = f.find('textarea, select, input').filter((_, x) => !NOT_A_FIELD.test(x.attribs['type'] ?? 'text')).get();
      const fields = fieldEls.length;
      const purpose = fields > 0 ? formPurpose(fieldEls) : null;
      const action = f.attr('action') ?? '';
      return {
        action,
        label: label.slice(0, 200),
        ...(fields === 0 ? { noFields: true as const } : {}),
        ...(purpose ? { purpose } : {}),
        // form-free-text: a text area, where a person writes a message of their own (not only a name and a phone).
        ...(purpose === null && fieldEls.some((x) => x.name === 'textarea') ? { freeText: true as const } : {}),
        ...(submitSendsNothing(action, f.attr('onsubmit') ?? '') ? { sendsNothing: true as const } : {}),
      };
    })
    .get();

  return {
    url: input.url,
    finalUrl: input.finalUrl,
    status: input.status,
    contentType: input.contentType,
    charset: input.charset,
    title,
    headings,
    breadcrumb: breadcrumb($, index, pageUrl, baseUrl),
    links,
    dates,
    contacts: findContacts(bodyText, [...links.map((l) => l.href.startsWith('mailto:') || l.href.startsWith('tel:') ? l.href : l.url ?? ''), ...mapScripts]),
    forms,
    unlinkedRows: rowsWithoutLinks,
    prose,
    sections,
    templateFiller: placeholderImage || LOREM.test(bodyText),
    images: imageSrcs.slice(0, MAX_IMAGES),
    pictures,
    scriptBuilt,
    rendered: 'no',
    scriptFilled: scriptBuilt !== 'none',
    lastModified: input.lastModified,
    truncated: input.truncated,
    depth: input.depth,
    fetchedAt: input.fetchedAt,
  };
}

/**
 * A snapshot with its render state set: what a script builds (judged on the served HTML), whether it
 * was rendered and why not. `scriptFilled` follows: true while the snapshot cannot show the script's work.
 */
export function withRenderState(snapshot: PageSnapshot, state: { scriptBuilt: ScriptBuilt; rendered: Rendered; renderNote?: string }): PageSnapshot {
  const { renderNote: _dropped, ...rest } = snapshot;
  return {
    ...rest,
    scriptBuilt: state.scriptBuilt,
    rendered: state.rendered,
    ...(state.renderNote !== undefined ? { renderNote: state.renderNote } : {}),
    scriptFilled: state.scriptBuilt !== 'none' && state.rendered !== 'yes',
  };
}
