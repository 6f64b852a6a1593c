import { builtInConcepts } from '../checklist/built-in-checklists.ts';
import { hostsHinting } from './organisation-hosts.ts';
import type { Checklist, Concept, ProperName } from '../checklist/checklist-schema.ts';
import { fiscalYearOf, toIsoDate, type CalendarDate } from '../thai/fiscal-year.ts';
import type { Report, Status } from '../report/report-schema.ts';
import type { TargetState } from './checks/target-checks.ts';
import { TOOL_VERSION } from '../version.ts';
import { EVIDENCE_CHECKS } from './checks/evidence-checks.ts';
import { SCRIPT_PAGES_COULD_HOLD } from './checks/verdict-checks.ts';
import { candidateKey, collectEvidence, sectionNamed, type Candidate } from './collect-evidence.ts';
import { createConceptMatcher } from './concept-matcher.ts';
import { judgeItem, OWN_LABEL } from './judge-item.ts';
import { LOCATION_MAP_CONCEPT, locationMapFacts } from './location-map.ts';
import { newestMonthOf } from './newest-site-date.ts';
import type { PageList } from '../crawl/snapshot-store.ts';
import { buildSiteIndex, hasOwnForm, hasOwnWorkingForm, type CrawlData, type SiteIndex } from './site-index.ts';

export interface AuditInput {
  crawl: CrawlData<PageList>;
  checklist: Checklist;
  concepts: Concept[];
  /** Names of laws, offices and programmes inside which terms do not match; default: the shipped list in concepts.json. */
  properNames?: readonly ProperName[];
  asOf: CalendarDate;
  /** When the report was made (ISO timestamp); the host passes its clock. */
  generatedAt: string;
}

/**
 * Labels of working channels with a form of their own, found for the related concepts (`reviewWith`) of an item's concepts.
 * An off-site form (form-service-link) takes reports, but shows no answer: it counts for a reporting channel (a general
 * complaint form for the corruption channel), not for a channel to ask on (`askChannels`: Q&A).
 */
function relatedChannels(conceptIds: readonly string[], concepts: readonly Concept[], byConcept: Map<string, Candidate[]>, index: SiteIndex, askChannels: ReadonlySet<string>): string[] {
  return concepts.filter((c) => conceptIds.includes(c.id)).flatMap((concept) =>
    concept.reviewWith.flatMap((id) => byConcept.get(id) ?? []).filter((c) => {
      if (c.target === 'external') return !askChannels.has(concept.id) && EVIDENCE_CHECKS.relatedChannelOffSite.run(c.evidence.url, OWN_LABEL.has(c.evidence.matchedBy));
      const page = c.target === 'ok' ? index.pageByKey.get(index.keyOf(c.evidence.url)) : undefined;
      return page !== undefined && hasOwnWorkingForm(page, index);
    }).map((c) => c.evidence.label),
  );
}

/**
 * Channels nothing working names, stood for by a related concept's page with a free-text form (Concept.messageFormOf,
 * evidence check message-form-channel): the contact page's message form is the opinion channel. One piece per page.
 */
function messageFormChannels(concepts: readonly Concept[], byConcept: ReadonlyMap<string, Candidate[]>, index: SiteIndex): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const concept of concepts) {
    if (concept.messageFormOf.length === 0 || (byConcept.get(concept.id) ?? []).some((c) => c.target === 'ok')) continue;
    const seen = new Set<string>();
    const extra: Candidate[] = [];
    for (const c of concept.messageFormOf.flatMap((id) => byConcept.get(id) ?? [])) {
      // A page whose list a script fills still shows the form its HTML holds (a Livewire contact page, real118).
      if ((c.target !== 'ok' && c.target !== 'script-filled') || c.evidence.kind !== 'page') continue;
      const key = index.keyOf(c.evidence.url);
      const page = index.pageByKey.get(key);
      if (seen.has(key) || page === undefined || !EVIDENCE_CHECKS.messageFormChannel.run(page.forms)) continue;
      seen.add(key);
      extra.push({ ...c, conceptId: concept.id, target: 'ok', parts: [], evidence: { ...c.evidence, label: `${c.evidence.label} · แบบฟอร์มส่งข้อความ (message form)`, term: 'message-form' } });
    }
    if (extra.length > 0) out.set(concept.id, extra);
  }
  return out;
}

