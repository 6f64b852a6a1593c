import type { Concept } from '../checklist/checklist-schema.ts';
import type { DatedEvidence } from '../checklist/freshness-rules.ts';
import type { DatedMention, LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { Evidence, MatchedBy } from '../report/report-schema.ts';
import { compactKey, type ConceptMatch } from './concept-matcher.ts';
import { lastModifiedMention } from '../snapshot/build-snapshot.ts';
import { periodDates } from '../thai/law-title-years.ts';
import { shortTextDates } from '../thai/bare-year.ts';
import { findDates } from '../thai/find-dates.ts';
import { findContacts } from '../snapshot/find-contacts.ts';
import { fileNameLabel, isEmptyHref } from '../snapshot/link-kind.ts';
import { isGenericLabel } from '../snapshot/extract-links.ts';
import { bodyDateKey, contactBlockTexts, contentLinks, contentPrint, hasOwnContent, messageForms, ownNameTexts, placeholderKey, type SiteIndex } from './site-index.ts';
import { EVIDENCE_CHECKS as CHECK, personCardAt, urlOf } from './checks/evidence-checks.ts';
import { readPage, type PageReading } from './page-reading.ts';
import { hostMatches, hostOf, TARGET_RANK, targetState, type TargetState } from './target-state.ts';

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
  /** Evidence shown by a section of the page itself: not settled by the links the page holds. */
  section?: boolean;
  /** The periods printed in the text that named this evidence (see naming-text-dates): they date a dead link. */
  namingDates?: DatedMention[];
}

/** Evidence that a page shows by its own text (a section, footer contacts, a person card), not through a link. */
function pageTextCandidate(
  page: PageSnapshot,
  index: SiteIndex,
  conceptId: string,
  target: TargetState,
  text: { label: string; matchedBy: MatchedBy; term: string },
  section = false,
): Candidate {
  return {
    conceptId,
    target,
    parts: [],
    foundOnKey: index.keyOf(page.finalUrl),
    boilerplate: false,
    selfLink: false,
    ...(section ? { section: true } : {}),
    evidence: { url: page.finalUrl, label: text.label.slice(0, 200), labelSource: 'text', foundOn: page.finalUrl, matchedBy: text.matchedBy, term: text.term, kind: 'page', dates: [] },
  };
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
  // A day printed on every page (a ticker's '10 มิถุนายน 2569', a footer stamp) is the template's, not this page's.
  const days = page.dates.filter((d) => (d.source === 'body' && d.precision === 'day' && !index.boilerplateDates.has(bodyDateKey(d))) || d.source === 'last-modified').slice(0, 20);
  const dates = [...published, ...own, ...days];
  if (dates.length === 0) {
    // Years and months printed only in link labels ("กลับไปหน้า ITA 2569") date the pages they open (dates-outside-links).
    const body = CHECK.datesOutsideLinks.run(page.dates.filter((d) => d.source === 'body'), page.links.flatMap((l) => l.dates.filter((d) => d.source === 'link-label')));
    dates.push(...body.filter((d) => !index.boilerplateDates.has(bodyDateKey(d))).slice(0, 20));
  }
  return dates.length > 0 ? [{ url: page.finalUrl, dates }] : [];
}

/**
 * Dated pieces a linked page contributes for a concept: the dates of the documents it lists (with its
 * publication date, when the markup states one); only a page that lists no dated document (a news story, a
 * detail page) is dated by its own title, headings and text. A list's section headings ("ไตรมาสที่ 2
 * ม.ค.–มี.ค. 2568") name what should be there, not what is. Entries whose own label names another concept
 * never date this one, not even under this concept's heading (rule dated-by-own-entries): the upload dates
 * of a page's other cards are theirs.
 */
function targetParts(page: PageSnapshot, index: SiteIndex, concept: Concept, match: (text: string) => ConceptMatch[]): DatedEvidence[] {
  const conceptId = concept.id;
  const links = contentLinks(page, index);
  const conceptsOf = (l: LinkRecord): string[] => {
    const own = l.label && !CHECK.labelIsUrl.run(l.label) ? match(l.label) : [];
    const found = own.length > 0 || !l.context || l.context === l.label ? own : match(l.context);
    return found.map((m) => m.conceptId);
  };
  const eligible = links.filter((l) => !CHECK.datedByOwnEntries.run(concept, l.dates.length > 0 ? conceptsOf(l) : [], CHECK.templateText.run(l.label)));
  const matchesHere = (text: string) => match(text).some((m) => m.conceptId === conceptId);
  const underTopic = eligible.filter((l) => (l.heading !== '' && matchesHere(l.heading)) || (l.dates.length > 0 && conceptsOf(l).includes(conceptId)));
  const chosen = underTopic.some((l) => l.heading !== '' && matchesHere(l.heading)) ? underTopic : eligible;
  const parts: DatedEvidence[] = chosen.filter((l) => l.dates.length > 0).map((l) => ({ url: l.url ?? page.finalUrl, dates: l.dates }));
  const published = page.dates.filter((d) => d.source === 'published');
  if (published.length > 0) parts.push({ url: page.finalUrl, dates: [...published, ...page.dates.filter((d) => d.source === 'title')] });
  if (parts.length > 0) return parts;
  // A page of several topics (an about page's history, vision, structure, declaration) dates this one by its own section only.
  const topicNamed = [page.title, page.breadcrumb, page.headings[0] ?? ''].some((t) => t !== '' && matchesHere(t));
  if (CHECK.datedByOwnSection.run(topicNamed, page.headings.length, page.headings.filter(matchesHere).length)) {
    const ownSections = (page.sections ?? []).filter((s) => matchesHere(s.heading));
    const dates = ownSections.flatMap((s) => findDates(s.text).map((d) => ({ ...d, source: 'body' as const })));
    return dates.length > 0 ? [{ url: page.finalUrl, dates: dates.slice(0, 20) }] : [];
  }
  // Every dated entry belongs to another concept: the page's text dates are theirs too.
  const kept = new Set(eligible);
  const othersDated = links.some((l) => l.dates.length > 0 && !kept.has(l));
  return othersDated ? [] : ownParts(page, index);
}

function lastModifiedOf(url: string, index: SiteIndex): DatedMention[] {
  return lastModifiedMention(index.documentByKey.get(index.keyOf(url))?.lastModified);
}

