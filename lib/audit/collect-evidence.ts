import type { Concept } from '../checklist/checklist-schema.ts';
import type { DatedEvidence } from '../checklist/freshness-rules.ts';
import type { DatedMention, LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { Evidence, MatchedBy } from '../report/report-schema.ts';
import type { ConceptMatch } from './concept-matcher.ts';
import { lastModifiedMention } from '../snapshot/build-snapshot.ts';
import { isGenericLabel } from '../snapshot/extract-links.ts';
import { isEmptyHref } from '../snapshot/link-kind.ts';
import { bodyDateKey, contentLinks, hasOwnContent, placeholderKey, SEARCH_FORM, type SiteIndex } from './site-index.ts';
import { EVIDENCE_CHECKS as CHECK, HUB_CONCEPTS } from './checks/evidence-checks.ts';
import { TARGET_RANK, targetState, type TargetState } from './target-state.ts';

export type { TargetState } from './target-state.ts';

export interface Candidate {
  conceptId: string;
  evidence: Evidence;
  /** Dated pieces for the freshness rule: the link itself and what its target page lists. */
  parts: DatedEvidence[];
  target: TargetState;
  /** Key of the page the link was found on (for container pages: what they hold). */
  foundOnKey: string;
  /** A link in the site's menus or footer (on many pages). */
  boilerplate: boolean;
  /** A link back to the page it stands on (a menu's current item): not an item listed on that page. */
  selfLink: boolean;
}

/** How strongly a piece of evidence was matched: lower is stronger. */
export const MATCH_RANK: Record<MatchedBy, number> = {
  'exact-title': 0, synonym: 1, 'ita-index-row': 2, fuzzy: 3, heading: 4, 'page-title': 5, 'url-hint': 6, contact: 7,
};

/**
 * A page's own dates: its publication date, title and headings, and the days in its text (a story).
 * Years and months in its text count only when the page has nothing better, and never the ones that
 * menus and footers repeat on many pages.
 */
function ownParts(page: PageSnapshot, index: SiteIndex): DatedEvidence[] {
  const published = page.dates.filter((d) => d.source === 'published');
  const own = page.dates.filter((d) => d.source === 'title' || d.source === 'heading');
  const days = page.dates.filter((d) => (d.source === 'body' && d.precision === 'day') || d.source === 'last-modified').slice(0, 20);
  const dates = [...published, ...own, ...days];
  if (dates.length === 0) dates.push(...page.dates.filter((d) => d.source === 'body' && !index.boilerplateDates.has(bodyDateKey(d))).slice(0, 20));
  return dates.length > 0 ? [{ url: page.finalUrl, dates }] : [];
}

/**
 * Dated pieces a linked page contributes: the dates of the documents it lists (with its publication
 * date, when the markup states one); only a page that lists no dated document (a news story, a detail
 * page) is dated by its own title, headings and text. A list's section headings ("ไตรมาสที่ 2
 * ม.ค.–มี.ค. 2568") name what should be there, not what is.
 */
function targetParts(page: PageSnapshot, index: SiteIndex, conceptMatches: (text: string) => boolean): DatedEvidence[] {
  const links = contentLinks(page, index);
  const underTopic = links.filter((l) => l.heading !== '' && conceptMatches(l.heading));
  const chosen = underTopic.length > 0 ? underTopic : links;
  const parts: DatedEvidence[] = chosen.filter((l) => l.dates.length > 0).map((l) => ({ url: l.url ?? page.finalUrl, dates: l.dates }));
  const published = page.dates.filter((d) => d.source === 'published');
  if (published.length > 0) parts.push({ url: page.finalUrl, dates: [...published, ...page.dates.filter((d) => d.source === 'title')] });
  return parts.length > 0 ? parts : ownParts(page, index);
}

function lastModifiedOf(url: string, index: SiteIndex): DatedMention[] {
  return lastModifiedMention(index.documentByKey.get(index.keyOf(url))?.lastModified);
}

export interface CollectContext {
  pages: PageSnapshot[];
  concepts: Concept[];
  index: SiteIndex;
  match: (text: string) => ConceptMatch[];
}

/** Evidence identity: its URL; an empty link has none of its own (it points at the page listing it), so each counts apart. */
export function candidateKey(c: Candidate, index: SiteIndex): string {
  return c.evidence.kind === 'placeholder' ? `${c.foundOnKey}#${c.evidence.label}` : index.keyOf(c.evidence.url);
}

function matchedByOf(m: ConceptMatch, concept: Concept): MatchedBy {
  if (m.how === 'fuzzy') return 'fuzzy';
  return m.term === concept.terms[0] ? 'exact-title' : 'synonym';
}

function mergeParts(a: DatedEvidence[], b: DatedEvidence[]): DatedEvidence[] {
  const key = (p: DatedEvidence) => `${p.url}|${p.dates.map((d) => d.raw).join(',')}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((p) => !seen.has(key(p)) && seen.add(key(p)))];
}

/**
 * All evidence on the crawled site, per concept. A link counts by its own label; a link whose label
 * names no concept (a month, "ดาวน์โหลด", a raw URL) counts by its table row or list item (ITA index
 * rows) or by the heading of its panel. A page counts by its title, first heading or breadcrumb.
 * A page that holds links for the concept (an ITA item page, a document list) is only as good as
 * what it holds: Google-Drive-only items need review, empty rows are incomplete.
 */
export function collectEvidence(ctx: CollectContext): Map<string, Candidate[]> {
  const { index } = ctx;
  const byConcept = new Map<string, Map<string, Candidate>>();
  const conceptById = new Map(ctx.concepts.map((c) => [c.id, c] as const));
  const matchesConcept = (conceptId: string) => (text: string) => ctx.match(text).some((m) => m.conceptId === conceptId);

  const add = (c: Candidate) => {
    let m = byConcept.get(c.conceptId);
    if (!m) byConcept.set(c.conceptId, (m = new Map()));
    const key = candidateKey(c, index);
    const prev = m.get(key);
    if (!prev) {
      m.set(key, c);
      return;
    }
    const better =
      TARGET_RANK[c.target] < TARGET_RANK[prev.target] ||
      (TARGET_RANK[c.target] === TARGET_RANK[prev.target] && MATCH_RANK[c.evidence.matchedBy] < MATCH_RANK[prev.evidence.matchedBy]);
    const parts = mergeParts(prev.parts, c.parts);
    m.set(key, better ? { ...c, parts } : { ...prev, parts });
  };

  /** `context`: how a link whose own label names no concept was matched; null when its label matched. */
  const fromLink = (page: PageSnapshot, link: LinkRecord, m: ConceptMatch, context: MatchedBy | null) => {
    const concept = conceptById.get(m.conceptId);
    if (!concept) return;
    const target = targetState(link, concept, index);
    const url = link.url ?? page.finalUrl;
    // What an empty or broken link names ("เดือน ก.พ. 2568" with href="") is listed, not published.
    const parts: DatedEvidence[] = target === 'ok' && link.dates.length > 0 ? [{ url, dates: link.dates }] : [];
    const targetPage = link.url ? index.pageByKey.get(index.keyOf(link.url)) : undefined;
    if (targetPage && target === 'ok') parts.push(...targetParts(targetPage, index, matchesConcept(m.conceptId)));
    if (link.url && link.dates.length === 0) {
      const lm = lastModifiedOf(link.url, index);
      if (lm.length > 0) parts.push({ url: link.url, dates: lm });
    }
    add({
      conceptId: m.conceptId,
      target,
      parts,
      foundOnKey: index.keyOf(page.finalUrl),
      boilerplate: link.url !== null && index.boilerplate.has(index.keyOf(link.url)),
      selfLink: link.kind === 'placeholder' && !isEmptyHref(link.href),
      evidence: {
        url,
        label: link.label || link.context,
        labelSource: link.labelSource,
        foundOn: page.finalUrl,
        matchedBy: context ?? matchedByOf(m, concept),
        term: m.term,
        kind: link.kind,
        dates: link.dates,
      },
    });
  };

  const fromPage = (page: PageSnapshot, text: string, how: MatchedBy, m: ConceptMatch, target: TargetState) => {
    add({
      conceptId: m.conceptId,
      target,
      parts: target === 'ok' ? targetParts(page, index, matchesConcept(m.conceptId)) : [],
      foundOnKey: index.keyOf(page.finalUrl),
      boilerplate: false,
      selfLink: false,
      evidence: {
        url: page.finalUrl,
        label: text,
        labelSource: 'text',
        foundOn: page.finalUrl,
        matchedBy: how,
        term: m.term,
        kind: target === 'placeholder' ? 'placeholder' : 'page',
        dates: page.dates.filter((d) => d.source === 'title' || d.source === 'heading'),
      },
    });
  };

  for (const page of ctx.pages) {
    for (const link of page.links) {
      // A label that is just the URL ("https://www.facebook.com/…", "/opinion.php") names nothing:
      // an ITA table row says what the link is for.
      const own = link.label && !CHECK.labelIsUrl.run(link.label) ? ctx.match(link.label) : [];
      if (own.length > 0) {
        for (const m of own) fromLink(page, link, m, null);
        continue;
      }
      if (CHECK.contactByLabelOnly.run(link.kind)) continue;
      if (CHECK.menuToggle.run(link.kind === 'placeholder', index.boilerplatePlaceholders.has(placeholderKey(link)))) continue;
      const row = link.context && link.context !== link.label ? ctx.match(link.context) : [];
      if (row.length > 0) {
        for (const m of row) fromLink(page, link, m, 'ita-index-row');
        continue;
      }
      const namedByHeading =
        CHECK.headingOfContentLink.run(link.url !== null, link.url !== null && index.boilerplate.has(index.keyOf(link.url))) ||
        CHECK.headingOfGenericButton.run(isGenericLabel(link.label, link.labelSource), link.context === '' || link.context === link.label, index.boilerplatePlaceholders.has(placeholderKey(link)));
      if (link.heading && namedByHeading && !CHECK.requirementHeadingOwnLabel.run(link.heading, link.label, link.labelSource)) {
        for (const m of ctx.match(link.heading)) fromLink(page, link, m, 'heading');
      }
    }
    const scriptOnly = page.scriptFilled;
    const pageTexts: [string, MatchedBy][] = [
      [page.title, 'page-title'],
      [page.breadcrumb, 'page-title'],
      [page.headings[0] ?? '', 'heading'],
    ];
    for (const [text, how] of pageTexts) {
      if (text) for (const m of ctx.match(text)) fromPage(page, text, how, m, scriptOnly ? 'script-filled' : 'ok');
    }
    const pageText = `${page.title} ${page.breadcrumb} ${page.headings.slice(0, 3).join(' ')}`;
    for (const row of page.unlinkedRows) {
      if (!CHECK.indexRowOnItaPage.run(pageText, row)) continue;
      for (const m of ctx.match(row)) fromPage(page, row, 'ita-index-row', m, 'placeholder');
    }
  }
  addFooterContacts(ctx, add);
  unconfirmHubs(byConcept, index, matchesConcept);
  return settlePages(settleContainers(byConcept, index), conceptById, index);
}

/**
 * Contact details in every page's footer are evidence for the contact item, on the first page (in crawl
 * order: the home page) that carries them — an on-site page, preferred over an off-site map link.
 */
function addFooterContacts(ctx: CollectContext, add: (c: Candidate) => void): void {
  const concepts = ctx.concepts.filter((c) => c.footerContacts);
  if (concepts.length === 0) return;
  const { index } = ctx;
  const page = ctx.pages.find((p) => CHECK.footerContacts.run(p.contacts, (s) => index.boilerplateSignals.has(s)));
  if (!page) return;
  const shown = page.contacts.filter((c) => c.kind === 'address' || c.kind === 'phone' || c.kind === 'email').map((c) => c.value);
  for (const concept of concepts) {
    add({
      conceptId: concept.id,
      target: 'ok',
      parts: [],
      foundOnKey: index.keyOf(page.finalUrl),
      boilerplate: false,
      selfLink: false,
      evidence: {
        url: page.finalUrl,
        label: shown.join(' · ').slice(0, 200),
        labelSource: 'text',
        foundOn: page.finalUrl,
        matchedBy: 'contact',
        term: CHECK.footerContacts.id,
        kind: 'page',
        dates: [],
      },
    });
  }
}

/** Whether a page itself shows a concept: its title, breadcrumb, a heading, a form, a content link or a row names it. */
function pageShowsConcept(page: PageSnapshot, index: SiteIndex, matches: (text: string) => boolean): boolean {
  const texts = [page.title, page.breadcrumb, ...page.headings, ...page.unlinkedRows, ...page.forms.map((f) => f.label)];
  for (const l of contentLinks(page, index)) texts.push(l.label, l.context);
  return texts.some((t) => t !== '' && matches(t));
}

/**
 * A page that links of many different concepts lead to (a mega-menu sending every ITA topic to one
 * "documents" page) confirms none of them by being linked: each link counts only when the page shows its
 * concept; otherwise its target is `unconfirmed` and adds no dates (the page's cards belong to other topics).
 */
function unconfirmHubs(byConcept: Map<string, Map<string, Candidate>>, index: SiteIndex, matchesConcept: (id: string) => (text: string) => boolean): void {
  const linkedFrom = (c: Candidate) => c.evidence.kind === 'page' && c.target === 'ok' && index.keyOf(c.evidence.url) !== c.foundOnKey;
  const conceptsByTarget = new Map<string, Set<string>>();
  for (const [conceptId, m] of byConcept)
    for (const c of m.values()) {
      if (!linkedFrom(c)) continue;
      const key = index.keyOf(c.evidence.url);
      const set = conceptsByTarget.get(key) ?? new Set<string>();
      set.add(conceptId);
      conceptsByTarget.set(key, set);
    }
  for (const [conceptId, m] of byConcept)
    for (const [k, c] of m) {
      if (!linkedFrom(c)) continue;
      const key = index.keyOf(c.evidence.url);
      const page = index.pageByKey.get(key);
      // A page with content of its own (a form, its own contact details) is a service page, not a document hub.
      if (!page || hasOwnContent(page, index)) continue;
      const count = conceptsByTarget.get(key)?.size ?? 0;
      if (CHECK.hubWithoutConfirmation.run(count, count >= HUB_CONCEPTS && pageShowsConcept(page, index, matchesConcept(conceptId))))
        m.set(k, { ...c, target: 'unconfirmed', parts: [] });
    }
}

/**
 * A page counts by its title only when it shows more than a web template's filler (EVIDENCE_CHECKS.templateFillerOnly);
 * a page for a channel concept (complaint, Q&A, opinion, e-service) counts only when a person can use it:
 * a working form, its own e-mail or a content link (EVIDENCE_CHECKS.channelPage).
 */
function settlePages(byConcept: Map<string, Candidate[]>, conceptById: Map<string, Concept>, index: SiteIndex): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const [conceptId, list] of byConcept) {
    const channel = conceptById.get(conceptId)?.channel === true;
    out.set(
      conceptId,
      list.map((c) => {
        if (c.target !== 'ok' || c.evidence.kind !== 'page') return c;
        const page = index.pageByKey.get(index.keyOf(c.evidence.url));
        if (!page) return c;
        const links = contentLinks(page, index).length;
        if (channel) {
          const forms = page.forms.filter((f) => !SEARCH_FORM.test(`${f.action} ${f.label}`));
          const ownEmail = page.contacts.some((x) => x.kind === 'email' && !index.boilerplateSignals.has(`email:${x.value}`));
          const state = CHECK.channelPage.run(forms, ownEmail, links);
          if (state !== 'ok') return { ...c, target: state, parts: [] };
          if (forms.length > 0 || ownEmail) return c;
        }
        // Footer contact details are the page's own content, whatever filler stands beside them.
        if (c.evidence.matchedBy !== 'contact' && CHECK.templateFillerOnly.run(page.templateFiller === true, links)) return { ...c, target: 'template-page', parts: [] };
        return c;
      }),
    );
  }
  return out;
}

/**
 * A crawled page that holds links for the same concept takes the best state of what it holds:
 * an ITA item page whose only document is on Google Drive is `external`, one with only empty links is
 * a `placeholder`. Pages with their own content (contact details, a form) stay evidence by themselves.
 */
function settleContainers(byConcept: Map<string, Map<string, Candidate>>, index: SiteIndex): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const [conceptId, m] of byConcept) {
    const held = new Map<string, Candidate[]>();
    for (const c of m.values()) {
      if (c.boilerplate || c.selfLink || (c.evidence.kind === 'page' && index.keyOf(c.evidence.url) === c.foundOnKey)) continue;
      const list = held.get(c.foundOnKey) ?? [];
      list.push(c);
      held.set(c.foundOnKey, list);
    }
    const settled = [...m.values()].map((c) => {
      if ((c.target !== 'ok' && c.target !== 'script-filled') || c.evidence.kind !== 'page') return c;
      const key = index.keyOf(c.evidence.url);
      const page = index.pageByKey.get(key);
      const inside = (held.get(key) ?? []).filter((h) => h.evidence.kind === 'placeholder' || index.keyOf(h.evidence.url) !== key);
      if (!page) return c;
      const settled = CHECK.containerHolds.run({ target: c.target, hasOwnContent: c.target === 'ok' && hasOwnContent(page, index) }, inside.map((h) => h.target));
      if (settled === null) return c;
      // Dated by what it holds for this concept, not by every other list on the page.
      const own: DatedEvidence[] = c.evidence.dates.length > 0 ? [{ url: c.evidence.url, dates: c.evidence.dates }] : [];
      const heldParts = inside.filter((h) => h.target === 'ok').flatMap((h) => h.parts);
      // Undated documents: the page's own dates (a story's day in its text) still date it.
      return { ...c, target: settled, parts: mergeParts(own, heldParts.length > 0 ? heldParts : ownParts(page, index)) };
    });
    out.set(conceptId, settled);
  }
  return out;
}
