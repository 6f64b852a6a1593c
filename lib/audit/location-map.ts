import { isMapUrl } from '../snapshot/find-contacts.ts';
import type { PageSnapshot } from '../snapshot/page-snapshot.ts';
import { EVIDENCE_CHECKS, urlOf } from './checks/evidence-checks.ts';
import type { Candidate } from './collect-evidence.ts';
import type { SiteIndex } from './site-index.ts';

/** The concept (concepts.json, partOnly) that names a location map. */
export const LOCATION_MAP_CONCEPT = 'location-map';

export interface LocationMapFacts {
  /** The first map signal found (a map URL, a link's label, a picture's or heading's name), or null. */
  shown: string | null;
  /** The first thing a contact page holds that could not be read (a frame's URL, an unnamed picture's src), or null. */
  unreadable: string | null;
  /** A working document named for the item stands for all its parts (document-stands-whole). */
  standsWhole?: true;
}

const BROKEN_STATUS = (status: number | undefined): boolean => status === 404 || status === 410;

/**
 * Where an item that names a location map (needsMap) looks for one: the pages of its contact evidence — a contact page
 * named for the item, the page whose footer carries the contact details — the same-site frames those pages embed, and
 * the site's home page (its menus and footer: the site's common parts); failing those, a map that any crawled page
 * embeds or links (the crawl reaches pages from the site's menus). An off-site piece of contact evidence that is itself
 * a map link counts, and a working document named for the item stands for all of it (document-stands-whole). Unreadable content is looked for only on pages named for the item (not the home page,
 * whose banners and photos say nothing of a map).
 */
export function locationMapFacts(
  contactCandidates: readonly Candidate[],
  home: PageSnapshot | undefined,
  index: SiteIndex,
  named: (text: string) => boolean,
): LocationMapFacts {
  const offSiteMap = contactCandidates.find((c) => {
    const url = c.target === 'placeholder' || c.target === 'broken' ? null : urlOf(c.evidence.url);
    return url !== null && isMapUrl(url);
  });
  if (offSiteMap) return { shown: offSiteMap.evidence.url, unreadable: null };
  const document = contactCandidates.find((c) => EVIDENCE_CHECKS.documentStandsWhole.run(c.target, c.evidence.kind === 'document' || index.documentByKey.has(index.keyOf(c.evidence.url))));
  if (document) return { shown: document.evidence.url, unreadable: null, standsWhole: true };
  const pageOf = (url: string): PageSnapshot | undefined => index.pageByKey.get(index.keyOf(url));
  const broken = (url: string): boolean => {
    const f = index.failureByKey.get(index.keyOf(url));
    const d = index.documentByKey.get(index.keyOf(url));
    return BROKEN_STATUS(f?.status) || BROKEN_STATUS(d?.status);
  };
  const seen = new Set<PageSnapshot>();
  const contactPages: PageSnapshot[] = [];
  const namedPages = new Set<PageSnapshot>();
  const add = (page: PageSnapshot | undefined, isNamed: boolean): void => {
    if (!page) return;
    if (isNamed) namedPages.add(page);
    if (seen.has(page)) return;
    seen.add(page);
    contactPages.push(page);
  };
  for (const c of contactCandidates) {
    if (c.target === 'placeholder' || c.target === 'broken' || c.evidence.kind === 'external') continue;
    add(pageOf(c.evidence.url), c.evidence.matchedBy !== 'contact');
  }
  add(home, false);
  if (home) namedPages.delete(home);
  // A frame of the site's own that the crawl read is part of the page that embeds it.
  for (const page of [...contactPages]) {
    for (const l of page.links) if ((l.origin === 'iframe' || l.origin === 'embed' || l.origin === 'object') && l.url !== null && l.kind === 'page') add(pageOf(l.url), namedPages.has(page));
  }
  for (const page of contactPages) {
    const shown = EVIDENCE_CHECKS.locationMapShown.run(page, named, broken, index.boilerplateImages);
    if (shown !== null) return { shown, unreadable: null };
  }
  // A map any crawled page embeds or links: the crawl reaches pages from the site's menus (its common parts).
  if (index.mapUrl !== null) return { shown: index.mapUrl, unreadable: null };
  const framesRead = (url: string): boolean => pageOf(url) !== undefined;
  for (const page of contactPages) {
    if (!namedPages.has(page)) continue;
    const unreadable = EVIDENCE_CHECKS.contactContentUnreadable.run(page, framesRead);
    if (unreadable !== null) return { shown: null, unreadable };
  }
  return { shown: null, unreadable: null };
}