export interface CollectContext {
  /** Read in crawl order (a spilled crawl reads each page from its file). */
  pages: Iterable<PageSnapshot>;
  concepts: Concept[];
  index: SiteIndex;
  match: (text: string) => ConceptMatch[];
  /** Concepts of the audited checklist's item with this code ("O34"); none when unknown. A hint only. */
  codeConcepts?: (code: string) => readonly string[];
  /** Every concept of the audited checklist's items (to tell a table numbered for another year). */
  checklistConcepts?: ReadonlySet<string>;
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

/** The dates a heading prints, as heading mentions; a label-sized heading's year written alone counts (bare-year-label). */
export function headingDates(heading: string): DatedMention[] {
  return shortTextDates(heading).map((d) => ({ ...d, source: 'heading' as const }));
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
  const showsByFullTerm = (conceptId: string) => (text: string) => ctx.match(text).some((m) => m.conceptId === conceptId && !m.weak);

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
    // A page that shows the item in a section of its own stays so, however else it was reached.
    const section = prev.section === true || c.section === true ? { section: true } : {};
    // Several texts may name one candidate (cards of "ดาวน์โหลด" → #): any of their periods may date it.
    const naming = prev.namingDates || c.namingDates ? { namingDates: [...(prev.namingDates ?? []), ...(c.namingDates ?? [])] } : {};
    m.set(key, better ? { ...c, parts, ...section, ...naming } : { ...prev, parts, ...section, ...naming });
  };

  /**
   * Whether a text names the match's concept as its title (section-title-names-item): the concept's earliest term in the
   * text's opening words, else the first match; short texts always.
   */
  const namesAsTitle = (text: string, m: ConceptMatch): boolean => {
    // A numbered line ('1.1. การแสดงผู้บริหาร…', 'O2 …') is an index row: its words describe its item.
    if (NUMBERED_LINE.test(text)) return true;
    const opening = ctx.match(text.slice(0, TITLE_OPENING)).find((x) => x.conceptId === m.conceptId);
    return CHECK.sectionTitleNamesItem.run(Math.min(opening?.start ?? m.start, m.start), compactKey(text).length);
  };

