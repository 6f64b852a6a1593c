import type { LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { isGenericLabel } from '../snapshot/extract-links.ts';
import { proseWasCut } from '../snapshot/page-prose.ts';
import type { ConceptMatch } from './concept-matcher.ts';
import { EVIDENCE_CHECKS as CHECK } from './checks/evidence-checks.ts';
import { contentLinks, type SiteIndex } from './site-index.ts';

/** What one crawled page shows, read once per audit. */
export interface PageReading {
  /** Concepts the page itself shows: title, breadcrumb, a heading over entries of its own, a row, a form, a content link, its prose. */
  shows: ReadonlySet<string>;
  /** The same without what only its prose mentions: what the page is about (a passing mention is not). */
  about: ReadonlySet<string>;
  /** Why part of the page could not be classified (empty when every part was read and named). */
  unclassified: string[];
}

/** Embedded viewers: what they show is not in the HTML. */
const EMBED_ORIGINS = new Set<LinkRecord['origin']>(['iframe', 'embed', 'object', 'data-pdf-src', 'viewer']);
/** Hosts that hold files (a link there is a document, whatever its URL looks like). */
const FILE_HOSTS = ['drive.google.com', 'docs.google.com', 'onedrive.live.com', '1drv.ms', 'dropbox.com', 'sharepoint.com'];
/** Text with fewer letters than this is a date, a number or a button, not an entry. */
const MIN_LETTERS = 4;

function letters(text: string): number {
  return (text.match(/[\u0E01-\u0E2E\u0E30-\u0E4Ea-z]/gi) ?? []).length;
}

function onFileHost(url: string | null): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return FILE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

/**
 * Reads a page as a person would to decide whether it holds a topic: what its title, headings, rows, forms,
 * content links and prose name (menus, footers and other text repeated on many pages left out), and which
 * parts could not be named (an embedded viewer, a document without a title, a page cut short or built by
 * script). A heading counts for its topic only when the entries under it are not all of another topic
 * (rule heading-over-other-topics).
 */
export function readPage(page: PageSnapshot, index: SiteIndex, match: (text: string) => ConceptMatch[], anyTopic: ReadonlySet<string> = new Set()): PageReading {
  const shows = new Set<string>();
  const about = new Set<string>();
  const unclassified: string[] = [];
  const ids = (text: string): string[] => (text ? match(text).map((m) => m.conceptId) : []);
  const addAll = (list: readonly string[], prose = false) => {
    for (const id of list) {
      shows.add(id);
      if (!prose) about.add(id);
    }
  };
  for (const text of [page.title, page.breadcrumb, ...page.unlinkedRows, ...page.forms.map((f) => f.label)]) addAll(ids(text));

  const links = contentLinks(page, index);
  // As collectEvidence names a link: its own label, else its row or list item, else the heading of its panel.
  const linkIds = (l: LinkRecord): string[] => {
    const own = CHECK.labelIsUrl.run(l.label) ? [] : ids(l.label);
    if (own.length > 0) return own;
    const row = l.context && l.context !== l.label ? ids(l.context) : [];
    return row.length > 0 ? row : ids(l.heading);
  };
  // A file linked twice (a card's title and its "ดาวน์โหลด" button) is named by either link.
  const namedUrls = new Set<string>();
  const idsOfLink = new Map<LinkRecord, string[]>();
  for (const l of links) {
    const found = linkIds(l);
    idsOfLink.set(l, found);
    addAll(found);
    if (found.length > 0 && l.url) namedUrls.add(index.keyOf(l.url));
  }
  if (page.truncated) unclassified.push('the page was cut short');
  if (page.scriptFilled) unclassified.push('a script builds part of the page');
  if (proseWasCut(page.prose ?? [])) unclassified.push('its text is longer than the part kept');
  for (const l of links) {
    if ((idsOfLink.get(l) ?? []).length > 0 || (l.url && namedUrls.has(index.keyOf(l.url)))) continue;
    if (EMBED_ORIGINS.has(l.origin)) unclassified.push(`embedded ${l.origin}: ${l.url ?? ''}`);
    else if (l.kind === 'document' || onFileHost(l.url)) unclassified.push(`document without a known title: ${l.label || l.url || ''}`);
    else if (isGenericLabel(l.label, l.labelSource) || l.labelSource === 'filename') unclassified.push(`link "${l.label}" names nothing`);
  }

  // Headings and the entries (prose blocks, content links) under each.
  const headingSet = new Set(page.headings);
  const entries = new Map<string, string[][]>();
  const inProse = new Set<string>();
  let current: string | null = null;
  for (const block of page.prose ?? []) {
    if (headingSet.has(block)) {
      current = block;
      inProse.add(block);
      continue;
    }
    if (index.boilerplateProse.has(block) || letters(block) < MIN_LETTERS || CHECK.templateText.run(block)) continue;
    const found = ids(block);
    addAll(found, true);
    if (current !== null) entries.set(current, [...(entries.get(current) ?? []), found]);
  }
  for (const l of links) {
    if (!l.heading) continue;
    entries.set(l.heading, [...(entries.get(l.heading) ?? []), idsOfLink.get(l) ?? []]);
  }
  for (const h of page.headings) {
    if (index.boilerplateProse.has(h) && inProse.has(h)) continue;
    for (const id of ids(h)) if (!CHECK.headingOverOtherTopics.run({ id, anyTopic: anyTopic.has(id) }, entries.get(h) ?? [])) addAll([id]);
  }
  return { shows, about, unclassified };
}