/** Target states of a related channel that is named but cannot be used: its link is 404 or empty, its page holds nothing or a form that sends nothing. */
const UNUSABLE_CHANNEL = new Set<TargetState>(['broken', 'placeholder', 'empty-page', 'inert-form', 'no-channel']);

/**
 * Labels of related channels (`reviewWith`) named on the site over a link that does not work: a general complaint line
 * answering 404 for the corruption channel. Not for a channel to ask on (`askChannels`: Q&A), whose related channels
 * (contact, opinion) are other things, not the same channel in general.
 */
function unusableRelatedChannels(conceptIds: readonly string[], concepts: readonly Concept[], byConcept: Map<string, Candidate[]>, askChannels: ReadonlySet<string>): string[] {
  return concepts
    .filter((c) => conceptIds.includes(c.id) && !askChannels.has(c.id))
    .flatMap((concept) => concept.reviewWith.flatMap((id) => byConcept.get(id) ?? []).filter((c) => UNUSABLE_CHANNEL.has(c.target) && OWN_LABEL.has(c.evidence.matchedBy)).map((c) => c.evidence.label));
}

/** Social accounts and chats among a page's contact details: a channel to ask on. */
const ASK_CONTACT_KINDS = new Set(['facebook', 'line']);

/**
 * The phone, e-mail and fax the contact item can count: the site's (any page) unless every working piece of its evidence
 * is a section of a page, then that section's and the footer's only (contact-section-parts).
 */
function contactPartsShown(contactCandidates: readonly Candidate[], index: SiteIndex): { phone: boolean; email: boolean; fax: boolean } {
  const site = { phone: index.showsPhone, email: index.showsEmail, fax: index.showsFax };
  const texts: string[] = [];
  for (const c of contactCandidates) {
    if (c.target !== 'ok') continue;
    // A section's evidence is labelled 'heading: text'; a page that is about contact (its title) is read whole.
    const page = c.section === true ? index.pageByKey.get(c.foundOnKey) : undefined;
    const section = page ? sectionNamed(page, c.evidence.label) : undefined;
    if (!section || c.evidence.label === section.heading) return site;
    texts.push(`${section.heading} ${section.text}`);
  }
  if (texts.length === 0) return site;
  const shown = EVIDENCE_CHECKS.contactSectionParts.run(texts, index.boilerplateContacts);
  return { phone: site.phone && shown.phone, email: site.email && shown.email, fax: site.fax && shown.fax };
}

/** Whether a page given as contact evidence shows a channel to ask on: a form of its own, or a social account or chat in its contact details. */
function contactChannelShown(contactCandidates: readonly Candidate[], index: SiteIndex): boolean {
  return contactCandidates.some((c) => {
    if (c.target !== 'ok') return false;
    const page = index.pageByKey.get(index.keyOf(c.evidence.url)) ?? index.pageByKey.get(index.keyOf(c.evidence.foundOn));
    return page !== undefined && (hasOwnForm(page, index) || page.contacts.some((k) => ASK_CONTACT_KINDS.has(k.kind)));
  });
}

/**
 * Judge stored crawl data against a checklist on an as-of date. Pure: the same snapshots can be
 * re-judged with another checklist or date without crawling again.
 */