  /** `context`: how a link whose own label names no concept was matched; null when its label matched. */
  const fromLink = (page: PageSnapshot, link: LinkRecord, m: ConceptMatch, context: MatchedBy | null, codeOnly = false, offSiteOnly = false) => {
    const concept = conceptById.get(m.conceptId);
    if (!concept) return;
    // A list of people is named by a title, not by a sentence that mentions it (a news card's text): section-title-names-item.
    const named = context === null ? link.label : context === 'heading' ? link.heading : null;
    if (concept.personCards && named !== null && !namesAsTitle(named, m)) return;
    // So are a social account and a channel: a sentence that mentions Facebook or suggestions ('ขอเชิญชวน… ร่วมใช้งานระบบ
    // social network facebook… ลงทะเบียน คลิ๊กที่นี่', '…ขอเชิญคณาจารย์ร่วมเสนอแนะรูปแบบ… คลิ๊กที่นี่', real122) is a news
    // item, and the link under it neither the organisation's account nor its channel.
    if ((concept.hostsAreEvidence || concept.channel) && context === 'heading' && CHECK.headingIsSentence.run(m.start, compactKey(link.heading).length)) return;
    if (link.url !== null && CHECK.tagListingLink.run(link.url)) return;
    if (link.url !== null && CHECK.shareButton.run(link.kind, link.url)) return;
    if (concept.hostsAreEvidence && CHECK.socialAccountOfAnotherBody.run(link.label)) return;
    const reached = targetState(link, concept, index);
    if (codeOnly && reached !== 'ok') return;
    let target: TargetState = codeOnly ? 'code-only' : offSiteOnly && reached === 'ok' ? 'external' : reached;
    // A form service embedded in this page under the channel's heading is a channel on the site (embedded-form-channel).
    if (target === 'external' && link.url && CHECK.embeddedFormChannel.run(concept.channel, link.url, page.links.filter((l) => l.origin === 'iframe' && l.url !== null).map((l) => l.url ?? ''))) target = 'ok';
    // A dated news headline under the news heading is the news, whatever its link does: the page showing it is the evidence.
    // Its day may stand in a date-only link to the same entry beside it (a WordPress card's 'December 8, 2021').
    const sameEntryDays = context === 'heading' && concept.headlineIsEntry && target !== 'ok' ? dateLinkDays(page, link) : null;
    const headlineDates = sameEntryDays !== null && link.dates.length === 0 ? sameEntryDays : link.dates;
    const headline = context === 'heading' && !codeOnly && CHECK.datedHeadlineIsEntry.run(concept.headlineIsEntry, target, headlineDates);
    if (headline) target = 'ok';
    // A Facebook group given for the social item: its members on the network, not the organisation's account (not-an-account).
    if (concept.hostsAreEvidence && link.url && (target === 'ok' || target === 'external') && (CHECK.notAnAccount.run(link.url) || CHECK.socialInvitation.run(link.label))) target = 'not-an-account';
    const url = headline ? page.finalUrl : (link.url ?? page.finalUrl);
    const targetPage = link.url ? index.pageByKey.get(index.keyOf(link.url)) : undefined;
    // Only a weak label asks its page to confirm it (reading the page is not free: once per link otherwise).
    if (m.weak === true && CHECK.weakLabelUnconfirmed.run(true, target, targetPage !== undefined && pageShowsConcept(targetPage, index, showsByFullTerm(m.conceptId)))) target = 'unconfirmed';
    // The last topic of a menu entry's list ('ยุทธศาสตร์/แผนงาน/ผลการดำเนินงาน') over a page that does not show it: the
    // entry is the page's other topics (list-entry-tail).
    if (m.listTail === true && target === 'unconfirmed') return;
    if (target === 'ok' && context === null && CHECK.nationalDocumentLabel.run(link.label, concept.nationalDocuments)) target = 'national-document';
    // What an empty or broken link names ("เดือน ก.พ. 2568" with href="") is listed, not published.
    const linkDates = headline ? headlineDates : link.dates;
    const parts: DatedEvidence[] = target === 'ok' && linkDates.length > 0 ? [{ url, dates: linkDates }] : [];
    if (targetPage && target === 'ok') parts.push(...targetParts(targetPage, index, concept, ctx.match));
    if (link.url && link.dates.length === 0) {
      const lm = lastModifiedOf(link.url, index);
      if (lm.length > 0) parts.push({ url: link.url, dates: lm });
    }
    add({
      conceptId: m.conceptId,
      target,
      parts,
      foundOnKey: index.keyOf(page.finalUrl),
      // A dated headline is shown by the page itself: it is not settled by the other links the page holds.
      ...(headline ? { section: true } : {}),
      // The site's template: a link on many pages, or an empty entry repeated on them (a menu's "ข่าวสาร" toggle, href="#").
      boilerplate: link.url !== null ? index.boilerplate.has(index.keyOf(link.url)) : index.boilerplatePlaceholders.has(placeholderKey(link)),
      selfLink: link.kind === 'placeholder' && !isEmptyHref(link.href),
      namingDates: CHECK.namingTextDates.run(
        context ?? matchedByOf(m, concept),
        link.dates,
        context === 'heading' && link.heading ? headingDates(link.heading) : [],
        context === 'heading' && concept.headlineIsEntry && target !== 'ok' ? entryDays(page, link, index, sameEntryDays ?? undefined) : [],
      ),
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

  /** `namingDates`: the periods the listing itself prints (an index row without a link: "O23 … พ.ศ. 2569"). */
  const fromPage = (page: PageSnapshot, text: string, how: MatchedBy, m: ConceptMatch, target: TargetState, namingDates?: DatedMention[]) => {
    const concept = conceptById.get(m.conceptId);
    if (!concept) return;
    add({
      conceptId: m.conceptId,
      target,
      parts: target === 'ok' ? targetParts(page, index, concept, ctx.match) : [],
      foundOnKey: index.keyOf(page.finalUrl),
      boilerplate: false,
      selfLink: false,
      ...(namingDates && namingDates.length > 0 ? { namingDates } : {}),
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

  /** What the other links of a link's row (or list item) name by their own labels. */
  const rowsOf = new WeakMap<PageSnapshot, Map<string, LinkRecord[]>>();
  const siblingConcepts = (page: PageSnapshot, link: LinkRecord): string[][] => {
    let rows = rowsOf.get(page);
    if (!rows) {
      rows = new Map();
      for (const l of page.links) {
        const row = rows.get(l.context);
        if (row) row.push(l);
        else rows.set(l.context, [l]);
      }
      rowsOf.set(page, rows);
    }
    return (rows.get(link.context) ?? [])
      .filter((l) => l !== link && l.url !== null && l.kind !== 'placeholder' && l.label !== '' && !CHECK.labelIsUrl.run(l.label))
      .map((l) => ctx.match(l.label).map((m) => m.conceptId));
  };

  /** What the other links under the same index row (a table row, or a bold item line's run of links) name by their own labels. */
  const indexRowsOf = new WeakMap<PageSnapshot, Map<string, LinkRecord[]>>();
  const indexRowKey = (row: NonNullable<LinkRecord['row']>) => `${row.code}\u0001${row.title}\u0001${row.group}`;
  const indexRowSiblings = (page: PageSnapshot, link: LinkRecord, row: NonNullable<LinkRecord['row']>): string[][] => {
    let rows = indexRowsOf.get(page);
    if (!rows) {
      rows = new Map();
      for (const l of page.links) {
        if (!l.row) continue;
        const k = indexRowKey(l.row);
        const same = rows.get(k);
        if (same) same.push(l);
        else rows.set(k, [l]);
      }
      indexRowsOf.set(page, rows);
    }
    return (rows.get(indexRowKey(row)) ?? [])
      .filter((l) => l !== link && l.url !== null && l.kind !== 'placeholder' && l.label !== '' && !CHECK.labelIsUrl.run(l.label))
      .map((l) => ctx.match(l.label).map((m) => m.conceptId));
  };

  /** An ITA index row's title names the item its links are for; its code only breaks ties (see ita-row-title). */
  const fromIndexRow = (page: PageSnapshot, pageText: string, link: LinkRecord, named: Set<string>): boolean => {
    const row = link.row;
    if (!row || !CHECK.itaRowTitle.run(pageText, row.code, row.title)) return false;
    // A quality-assurance indicator's title names a criterion, not a document (assessment-indicator-title).
    const titled = CHECK.assessmentIndicatorTitle.run(row.title) ? [] : ctx.match(row.title);
    const codeConcepts = row.code ? (ctx.codeConcepts?.(row.code) ?? []) : [];
    // A titled link beside one that names the row's item by its own label is something else under that item (row-named-by-sibling).
    const ownTitle = link.labelSource !== 'filename' && !isGenericLabel(link.label, link.labelSource);
    const siblings = ownTitle ? indexRowSiblings(page, link, row) : [];
    const keep = CHECK.rowCodeTiebreak.run([...new Set(titled.map((m) => m.conceptId))], codeConcepts).filter((c) => !(ownTitle && CHECK.rowNamedBySibling.run(c, siblings)));
    let found = false;
    for (const m of titled) {
      if (!keep.includes(m.conceptId) || named.has(m.conceptId)) continue;
      named.add(m.conceptId);
      found = true;
      fromLink(page, link, m, 'ita-index-row');
    }
    const namesAnotherItem = [...named].some((c) => ctx.checklistConcepts?.has(c) === true && !codeConcepts.includes(c));
    for (const conceptId of CHECK.rowCodeOnly.run(codeConcepts, [...named], namesAnotherItem)) {
      fromLink(page, link, { conceptId, term: `OIT ${row.code.slice(1)}`, how: 'synonym', start: 0, end: 0 }, 'ita-index-row', true);
    }
    return found;
  };

  /** Concepts whose accepted hosts are the evidence (social networks): a link there counts whatever its label. */
  const hostConcepts = ctx.concepts.filter((c) => c.hostsAreEvidence && c.externalHosts.length > 0);
  const fromHost = (page: PageSnapshot, link: LinkRecord, named: ReadonlySet<string>): void => {
    if (!link.url || hostConcepts.length === 0) return;
    const host = hostOf(link.url);
    for (const c of hostConcepts) {
      const accepted = hostMatches(host, c.externalHosts);
      if (named.has(c.id) || !(CHECK.hostIsEvidence.run(c.hostsAreEvidence, accepted, link.url) || (accepted && CHECK.notAnAccount.run(link.url)))) continue;
      fromLink(page, link, { conceptId: c.id, term: host ?? '', how: 'synonym', start: 0, end: 0 }, 'url-hint', false, CHECK.socialLinkUnnamed.run(link.labelSource, link.inMenu, link.label));
    }
  };

  for (const page of ctx.pages) {
    const itaText = `${page.title} ${page.breadcrumb} ${page.headings.slice(0, 3).join(' ')}`;
    for (const link of page.links) {
      // A label that is just the URL ("https://www.facebook.com/…", "/opinion.php") names nothing:
      // an ITA table row says what the link is for.
      const own = link.label && !CHECK.labelIsUrl.run(link.label) && !CHECK.assessmentIndicatorTitle.run(link.label) ? ctx.match(link.label) : [];
      for (const m of own) fromLink(page, link, m, null);
      const named = new Set(own.map((m) => m.conceptId));
      // An empty button also lists its heading's items, whatever its own label or row names (it can never pass).
      const placeholderHeading = (claimed: ReadonlySet<string>): void => {
        if (!link.heading || link.kind !== 'placeholder') return;
        for (const m of ctx.match(link.heading)) {
          if (CHECK.placeholderNamedByHeading.run(true, link.inMenu !== false, m.conceptId, [...claimed])) fromLink(page, link, m, 'heading');
        }
      };
      if (own.length > 0) placeholderHeading(named);
      if (own.length > 0 && link.heading && link.url !== null) {
        const ownAreChannels = own.every((m) => conceptById.get(m.conceptId)?.channel === true);
        for (const m of ctx.match(link.heading)) {
          if (!named.has(m.conceptId) && CHECK.channelUnderChannelHeading.run(ownAreChannels, conceptById.get(m.conceptId)?.channel === true)) fromLink(page, link, m, 'heading');
        }
      }
      fromHost(page, link, named);
      const byRow = fromIndexRow(page, itaText, link, named);
      if (own.length > 0 || byRow) continue;
      if (CHECK.contactByLabelOnly.run(link.kind)) continue;
      const repeated = index.boilerplatePlaceholders.has(placeholderKey(link));
      if (CHECK.menuToggle.run(link.kind === 'placeholder', repeated, link.inMenu === false)) continue;
      // A titled link ("นโยบาย") beside a link that names the row's concept is not that concept; "ดาวน์โหลด", "01.pdf" are.
      const titled = link.labelSource !== 'filename' && !isGenericLabel(link.label, link.labelSource);
      const rowMatches = link.context && link.context !== link.label && !CHECK.assessmentIndicatorTitle.run(link.context) ? ctx.match(link.context) : [];
      // The row's length is read once, and only when its text names something (row-text-is-title).
      const rowLength = rowMatches.length > 0 ? compactKey(link.context).length : 0;
      const row = rowMatches.filter(
        (m) => CHECK.rowTextIsTitle.run(link.row !== undefined, m.start, rowLength) && !(titled && CHECK.rowNamedBySibling.run(m.conceptId, siblingConcepts(page, link))),
      );
      if (row.length > 0) {
        for (const m of row) fromLink(page, link, m, 'ita-index-row');
        placeholderHeading(new Set([...named, ...row.map((m) => m.conceptId)]));
        continue;
      }
      const namedByHeading =
        CHECK.headingOfContentLink.run(link.url !== null, link.inMenu === true || (link.url !== null && index.boilerplate.has(index.keyOf(link.url))), link.dates.some((d) => d.precision === 'day' && (d.source === 'link-label' || d.source === 'row'))) ||
        CHECK.headingOfGenericButton.run(isGenericLabel(link.label, link.labelSource), link.context === '' || link.context === link.label, index.boilerplatePlaceholders.has(placeholderKey(link)));
      // A list's pager is named by no heading (pager-link).
      const pager = link.heading !== '' && CHECK.pagerLink.run(link.url, link.label);
      if (link.heading && namedByHeading && !pager && !CHECK.requirementHeadingOwnLabel.run(link.heading, link.label, link.labelSource)) {
        const byHeading = ctx.match(link.heading);
        // A titled row under a heading of several items is what its row names (titled-row-under-group-heading).
        if (CHECK.titledRowUnderGroupHeading.run(link.row?.title ?? '', byHeading.map((m) => m.conceptId))) continue;
        for (const m of byHeading) fromLink(page, link, m, 'heading');
      } else if (
        link.heading &&
        !pager &&
        (CHECK.placeholderUnderHeading.run(link.kind === 'placeholder', link.labelSource !== 'none' && link.label !== '', link.inMenu !== false) ||
          CHECK.panelListedEmpty.run(link.kind === 'placeholder', link.labelSource !== 'none' && link.label !== '', link.inMenu !== false, repeated, index.titles.length))
      ) {
        for (const m of ctx.match(link.heading)) fromLink(page, link, m, 'heading');
      }
    }
    const scriptOnly = page.scriptFilled;
    // The item a page is about (its title, breadcrumb, first heading): its sections are its content, not a listing.
    const pageTopic = new Set([page.title, page.breadcrumb, page.headings[0] ?? ''].flatMap((t) => (t ? ctx.match(t).map((m) => m.conceptId) : [])));
    for (const section of page.sections ?? []) {
      for (const m of ctx.match(section.heading)) {
        const concept = conceptById.get(m.conceptId);
        if (concept && !pageTopic.has(m.conceptId) && CHECK.sectionListedWithoutDocument.run(concept, section, ctx.match(section.text).map((e) => e.conceptId))) {
          fromPage(page, `${section.heading}: ${section.text}`.slice(0, 200), 'heading', m, 'placeholder');
          continue;
        }
        if (concept && CHECK.itaHeadingWithoutDocument.run(itaText, section.heading, section)) {
          fromPage(page, section.heading.slice(0, 200), 'heading', m, 'placeholder');
          continue;
        }
        const phoneOrEmail = findContacts(section.text, []).some((c) => c.kind === 'phone' || c.kind === 'email');
        if (!concept || !CHECK.sectionShowsItem.run(concept, section.text, phoneOrEmail) || CHECK.sectionIsRequirement.run(section.text, phoneOrEmail)) continue;
        if (!namesAsTitle(section.heading, m) || !CHECK.peopleSectionNamesSomeone.run(concept.personCards, section.text)) continue;
        const copied = concept.personCards === true && CHECK.copiedPersonCards.run(section.text);
        // A Q&A board's section whose posts ask nothing (announcements on a web board) holds the item in part.
        const lacking = CHECK.pageLacksRequiredWords.run(concept.pageMustShow, section.text, section.text);
        // A web template's sample section (lorem-ipsum questions under 'คำถามที่ถามบ่อย') is filler, not the item.
        const filler = CHECK.templateText.run(section.text);
        add(pageTextCandidate(page, index, m.conceptId, page.scriptFilled ? 'script-filled' : filler ? 'template-page' : copied ? 'sample-people' : lacking ? 'partial' : 'ok', { label: `${section.heading}: ${section.text}`, matchedBy: 'heading', term: m.term }, true));
      }
    }
    // A chart shown as a picture under its heading (chart-picture-under-heading); the page's own pictures named once.
    let pictureNames: string[] | null = null;
    for (const heading of page.headings) {
      for (const m of ctx.match(heading)) {
        const concept = conceptById.get(m.conceptId);
        if (!concept || concept.chartLinks.length === 0) continue;
        pictureNames ??= (page.pictures ?? []).filter((p) => !index.boilerplateImages.has(p.src)).map((p) => `${p.name} ${fileNameLabel(urlOf(p.src))}`);
        if (CHECK.chartPictureUnderHeading.run(pictureNames, [...concept.urlHints, ...concept.chartLinks], (t) => ctx.match(t).some((x) => x.conceptId === m.conceptId))) fromPage(page, heading.slice(0, 200), 'heading', m, 'ok');
      }
    }
    // A heading with no text after it makes no section: on an ITA page an item heading alone is the item listed, nothing more.
    const withSection = new Set((page.sections ?? []).map((s) => s.heading));
    let linkedHeadings: Set<string> | null = null;
    for (const heading of page.headings) {
      if (withSection.has(heading)) continue;
      if (CHECK.itaHeadingWithoutDocument.run(itaText, heading, null)) {
        for (const m of ctx.match(heading)) fromPage(page, heading.slice(0, 200), 'heading', m, 'placeholder');
        continue;
      }
      // A heading over a card that says its list is empty ("ไม่พบข้อมูล"): the item listed, not published.
      if (CHECK.headingOverEmptyNotice.run(blockAfter(page, heading))) {
        for (const m of ctx.match(heading)) fromPage(page, heading.slice(0, 200), 'heading', m, 'empty-page');
        continue;
      }
      for (const m of ctx.match(heading)) {
        const listsEntries = conceptById.get(m.conceptId)?.listsEntries === true;
        if (!listsEntries) continue;
        // The headings the page's links stand under, gathered once a list heading asks (most headings name no list).
        linkedHeadings ??= new Set(page.links.map((l) => l.heading));
        const state = CHECK.headingOverEmptyList.run(listsEntries, false, linkedHeadings.has(heading), page.scriptFilled || page.scriptBuilt !== 'none');
        if (state) fromPage(page, heading.slice(0, 200), 'heading', m, state);
      }
    }
    const pageTexts: [string, MatchedBy][] = [
      [page.title, 'page-title'],
      [page.breadcrumb, 'page-title'],
      [page.headings[0] ?? '', 'heading'],
    ];
    for (const [text, how] of pageTexts) {
      if (!text) continue;
      if (how === 'heading' && CHECK.layoutHeading.run(text, index.repeatedProse)) continue;
      for (const m of ctx.match(text)) {
        if (how === 'heading' && CHECK.sectionDecides.run(conceptById.get(m.conceptId)?.sectionIsEvidence === true, (page.sections ?? []).some((sec) => sec.heading === text))) continue;
        // A title names a list of people as one of its parts ('อบต.… | คณะผู้บริหาร'), not in a sentence ('ยินดีต้อนรับคณะผู้บริหาร…').
        if (conceptById.get(m.conceptId)?.personCards === true && !titleParts(text).some((part) => ctx.match(part).some((x) => x.conceptId === m.conceptId && namesAsTitle(part, x)))) continue;
        const weakOnly = m.weak === true && CHECK.weakLabelUnconfirmed.run(true, 'ok', pageShowsConcept(page, index, showsByFullTerm(m.conceptId)));
        // A page titled by a list of topics is the item only when it shows it (list-entry-tail).
        if (weakOnly && m.listTail === true) continue;
        const overNotice = how === 'heading' && CHECK.headingOverEmptyNotice.run(blockAfter(page, text));
        fromPage(page, text, how, m, scriptOnly ? 'script-filled' : overNotice ? 'empty-page' : weakOnly ? 'unconfirmed' : 'ok');
      }
    }
    // A social account written as text, not linked (social-account-in-text): the social item listed, not published.
    // A short text block, or a section's text (a contact section's 'หรือ facebook : หน่วยที่พักอาศัย มก.ฉกส.').
    const accountLine =
      hostConcepts.length > 0
        ? (page.prose.find((b) => b.length <= SOCIAL_BLOCK && CHECK.socialAccountInText.run(b)) ?? page.sections?.find((x) => CHECK.socialAccountInText.run(x.text))?.text)
        : undefined;
    if (accountLine) for (const c of hostConcepts) fromPage(page, accountLine, 'contact', { conceptId: c.id, term: accountLine.slice(0, 40), how: 'synonym', start: 0, end: 0 }, 'placeholder');
    for (const row of page.unlinkedRows) {
      if (!CHECK.indexRowOnItaPage.run(itaText, row)) continue;
      const printed = periodDates(row).map((d) => ({ ...d, source: 'row' as const }));
      for (const m of ctx.match(row)) fromPage(page, row, 'ita-index-row', m, 'placeholder', printed);
    }
  }
  addFooterContacts(ctx, add);
  addPersonCards(ctx, add);
  const anyTopic = new Set(ctx.concepts.filter((c) => c.anyTopic).map((c) => c.id));
  const readings = new WeakMap<PageSnapshot, PageReading>();
  const reading = (page: PageSnapshot): PageReading => {
    let r = readings.get(page);
    if (!r) readings.set(page, (r = readPage(page, index, ctx.match, anyTopic)));
    return r;
  };
  confirmLinkedPages(byConcept, index, reading, anyTopic, sameContentCounter(ctx.pages));
  const settled = settleContainers(byConcept, index, (page, conceptId) => {
    const concept = conceptById.get(conceptId);
    return concept ? targetParts(page, index, concept, ctx.match) : [];
  });
  return settlePages(settled, conceptById, index, ctx.match);
}

function hasQuery(url: string): boolean {
  try {
    return new URL(url).search !== '';
  } catch {
    return false;
  }
}


/**
 * How many crawled pages of the same path (any query) show the same content as a page: 2 or more when the
 * server answers "/about?tab=authority" and "/about?tab=history" alike. Read once, on first use.
 */
function sameContentCounter(pages: Iterable<PageSnapshot>): (page: PageSnapshot) => number {
  let counts: Map<string, number> | null = null;
  const keyOf = (p: PageSnapshot) => `${pathOf(p.finalUrl)}\n${contentPrint(p)}`;
  return (page) => {
    if (!hasQuery(page.finalUrl)) return 0;
    if (counts === null) {
      counts = new Map();
      const seen = new Set<string>();
      for (const p of pages) {
        if (seen.has(p.finalUrl)) continue;
        seen.add(p.finalUrl);
        const k = keyOf(p);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    return counts.get(keyOf(page)) ?? 0;
  };
}

/** Whether a page's title, breadcrumb, headings, unlinked rows, forms or content links satisfy `matches`. */
function pageShowsConcept(page: PageSnapshot, index: SiteIndex, matches: (text: string) => boolean): boolean {
  const texts = [page.title, page.breadcrumb, ...page.headings, ...page.unlinkedRows, ...page.forms.map((f) => f.label)];
  for (const l of contentLinks(page, index)) texts.push(l.label, l.context);
  return texts.some((t) => t !== '' && matches(t));
}

function firstPage(pages: Iterable<PageSnapshot>, test: (page: PageSnapshot) => boolean): PageSnapshot | undefined {
  for (const p of pages) if (test(p)) return p;
  return undefined;
}

/**
 * Contact details in every page's footer are evidence for the contact item, on the first page (in crawl
 * order: the home page) that carries them — an on-site page, preferred over an off-site map link.
 */
function addFooterContacts(ctx: CollectContext, add: (c: Candidate) => void): void {
  const concepts = ctx.concepts.filter((c) => c.footerContacts);
  if (concepts.length === 0) return;
  const { index } = ctx;
  // Too few pages to see what repeats: each page's own contacts stand for its footer (few-pages-footer).
  const fewPages = CHECK.fewPagesFooter.run(index.distinctPages);
  const repeated = (s: string) => fewPages || index.boilerplateSignals.has(s);
  const full = firstPage(ctx.pages, (p) => CHECK.footerContacts.run(p.contacts, repeated));
  // Only the footer's address, no phone or e-mail anywhere in it: the item is there in part.
  const page = full ?? firstPage(ctx.pages, (p) => CHECK.footerAddressOnly.run(p.contacts, repeated));
  if (!page) return addPhoneOnly(ctx, concepts, add);
  const shown = page.contacts.filter((c) => c.kind === 'address' || c.kind === 'phone' || c.kind === 'email').map((c) => c.value);
  const contactTexts = contactBlockTexts(page);
  const otherBody = CHECK.contactOfOtherOrganisation.run(ownNameTexts(index.titles, firstPage(ctx.pages, () => true), contactTexts), contactTexts);
  const placeholder = CHECK.placeholderPhone.run(contactTexts);
  const term = otherBody
    ? CHECK.contactOfOtherOrganisation.id
    : placeholder
      ? CHECK.placeholderPhone.id
      : full
        ? CHECK.footerContacts.id
        : CHECK.footerAddressOnly.id;
  for (const concept of concepts) {
    add(pageTextCandidate(page, index, concept.id, full && !otherBody && !placeholder ? 'ok' : 'partial', { label: shown.join(' · '), matchedBy: 'contact', term }));
  }
}

/**
 * A phone on the start page and no address or e-mail anywhere (check phone-only), or an e-mail and no address or phone
 * anywhere (email-only): the contact item in part. One walk over the pages, stopped once neither can hold.
 */
function addPhoneOnly(ctx: CollectContext, concepts: readonly Concept[], add: (c: Candidate) => void): void {
  const start = firstPage(ctx.pages, () => true);
  if (!start) return;
  let address = false;
  let email = false;
  let phone = false;
  for (const p of ctx.pages) {
    for (const c of p.contacts) {
      if (c.kind === 'address') address = true;
      else if (c.kind === 'email') email = true;
      else if (c.kind === 'phone') phone = true;
    }
    if (address || (email && phone)) break;
  }
  const only = CHECK.phoneOnly.run(start.prose, start.contacts, address || email)
    ? { kind: 'phone', check: CHECK.phoneOnly.id }
    : CHECK.emailOnly.run(start.contacts, address || phone)
      ? { kind: 'email', check: CHECK.emailOnly.id }
      : null;
  if (!only) return;
  const shown = start.contacts.filter((c) => c.kind === only.kind).map((c) => c.value);
  for (const concept of concepts) add(pageTextCandidate(start, ctx.index, concept.id, 'partial', { label: shown.join(' · '), matchedBy: 'contact', term: only.check }));
}

/**
 * A name with the body's top position under it (check person-card) is the executives item in part, on the first page
 * (in crawl order) that prints one: a partial target, so the item is incomplete unless better evidence is found.
 */
function addPersonCards(ctx: CollectContext, add: (c: Candidate) => void): void {
  const concepts = ctx.concepts.filter((c) => c.personCards);
  if (concepts.length === 0) return;
  const { index } = ctx;
  const page = firstPage(ctx.pages, (p) => CHECK.personCard.run(p.prose));
  if (!page) return;
  const card = CHECK.splitNameCard.run(page.prose.slice(personCardAt(page.prose)));
  const label = `${card[0]?.text ?? ''} ${card[1]?.text ?? ''}`.trim();
  for (const concept of concepts) {
    add(pageTextCandidate(page, index, concept.id, 'partial', { label, matchedBy: 'heading', term: CHECK.personCard.id }));
  }
}

/**
 * A menu link (or any link to a hub page) to an HTML page on the site counts for its concept only when the page shows
 * the concept (rules menu-or-hub-link, linked-page-unconfirmed): a menu entry "อำนาจหน้าที่" over a page that holds a budget regulation, or a
 * mega-menu sending every ITA topic to one "documents" page, passes nothing on its label. A page read in
 * full whose parts all name other topics makes the link `other-topic` (the item is missing, with the link
 * and page named); a page with parts that could not be named makes it `unconfirmed` (review). Either way
 * it adds no dates. The menu's current entry on that page (a link to itself) follows the same state.
 */
function confirmLinkedPages(
  byConcept: Map<string, Map<string, Candidate>>,
  index: SiteIndex,
  reading: (page: PageSnapshot) => PageReading,
  anyTopic: ReadonlySet<string>,
  sameContentPages: (page: PageSnapshot) => number,
): void {
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
  for (const [conceptId, m] of byConcept) {
    const stateOfPage = new Map<string, TargetState>();
    for (const [k, c] of m) {
      if (!linkedFrom(c)) continue;
      const key = index.keyOf(c.evidence.url);
      // A content link to a detail page (a news list's story) or an ITA row names what it opens; a menu entry's label or a hub does not.
      const byOwnLabel = c.evidence.matchedBy === 'exact-title' || c.evidence.matchedBy === 'synonym' || c.evidence.matchedBy === 'fuzzy';
      if (!CHECK.menuOrHubLink.run(c.boilerplate && byOwnLabel, conceptsByTarget.get(key)?.size ?? 0, isFrontPage(c.evidence.url))) continue;
      const page = index.pageByKey.get(key);
      // A page with content of its own (a form, its own contact details) is a service page: evidence by itself.
      if (!page || hasOwnContent(page, index)) continue;
      const r = reading(page);
      // A tab chosen by a query the server ignores ("?tab=authority", the same page as "?tab=history"): only what the page is about confirms.
      const tabOnly = CHECK.queryVariantSamePage.run(hasQuery(c.evidence.url), sameContentPages(page));
      const state = CHECK.linkedPageUnconfirmed.run({
        showsConcept: tabOnly ? r.about.has(conceptId) : r.shows.has(conceptId),
        // A list of any topic (news) may hold stories that name other topics: never shown to be about something else.
        showsOtherConcept: !anyTopic.has(conceptId) && [...r.about].some((id) => id !== conceptId),
        unclassifiedParts: r.unclassified.length,
      });
      if (!state) continue;
      m.set(k, { ...c, target: state, parts: [] });
      stateOfPage.set(key, state);
    }
    for (const [k, c] of m) {
      const state = stateOfPage.get(c.foundOnKey);
      if (state && c.selfLink) m.set(k, { ...c, target: state, parts: [] });
    }
  }
}

/** A site's front page: its root or root index file, with no query ('/', '/index.php', '/index.html'). */
function isFrontPage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.search === '' && /^\/(?:(?:index|default)\.(?:php|html?|aspx?|jsp))?$/i.test(u.pathname);
  } catch {
    return false;
  }
}

/** The path of a URL ("/news"), or "" when it is no URL. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * Whether a page holds nothing of its own yet (check page-holds-nothing): its list says it is empty, or its own headings
 * head nothing, with no form, row or content link (links to its own list's filters, "/news" → "/news/office", aside).
 */
function holdsNothing(page: PageSnapshot, index: SiteIndex): boolean {
  const echoesTitle = titleEchoes(page);
  const headings = new Set(page.headings);
  const prose = page.prose ?? [];
  let emptyHeadings = 0;
  prose.forEach((block, i) => {
    if (!headings.has(block) || index.boilerplateProse.has(block)) return;
    const next = prose[i + 1];
    if (next === undefined || headings.has(next) || index.boilerplateProse.has(next)) emptyHeadings += 1;
  });
  const base = pathOf(page.finalUrl);
  // A menu's entries and a link home are the site's, not the page's content, whether or not the menu repeats on enough pages to be boilerplate.
  const links = contentLinks(page, index).filter((l) => {
    const path = l.url ? pathOf(l.url) : '';
    return !l.inMenu && !(l.url && isFrontPage(l.url)) && !(base.length > 1 && (path === base || path.startsWith(`${base}/`)));
  });
  return CHECK.emptyListPage.run({
    // Text repeated on three pages or more is a layout's (a second layout's footer), not what the page holds; the same
    // empty-list notice on every empty page of a site is still each page's notice.
    // The page's title printed again over it, or as its breadcrumb ('/ กฎหมายที่เกี่ยวข้อง'), is no content of its own.
    ownBlocks: prose.filter((b) => !index.repeatedProse.has(b) && !echoesTitle(b)),
    // Headings of its own (an FAQ's questions as accordion buttons are headings, not text blocks).
    ownHeadings: page.headings.filter((h) => !index.repeatedProse.has(h) && !echoesTitle(h)).length,
    sharedBlocks: prose.filter((b) => index.repeatedProse.has(b)),
    emptyHeadings,
    // The site's layout pictures and an error picture ('404.png') are not what the page shows of its own.
    ownImages: page.images ? page.images.filter((src) => !index.boilerplateImages.has(src) && !CHECK.errorPicture.run(src)).length : null,
    forms: messageForms(page).length,
    rows: page.unlinkedRows.filter((r) => !index.boilerplateProse.has(r)),
    contentLinks: links.length,
  });
}

/** Whether a block only repeats the page's title or first heading (its breadcrumb, a heading over nothing). */
function titleEchoes(page: PageSnapshot): (block: string) => boolean {
  const letters = (t: string) => compactKey(t).replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  const titles = [page.title, page.headings[0] ?? ''].filter((t) => t !== '').map(letters);
  return (block) => {
    const key = letters(block);
    return key.length > 0 && titles.some((t) => t.includes(key));
  };
}

/** The page's section a heading match names: its heading, or 'heading: first words' as a section's label is written. */
export function sectionNamed(page: PageSnapshot, label: string): NonNullable<PageSnapshot['sections']>[number] | undefined {
  return page.sections?.find((x) => label === x.heading || label.startsWith(`${x.heading}: `));
}

/**
 * The day an entry is dated by when its own link prints none: a date-only link to the same entry (WordPress prints the
 * post's date as a link to the post, 'March 16, 2018'), else the days of the section under its heading.
 */
function entryDays(page: PageSnapshot, link: LinkRecord, index: SiteIndex, own = dateLinkDays(page, link)): DatedMention[] {
  return own.length > 0 ? own : sectionDays(page, link.heading, index);
}

/** The days of the date-only links to the same entry as `link` (WordPress's 'December 8, 2021' linking the post). */
function dateLinkDays(page: PageSnapshot, link: LinkRecord): DatedMention[] {
  if (link.url === null) return [];
  return page.links
    .filter((l) => l !== link && l.url === link.url && CHECK.dateOnlyLabel.run(l.label, l.dates))
    .flatMap((l) => l.dates.filter((d) => d.precision === 'day').map((d) => ({ ...d, source: 'row' as const })))
    .slice(0, 20);
}

/**
 * The days printed in the section under a heading (a news carousel's captions beside its image links), not the ones
 * many pages repeat: what a link under the heading with no date of its own stands among.
 */
function sectionDays(page: PageSnapshot, heading: string, index: SiteIndex): DatedMention[] {
  const text = sectionNamed(page, heading)?.text ?? '';
  return findDates(text)
    .filter((d) => d.precision === 'day')
    .map((d) => ({ ...d, source: 'row' as const }))
    .filter((d) => !index.boilerplateDates.has(bodyDateKey(d)))
    .slice(0, 20);
}

/** A block of a page's own text this long tells something in sentences, not a list of link labels. */
const CHANNEL_PROSE = 60;

/**
 * A page counts by its title only when it shows more than a web template's filler (EVIDENCE_CHECKS.templateFillerOnly);
 * a page for a channel concept (complaint, Q&A, opinion, e-service) counts only when a person can use it:
 * a working form, its own e-mail or a content link (EVIDENCE_CHECKS.channelPage).
 */
function settlePages(byConcept: Map<string, Candidate[]>, conceptById: Map<string, Concept>, index: SiteIndex, match: (text: string) => ConceptMatch[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const [conceptId, list] of byConcept) {
    const concept = conceptById.get(conceptId);
    const channel = concept?.channel === true;
    out.set(
      conceptId,
      list.map((c) => {
        if (c.target === 'ok' && CHECK.contactWithoutName.run(concept?.personCards === true, c.evidence.kind, c.evidence.label)) return { ...c, target: 'partial', parts: [] };
        // A page named for the item that holds nothing yet: listed, whether or not it was confirmed.
        const readable = c.target === 'ok' || c.target === 'unconfirmed' || c.target === 'other-topic';
        if (!readable || c.evidence.kind !== 'page') return c;
        const page = index.pageByKey.get(index.keyOf(c.evidence.url));
        if (!page) return c;
        if (!c.section && c.evidence.matchedBy !== 'contact' && holdsNothing(page, index)) return { ...c, target: 'empty-page', parts: [] };
        if (c.target !== 'ok') return c;
        const links = contentLinks(page, index).length;
        if (channel) {
          const forms = messageForms(page);
          if (concept !== undefined && concept.oneWayTerms.includes(c.evidence.term ?? '')) {
            const twoWay = contentLinks(page, index).some((l) => match(l.label).some((m) => m.conceptId === conceptId && !m.weak && !concept.oneWayTerms.includes(m.term)));
            if (CHECK.answersWithoutAsking.run(true, CHECK.channelPage.run(forms, false, 0) === 'ok', twoWay)) return { ...c, target: 'one-way', parts: [] };
          }
          const ownEmail = page.contacts.some((x) => x.kind === 'email' && !index.boilerplateSignals.has(`email:${x.value}`));
          // A heading names the channel on a page of other things: only a link under it is the channel's (channel-heading-links).
          const heading = c.evidence.matchedBy === 'heading' ? c.evidence.label : null;
          const usable = heading === null ? links : CHECK.channelHeadingLinks.run(sectionNamed(page, heading));
          // A page with its own phone, or telling in its own words how to use the channel (call, write, come in person),
          // is the channel's page whatever its links do.
          if (
            forms.length === 0 && !ownEmail && heading === null &&
            !page.contacts.some((x) => x.kind === 'phone' && !index.boilerplateContacts.has(`phone:${x.value}`)) &&
            !page.prose.some((b) => b.length >= CHANNEL_PROSE && !index.repeatedProse.has(b))
          ) {
            const own = contentLinks(page, index);
            const dead = own.filter((l) => concept !== undefined && targetState(l, concept, index) === 'broken').length;
            if (CHECK.channelLinksDead.run(own.length, dead)) return { ...c, target: 'empty-page', parts: [] };
          }
          const state = CHECK.channelPage.run(forms, ownEmail, usable);
          if (state !== 'ok') return { ...c, target: state, parts: [] };
          if (forms.length > 0 || ownEmail) return c;
        }
        if (concept?.personCards === true && !c.section && CHECK.peopleOnlyInPictures.run(page.prose.filter((b) => !index.repeatedProse.has(b)), page.images?.filter((src) => !index.boilerplateImages.has(src)).length)) return { ...c, target: 'people-in-pictures', parts: [] };
        if (concept?.personCards === true && CHECK.onePersonManyPosts.run(page.prose)) return { ...c, target: 'sample-people', parts: [] };
        if (concept?.personCards === true && CHECK.postsWithoutNames.run(page.prose, page.links.map((l) => l.label))) return { ...c, target: 'partial', parts: [] };
        if (concept?.personCards === true && CHECK.placeholderPersonNames.run(c.section ? (sectionNamed(page, c.evidence.label)?.text ?? '') : page.prose.join(' '))) return { ...c, target: 'partial', parts: [] };
        if (concept && concept.pageMustShow.length > 0 && CHECK.pageLacksRequiredWords.run(concept.pageMustShow, pageText(page), page.prose.filter((b) => !index.repeatedProse.has(b)).join(' '))) return { ...c, target: 'partial', parts: [] };
        if (concept && concept.chartLinks.length > 0) {
          const [chartLinks, chartShown] = chartFacts(page, concept.chartLinks, index);
          if (CHECK.chartLinksDead.run(chartLinks, chartShown)) return { ...c, target: 'chart-missing', parts: [] };
          if (CHECK.structureAsRoster.run(chartShown, page.prose.filter((b) => !index.repeatedProse.has(b)))) return { ...c, target: 'partial', parts: [] };
        }
        if (concept?.personCards === true && CHECK.peopleWithoutPhoto.run(page.images?.filter((src) => !index.boilerplateImages.has(src)).length)) return { ...c, target: 'no-photo', parts: [] };
        // A section of a page (the home page's 'คณะผู้บริหาร' block) is judged by what it shows, not the whole page's contacts.
        if (concept?.personCards === true && !c.section && CHECK.peopleWithoutContact.run(page.contacts, index.boilerplateContacts)) return { ...c, target: 'no-contact', parts: [] };
        // Footer contact details are the page's own content, whatever filler stands beside them.
        if (c.evidence.matchedBy !== 'contact' && CHECK.templateFillerOnly.run(page.templateFiller === true, links)) return { ...c, target: 'template-page', parts: [] };
        return c;
      }),
    );
  }
  return out;
}

/** The prose block right after a heading's own block; none when the heading is not among the page's prose (an image heading). */
function blockAfter(page: PageSnapshot, heading: string): string | undefined {
  const at = page.prose.indexOf(heading);
  return at < 0 ? undefined : page.prose[at + 1];
}

/** Everything a page shows in words: its headings, prose blocks, sections and rows. */
function pageText(page: PageSnapshot): string {
  return [...page.headings, ...page.prose, ...(page.sections ?? []).map((x) => x.text), ...page.unlinkedRows].join(' ');
}

/** The parts of a page title or breadcrumb: 'ทำเนียบผู้บริหาร | อบต.ตัวอย่าง', 'หน้าแรก » เกี่ยวกับเรา » คณะผู้บริหาร'. */
function titleParts(text: string): string[] {
  return text.split(/\s*(?:\||::|»|›|>|\s[-–—]\s)\s*/).filter((p) => p.trim() !== '');
}

/** A line opened by an item number or code: '1.1.', '1.1', '๒.', 'O2', 'MOIT 5' (not a day's date: '23 May 2026'). */
const NUMBERED_LINE = /^\s*(?:[A-Za-z]{1,5}\s?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*\.?|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*\.|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+)\s/;

/** A prose block this short can be a contact line naming a social account (social-account-in-text). */
const SOCIAL_BLOCK = 200;

/** Characters of a heading or label read for the term that opens it (section-title-names-item). */
const TITLE_OPENING = 30;

/** A picture that could be a chart: named for one, or not named at all. */
const CHART_PICTURE = /ผัง|โครงสร้าง|แผนภูมิ|chart|structure|organi[sz]ation/i;
/** The site's own map ('แผนผังเว็บไซต์', 'Site map'): no chart of the organisation. */
const SITE_MAP = /แผนผังเว็บ|site\s?map/i;

/** What chart-links-dead reads of a page: the state of each link named by a chart word, and whether a chart picture is shown. */
function chartFacts(page: PageSnapshot, chartWords: readonly string[], index: SiteIndex): [('alive' | 'dead')[], boolean] {
  const words = chartWords.map((w) => w.toLowerCase());
  const states = page.links
    .filter((l) => l.kind !== 'contact' && !l.inMenu && !SITE_MAP.test(l.label) && words.some((w) => l.label.toLowerCase().includes(w)))
    .map((l): 'alive' | 'dead' => {
      if (l.kind === 'placeholder' || l.url === null) return 'dead';
      const key = index.keyOf(l.url);
      const status = index.failureByKey.get(key)?.status ?? index.documentByKey.get(key)?.status ?? 200;
      return status === 404 || status === 410 ? 'dead' : 'alive';
    });
  const shown = (page.pictures ?? []).some((p) => !index.boilerplateImages.has(p.src) && (p.name === '' || CHART_PICTURE.test(`${p.name} ${p.src}`)));
  return [states, shown || page.pictures === undefined];
}

/**
 * A crawled page that holds links for the same concept takes the best state of what it holds:
 * an ITA item page whose only document is on Google Drive is `external`, one with only empty links is
 * a `placeholder`. Pages with their own content (contact details, a form) stay evidence by themselves.
 */
function settleContainers(byConcept: Map<string, Map<string, Candidate>>, index: SiteIndex, pageParts: (page: PageSnapshot, conceptId: string) => DatedEvidence[]): Map<string, Candidate[]> {
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
      if (c.section) return c;
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
      // Undated documents: the page's own dates (a story's day in its text) still date it, unless they are other entries' dates.
      return { ...c, target: settled, parts: mergeParts(own, heldParts.length > 0 ? heldParts : pageParts(page, conceptId)) };
    });
    out.set(conceptId, settled);
  }
  return out;
}