export function auditSite(input: AuditInput): Report {
  const { crawl, checklist, concepts, asOf } = input;
  const properNames = input.properNames ?? builtInConcepts.properNames;
  // Parts other items ask for (the location map) are never evidence by themselves: kept out of the evidence matcher.
  const evidenceConcepts = concepts.filter((c) => !c.partOnly);
  const match = createConceptMatcher(evidenceConcepts, properNames);
  const matchMap = createConceptMatcher(concepts.filter((c) => c.id === LOCATION_MAP_CONCEPT), properNames);
  const namesMap = (text: string): boolean => text !== '' && matchMap(text).length > 0;
  const index = buildSiteIndex(crawl);
  const home = index.pageByKey.get(index.keyOf(crawl.homeUrl ?? crawl.startUrl)) ?? crawl.pages.at(0);
  const conceptsByCode = new Map(checklist.items.map((item) => [item.id, item.concepts] as const));
  const byConcept = collectEvidence({ pages: crawl.pages, concepts: evidenceConcepts, index, match, codeConcepts: (code) => conceptsByCode.get(code) ?? [],
    checklistConcepts: new Set(checklist.items.flatMap((item) => item.concepts)),
  });
  for (const [id, extra] of messageFormChannels(evidenceConcepts, byConcept, index)) byConcept.set(id, [...(byConcept.get(id) ?? []), ...extra]);
  const blocked = crawl.failures.filter((f) => f.status === 403 || f.status === 429).length;
  const blockedShare = blocked / Math.max(1, crawl.pages.length + crawl.failures.length);
  const budgetStopped = crawl.stoppedBy === 'max-pages' || crawl.stoppedBy === 'max-time' || crawl.stoppedBy === 'cancelled';
  const { unrenderedScriptPages } = index;
  // Which items the unrendered script pages could hold (script-pages-could-hold): the items their links are named for.
  const shellKeys = new Set<string>();
  for (const p of crawl.pages) if (p.scriptBuilt === 'shell' && p.rendered !== 'yes') shellKeys.add(index.keyOf(p.finalUrl));
  const shellSite = { shellPages: unrenderedScriptPages, pages: crawl.pages.length, frontPageIsShell: home !== undefined && shellKeys.has(index.keyOf(home.finalUrl)) };
  const conceptsLinkingToShells = new Set<string>();
  if (shellKeys.size > 0)
    for (const p of crawl.pages) for (const l of p.links) if (l.url && shellKeys.has(index.keyOf(l.url))) for (const m of match(l.label)) conceptsLinkingToShells.add(m.conceptId);
  const newest = newestMonthOf(index.dateSpans, asOf);
  const newestEntry = newestMonthOf(index.entryDateSpans, asOf);
  const peopleConcepts = new Set(concepts.filter((c) => c.peopleInPosts).map((c) => c.id));
  const reportConcepts = new Set(concepts.filter((c) => c.periodReport).map((c) => c.id));
  const contactDetailConcepts = new Set(concepts.filter((c) => c.footerContacts).map((c) => c.id));
  const askChannelConcepts = new Set(concepts.filter((c) => c.channel && c.reviewWith.some((r) => contactDetailConcepts.has(r))).map((c) => c.id));
  const channelConceptIds = new Set(concepts.filter((c) => c.channel).map((c) => c.id));
  const headlineConcepts = new Set(concepts.filter((c) => c.headlineIsEntry).map((c) => c.id));
  const siblingHints = new Map(concepts.map((c) => [c.id, c.siblingHostHints] as const));
  const pendingConcepts = new Set(crawl.pending.flatMap((p) => match(p.label).map((m) => m.conceptId)));

  // part-absent: whether any crawled page so much as mentions a concept — in its title, headings, link labels, sections
  // or prose (asked only for a part with no evidence at all).
  const mentioned = new Map<string, boolean>();
  const mentionedOnSite = (conceptId: string): boolean => {
    let known = mentioned.get(conceptId);
    if (known === undefined) {
      // The concept's terms alone, so that a term of another concept holding them ('โครงสร้างและอำนาจหน้าที่') names it too.
      const own = createConceptMatcher(evidenceConcepts.filter((c) => c.id === conceptId), properNames);
      const names = (text: string): boolean => text !== '' && own(text).length > 0;
      known = false;
      for (const p of crawl.pages) {
        if (names(p.title) || p.headings.some(names) || p.links.some((l) => names(l.label)) || p.prose.some(names) || (p.sections ?? []).some((s) => names(s.heading) || names(s.text))) {
          known = true;
          break;
        }
      }
      mentioned.set(conceptId, known);
    }
    return known;
  };
  const conceptNames = (conceptId: string): { th: string; en: string } => {
    const [th = conceptId, en = th] = (concepts.find((c) => c.id === conceptId)?.name ?? conceptId).split(' · ');
    return { th, en };
  };

  const items = checklist.items.map((item) => {
    const seen = new Set<string>();
    const candidates: Candidate[] = [];
    for (const conceptId of item.concepts) {
      for (const c of byConcept.get(conceptId) ?? []) {
        const key = candidateKey(c, index);
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push(c);
      }
    }
    const asks = item.concepts.some((c) => contactDetailConcepts.has(c)) && item.concepts.some((c) => askChannelConcepts.has(c));
    const contactParts = item.needsMap ? contactPartsShown(candidates.filter((c) => contactDetailConcepts.has(c.conceptId)), index) : { phone: index.showsPhone, email: index.showsEmail, fax: index.showsFax };
    return judgeItem(item, candidates, {
      asOf,
      budgetStopped,
      blockedShare,
      unrenderedScriptPages: SCRIPT_PAGES_COULD_HOLD.run(shellSite, item.concepts.some((c) => conceptsLinkingToShells.has(c))) ? unrenderedScriptPages : 0,
      pendingMatches: item.concepts.some((c) => pendingConcepts.has(c)),
      relatedChannels: relatedChannels(item.concepts, concepts, byConcept, index, askChannelConcepts),
      unusableRelated: unusableRelatedChannels(item.concepts, concepts, byConcept, askChannelConcepts),
      organisationHosts: hostsHinting(index.organisationLinks, item.concepts.flatMap((c) => siblingHints.get(c) ?? [])),
      itaElsewhere: index.itaElsewhere,
      peopleInPosts: item.concepts.some((c) => peopleConcepts.has(c)),
      newestSiteMonth: newest,
      // Only an item whose headlines are its entries (news) is dated by the site's entries (dead-headlines-stale-site).
      newestEntryMonth: item.concepts.every((c) => headlineConcepts.has(c)) ? newestEntry : null,
      periodReport: item.concepts.every((c) => reportConcepts.has(c)),
      contactConcepts: item.concepts.length > 1 ? item.concepts.filter((c) => contactDetailConcepts.has(c)) : [],
      siteShowsAddress: index.showsAddress,
      siteShowsPhone: contactParts.phone,
      siteShowsEmail: contactParts.email,
      siteShowsFax: contactParts.fax,
      askConcepts: item.concepts.some((c) => contactDetailConcepts.has(c)) ? item.concepts.filter((c) => askChannelConcepts.has(c)) : [],
      channelConcepts: item.concepts.some((c) => !channelConceptIds.has(c)) ? item.concepts.filter((c) => channelConceptIds.has(c)) : [],
      ...(item.needsMap ? { locationMap: locationMapFacts(candidates.filter((c) => contactDetailConcepts.has(c.conceptId)), home, index, namesMap) } : {}),
      yearSummaryConcepts: item.concepts.some((c) => !reportConcepts.has(c)) ? item.concepts.filter((c) => reportConcepts.has(c)) : [],
      ...(item.allConcepts || item.parts ? { mentionedOnSite, conceptNames } : {}),
      ...(asks ? { contactChannelShown: contactChannelShown(candidates.filter((c) => contactDetailConcepts.has(c.conceptId)), index) } : {}),
    });
  });

  const summary: Record<Status, number> = { pass: 0, missing: 0, outdated: 0, incomplete: 0, review: 0 };
  for (const i of items) summary[i.status]++;
  const site = new URL(crawl.homeUrl ?? crawl.startUrl).origin;
  return {
    schemaVersion: 1,
    tool: { name: 'oit-audit', version: TOOL_VERSION },
    site,
    startUrl: crawl.startUrl,
    checklist: { id: checklist.id, title: checklist.title, ...(checklist.year ? { year: checklist.year } : {}) },
    asOf: toIsoDate(asOf),
    fiscalYear: fiscalYearOf(asOf),
    generatedAt: input.generatedAt,
    crawl: {
      pagesFetched: crawl.pages.length,
      documentsChecked: crawl.documents.length,
      stoppedBy: crawl.stoppedBy,
      elapsedMs: crawl.elapsedMs,
      failures: crawl.failures,
    },
    summary,
    items,
  };
}
