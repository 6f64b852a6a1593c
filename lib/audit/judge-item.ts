import type { ChecklistItem } from '../checklist/checklist-schema.ts';
import { judgeFreshness } from '../checklist/freshness-rules.ts';
import { fiscalYearOf, type CalendarDate } from '../thai/fiscal-year.ts';
import type { Attention, ItemVerdict, Status } from '../report/report-schema.ts';
import { EVIDENCE_CHECKS } from './checks/evidence-checks.ts';
import { decideWithoutEvidence, EVIDENCE_VERDICT_CHECKS, ITEM_ROW_DOCUMENT, type NoEvidenceFacts } from './checks/verdict-checks.ts';
import { MATCH_RANK, type Candidate } from './collect-evidence.ts';
import type { TargetState } from './checks/target-checks.ts';
import { hostOf } from './target-state.ts';
import { lastMonthOf, type YearMonth } from './newest-site-date.ts';

export interface JudgeContext {
  asOf: CalendarDate;
  /** The crawl stopped at its budget. */
  budgetStopped: boolean;
  /** Labels of links still queued when the crawl stopped (normalised). */
  pendingMatches: boolean;
  /** Share of same-site pages that answered 403/429 (rate limiting or blocking). */
  blockedShare: number;
  /** Crawled pages built entirely by a script that were not rendered (their content is unseen). */
  unrenderedScriptPages?: number;
  /** Working related channels with a form (see Concept.reviewWith), by label. */
  relatedChannels?: readonly string[];
  /** Related channels named over a link that does not work (a general complaint line answering 404), by label. */
  unusableRelated?: readonly string[];
  /** The organisation's other hosts the site links to that may hold the item (Concept.siblingHostHints). */
  organisationHosts?: readonly string[];
  /** The site's ITA/OIT section on another host (SiteIndex.itaElsewhere). */
  itaElsewhere?: { host: string; url: string; label: string } | null;
  /** The item lists people in posts (a concept marked peopleInPosts: executives). */
  peopleInPosts?: boolean;
  /** The item is a report of one period's results (all its concepts marked periodReport). */
  periodReport?: boolean;
  /**
   * For an item whose headlines are its entries (news: Concept.headlineIsEntry), the newest month any dated entry (a
   * link's row or label date) of the site names; null for other items or when none.
   */
  newestEntryMonth?: { year: number; month: number } | null;
  /** The newest month any page of the site names (newestSiteMonth), or null when none. */
  newestSiteMonth?: { year: number; month: number } | null;
  /** The item's concepts of contact details (marked footerContacts), when it also takes other concepts (social accounts). */
  contactConcepts?: readonly string[];
  /** Some crawled page prints a postal address (its contact details). */
  siteShowsAddress?: boolean;
  /** Some page prints a phone number (site-index showsPhone). */
  siteShowsPhone?: boolean;
  /** Some page prints an e-mail address of the organisation's own, not a template's sample (site-index showsEmail). */
  siteShowsEmail?: boolean;
  /** Some page prints a fax number (asked only by an item whose evidence names 'โทรสาร': ITA 2565 O5). */
  siteShowsFax?: boolean;
  /** The item's enquiry-channel concepts (marked channel: Q&A), when it also takes contact details (ita-2569 O3). */
  askConcepts?: readonly string[];
  /** The item's concepts that are the year's summary (periodReport) beside a monthly series of other concepts (ita-2569 O12). */
  yearSummaryConcepts?: readonly string[];
  /** The item's channel concepts (something to use: E-Service), when it also takes supporting concepts (usage statistics). */
  channelConcepts?: readonly string[];
  /** A contact page shows a channel to ask on: a form of its own, or a social account or chat among its contact details (enquiry-channel-absent). */
  contactChannelShown?: boolean;
  /** Whether some crawled page mentions the concept (its terms in a title, heading, section or prose), for part-absent; absent: assumed mentioned. */
  mentionedOnSite?: (conceptId: string) => boolean;
  /** A concept's name in Thai and English, for reasons. */
  conceptNames?: (conceptId: string) => { th: string; en: string };
  /** For an item that names a location map (needsMap): the first map signal its contact pages or the home page show, and the first thing a contact page holds that could not be read. */
  locationMap?: { shown: string | null; unreadable: string | null; standsWhole?: true };
}

const MAX_EVIDENCE = 20;
/** Targets that show nothing a person could use: a Q&A page so listed is not a channel of the site's own. */
const DEAD_ON_SITE = new Set<TargetState>(['broken', 'placeholder', 'empty-page', 'other-topic', 'code-only', 'national-document', 'not-a-channel', 'one-way', 'not-an-account', 'partial']);
/** Evidence named by its own label (not by its row, heading or page). */
export const OWN_LABEL: ReadonlySet<string> = new Set<string>(['exact-title', 'synonym', 'fuzzy']);

interface Outcome {
  status: Status;
  reason: string;
  reasonEn: string;
  months?: { present: string[]; missing: string[] };
  attention: Attention[];
  /** Id of the check that decided the status (see lib/audit/checks). */
  check: string;
}

const [IN_FORCE_FOUND, FRESHNESS_RULE, SCRIPT_FILLED_PARTIAL, DEAD_MONTHLY_LINK_MONTHS, PART_LISTED_EMPTY, DEAD_LINK_LISTING_DATES, PEOPLE_LIST_STALE, LATER_PERIOD_ONLY, CONTACT_NEEDS_DETAILS, YEAR_SUMMARY_REQUIRED, CHANNEL_DEAD_SUPPORTING_ONLY, ENQUIRY_ONLY_ON_FACEBOOK, DUE_PERIOD_LISTED_EMPTY, CONTACT_NEEDS_MAP, CONTACT_NEEDS_PHONE_AND_EMAIL, ENQUIRY_CHANNEL_ABSENT, PART_ABSENT, VIEW_YEAR_NEVER_PASSES] = EVIDENCE_VERDICT_CHECKS;

/** A sortable day of the newest date a piece of evidence names (0 when it names none). */
function newestDay(c: Candidate): number {
  let best = 0;
  for (const d of c.evidence.dates) {
    const end = d.until ?? d;
    best = Math.max(best, end.year * 10_000 + (end.month ?? 12) * 100 + (end.day ?? 28));
  }
  return best;
}

const offSite = (c: Candidate): number => (c.evidence.kind === 'external' ? 1 : 0);

/** The evidence to paste first: on the site before off-site, documents and pages named by their own label, newest first. */
function byUsefulness(a: Candidate, b: Candidate): number {
  return offSite(a) - offSite(b) || MATCH_RANK[a.evidence.matchedBy] - MATCH_RANK[b.evidence.matchedBy] || newestDay(b) - newestDay(a);
}

/** Rules judged on the periods printed in link labels when the links are dead (not the monthly series: one label is one month). */
const LABEL_DATED_RULES = new Set(['current-fiscal-year', 'previous-fiscal-year', 'first-half', 'multi-year']);

/** The item's freshness rule on the dates printed in the text that named its links that do not count (label, row title or card heading), or null when none names a date. */
function labelFreshness(item: ChecklistItem, candidates: readonly Candidate[], asOf: CalendarDate, periodsOnly = false): NoEvidenceFacts['labelFreshness'] {
  if (!LABEL_DATED_RULES.has(item.freshness.kind)) return null;
  const parts = candidates
    .filter((c) => c.target === 'broken' || c.target === 'placeholder')
    .map((c) => ({ url: c.evidence.url, dates: c.namingDates ?? c.evidence.dates.filter((d) => DEAD_LINK_LISTING_DATES.run(d.source)) }))
    // `periodsOnly`: the periods a listing names ("ปีงบประมาณ พ.ศ. 2569"), not the day an entry was posted.
    .map((p) => (periodsOnly ? { ...p, dates: p.dates.filter((d) => d.precision !== 'day') } : p))
    .filter((p) => p.dates.length > 0);
  return parts.length > 0 ? judgeFreshness(item.freshness, parts, asOf, { subject: item.title, subjectEn: item.titleEn }) : null;
}

/**
 * The item's freshness rule judged on the newest month the site's dated entries name, as one piece dated that month
 * (rule dead-headlines-stale-site); null when no entry is dated or the item's rule is not one of a period.
 */
function siteFreshness(item: ChecklistItem, newest: YearMonth | null, asOf: CalendarDate): NoEvidenceFacts['staleSite'] {
  if (!newest || !(LABEL_DATED_RULES.has(item.freshness.kind) || item.freshness.kind === 'recent')) return null;
  const raw = `${newest.month}/${newest.year}`;
  const piece = { url: '', dates: [{ year: newest.year, month: newest.month, precision: 'month' as const, era: 'CE' as const, start: 0, end: raw.length, raw, source: 'body' }] };
  return judgeFreshness(item.freshness, [piece], asOf, { subject: item.title, subjectEn: item.titleEn });
}

/**
 * The item's freshness rule on the periods printed in the own labels of its off-site links (rule external-dated-by-label),
 * or null when any of them names no period: an undated off-site link may hold the current document.
 */
function externalLabelFreshness(item: ChecklistItem, candidates: readonly Candidate[], asOf: CalendarDate): NoEvidenceFacts['externalLabelFreshness'] {
  if (!LABEL_DATED_RULES.has(item.freshness.kind)) return null;
  const external = candidates.filter((c) => c.target === 'external');
  const parts = external.map((c) => ({ url: c.evidence.url, dates: OWN_LABEL.has(c.evidence.matchedBy) ? c.evidence.dates.filter((d) => d.source === 'link-label' && d.precision !== 'day') : [] }));
  if (parts.length === 0 || parts.some((p) => p.dates.length === 0)) return null;
  return judgeFreshness(item.freshness, parts, asOf, { subject: item.title, subjectEn: item.titleEn });
}

/** What was found for an item's contact-details concepts: each candidate's target, 'details' for contacts read from a page. */
function contactStates(candidates: readonly Candidate[], contactConcepts: readonly string[]): Set<TargetState | 'details' | 'map'> {
  return new Set(
    candidates
      .filter((c) => contactConcepts.includes(c.conceptId))
      .map((c) => (c.evidence.matchedBy === 'contact' ? 'details' : c.target === 'ok' && c.evidence.kind === 'external' ? 'map' : c.target)),
  );
}

/**
 * The newest month the valid evidence names (lastMonthOf), when every piece names one; null when some piece is
 * undated — an undated page of people may be current.
 */
function newestMonthOfEvidence(valid: readonly Candidate[]): YearMonth | null {
  if (valid.length === 0) return null;
  let best: YearMonth | null = null;
  for (const c of valid) {
    const dates = c.parts.flatMap((p) => p.dates);
    if (dates.length === 0) return null;
    for (const d of dates) {
      const last = lastMonthOf(d);
      if (!best || last.year * 12 + last.month > best.year * 12 + best.month) best = last;
    }
  }
  return best;
}

/** One checklist item → its verdict, from the evidence collected for its concepts. */
export function judgeItem(item: ChecklistItem, allCandidates: Candidate[], ctx: JudgeContext): ItemVerdict {
  const candidates = allCandidates.filter((c) => !EVIDENCE_CHECKS.oneMonthNotAnnual.run(item.freshness.kind, c.evidence.matchedBy, c.evidence.dates));
  const valid = candidates.filter((c) => c.target === 'ok');
  const states = new Set(candidates.map((c) => c.target));
  let outcome: Outcome;
  if (valid.length === 0 || valid.length < item.minEvidence) {
    const otherTopic = candidates.find((c) => c.target === 'other-topic' && !c.selfLink);
    const decided = decideWithoutEvidence({
      ...(otherTopic ? { otherTopicLink: { label: otherTopic.evidence.label, url: otherTopic.evidence.url } } : {}),
      externalNamedByLabel: candidates.some((c) => c.target === 'external' && OWN_LABEL.has(c.evidence.matchedBy)),
      title: item.title,
      titleEn: item.titleEn,
      states,
      valid: valid.length,
      minEvidence: item.minEvidence,
      blockedShare: ctx.blockedShare,
      unrenderedScriptPages: ctx.unrenderedScriptPages ?? 0,
      labelFreshness: labelFreshness(item, candidates, ctx.asOf),
      externalLabelFreshness: externalLabelFreshness(item, candidates, ctx.asOf),
      relatedChannels: ctx.relatedChannels ?? [],
      unusableRelated: ctx.unusableRelated ?? [],
      staleSite: siteFreshness(item, ctx.newestEntryMonth ?? null, ctx.asOf),
      organisationHosts: ctx.organisationHosts ?? [],
      itaElsewhere: ctx.itaElsewhere ?? null,
    });
    outcome = { status: decided.status, reason: decided.reason, reasonEn: decided.reasonEn, attention: [], check: decided.check };
    if (DEAD_MONTHLY_LINK_MONTHS.run(item.freshness.kind, decided.status, decided.check)) {
      const none = judgeFreshness(item.freshness, [], ctx.asOf, { subject: item.title, subjectEn: item.titleEn });
      if (none.months) outcome = { ...outcome, months: none.months };
    }
  } else if (IN_FORCE_FOUND.run(item.freshness.kind)) {
    // The site's newest date, or, when every piece of evidence is dated, the newest of theirs (a roll of executives filed
    // in an ITA year tab of 2563): either long past says the people may have changed.
    const siteNewest = ctx.newestSiteMonth ?? null;
    const evidenceNewest = ctx.peopleInPosts ? newestMonthOfEvidence(valid) : null;
    const newest = siteNewest && PEOPLE_LIST_STALE.run(siteNewest, ctx.asOf) ? siteNewest : evidenceNewest && PEOPLE_LIST_STALE.run(evidenceNewest, ctx.asOf) ? evidenceNewest : null;
    const where = newest === siteNewest ? ['บนเว็บไซต์', 'anywhere on the site'] : ['ของเอกสารที่พบ', 'on the evidence found'];
    outcome =
      ctx.peopleInPosts && newest
        ? {
            status: 'review',
            reason: `พบ "${item.title}" แต่วันที่ล่าสุด${where[0]}คือ ${newest.month}/${newest.year + 543} ยืนยันไม่ได้ว่ารายชื่อยังเป็นปัจจุบัน ตรวจเองและปรับปรุงรายชื่อ`,
            reasonEn: `Found "${item.titleEn}", but the newest date ${where[1]} is ${newest.year}-${String(newest.month).padStart(2, '0')}; the list of people cannot be confirmed current, check it by hand.`,
            attention: [],
            check: PEOPLE_LIST_STALE.id,
          }
        : { status: 'pass', reason: `พบ "${item.title}"`, reasonEn: `Found "${item.titleEn}".`, attention: [], check: IN_FORCE_FOUND.id };
  } else {
    const subject = { subject: item.title, subjectEn: item.titleEn };
    let f = judgeFreshness(item.freshness, valid.flatMap((c) => c.parts), ctx.asOf, subject);
    let freshnessCheck: string = FRESHNESS_RULE.id;
    if (f.status === 'pass' && valid.some((c) => c.parts.some((p) => p.dates.some((d) => d.source === 'view-year')))) {
      const ownDates = valid.flatMap((c) => c.parts.map((p) => ({ ...p, dates: p.dates.filter((d) => d.source !== 'view-year') })).filter((p) => p.dates.length > 0));
      const without = judgeFreshness(item.freshness, ownDates, ctx.asOf, subject);
      if (VIEW_YEAR_NEVER_PASSES.run(f.status, without.status)) {
        f = without;
        freshnessCheck = VIEW_YEAR_NEVER_PASSES.id;
      }
    }
    outcome = { status: f.status, reason: f.reason, reasonEn: f.reasonEn, months: f.months, attention: f.attention, check: freshnessCheck };
    if (f.status === 'pass' && ctx.periodReport && item.freshness.kind === 'previous-fiscal-year' && LATER_PERIOD_ONLY.run(valid.flatMap((c) => c.parts), fiscalYearOf(ctx.asOf) - 1)) {
      const shown = f.newest ? `${f.newest.year + 543}` : '';
      outcome = {
        ...outcome,
        status: 'review',
        reason: `พบ${item.title}ของปี ${shown} ซึ่งใหม่กว่าปีที่ข้อนี้ต้องการ (ปีงบประมาณ ${fiscalYearOf(ctx.asOf) - 1}) ตรวจเองว่ามีรายงานของปีที่ต้องการหรือไม่`,
        reasonEn: `Only a "${item.titleEn}" of a later period (${shown} BE) was found; the item asks for fiscal year ${fiscalYearOf(ctx.asOf) - 1}. Check by hand that last year's is published.`,
        attention: [],
        check: LATER_PERIOD_ONLY.id,
      };
    }
    const summaryConcepts = ctx.yearSummaryConcepts ?? [];
    if (
      f.status === 'pass' && item.freshness.kind === 'monthly' && item.freshness.fiscalYear === 'previous' && summaryConcepts.length > 0 &&
      YEAR_SUMMARY_REQUIRED.run(valid.filter((c) => summaryConcepts.includes(c.conceptId)).map((c) => c.parts), fiscalYearOf(ctx.asOf) - 1)
    ) {
      const fy = fiscalYearOf(ctx.asOf) - 1;
      outcome = {
        ...outcome,
        status: 'incomplete',
        reason: `พบ${item.title}ครบทุกเดือน แต่ไม่พบสรุปผลภาพรวมของปีงบประมาณ ${fy} เผยแพร่สรุปผลทั้งปี`,
        reasonEn: `Every month of "${item.titleEn}" is there, but the summary of the whole fiscal year ${fy} was not found; publish the year summary.`,
        check: YEAR_SUMMARY_REQUIRED.id,
      };
    }
    const listed = f.status === 'outdated' ? labelFreshness(item, candidates, ctx.asOf, true) : null;
    if (DUE_PERIOD_LISTED_EMPTY.run(f.status, listed?.status ?? null)) {
      outcome = {
        ...outcome,
        status: 'incomplete',
        reason: `${item.title}ของช่วงเวลาที่ต้องเผยแพร่มีรายการแล้วแต่ยังไม่มีเอกสาร (ลิงก์ว่าง เสีย หรือไม่มีลิงก์) อัปโหลดเอกสาร; ${f.reason}`,
        reasonEn: `"${item.titleEn}" for the period due is listed but has no working document (an empty, broken or missing link); upload it. ${f.reasonEn}`,
        check: DUE_PERIOD_LISTED_EMPTY.id,
      };
    }
    if (SCRIPT_FILLED_PARTIAL.run(f.status, states)) {
      outcome = {
        ...outcome,
        status: 'review',
        reason: `${f.reason} (บางรายการโหลดด้วย JavaScript ตรวจเอง)`,
        reasonEn: `${f.reasonEn} (some lists are filled in by JavaScript; check by hand)`,
        check: SCRIPT_FILLED_PARTIAL.id,
      };
    }
  }
  // The item's required parts (allConcepts: each concept; parts: groups of alternatives), each read as the union of its concepts.
  const partGroups = item.parts ?? (item.allConcepts ? item.concepts.map((id) => [id]) : null);
  const emptyPart =
    partGroups && outcome.status === 'pass'
      ? PART_LISTED_EMPTY.run(partGroups.map((ids) => ({ conceptId: ids[0]!, states: new Set(candidates.filter((c) => ids.includes(c.conceptId)).map((c) => c.target)) })))
      : null;
  const chartPart = emptyPart === null ? undefined : candidates.find((c) => c.conceptId === emptyPart && c.target === 'chart-missing');
  if (chartPart) {
    // The part's page names its chart but shows none, its links dead (chart-links-dead): what a script may draw is unseen.
    const page = chartPart.evidence.label;
    outcome = {
      ...outcome,
      status: 'review',
      reason: `"${item.title}" มีบางส่วน แต่หน้า "${page}" ลิงก์แผนผังเสียหรือว่าง และไม่แสดงแผนผัง (อาจวาดด้วยสคริปต์) ตรวจเองและแก้ลิงก์แผนผัง`,
      reasonEn: `Part of "${item.titleEn}" is there, but the page "${page}" links its chart only through broken or empty links and shows no chart (a script may draw it); check by hand and fix the chart links.`,
      check: PART_LISTED_EMPTY.id,
    };
  } else if (emptyPart !== null) {
    const group = partGroups?.find((ids) => ids[0] === emptyPart) ?? [emptyPart];
    const listed = candidates.find((c) => group.includes(c.conceptId) && c.target !== 'ok')?.evidence.label ?? emptyPart;
    outcome = {
      ...outcome,
      status: 'incomplete',
      reason: `"${item.title}" มีบางส่วนแต่ "${listed}" ยังไม่มีเอกสาร (ลิงก์ว่างหรือเสีย) อัปโหลดเอกสารส่วนนี้`,
      reasonEn: `Part of "${item.titleEn}" is there, but "${listed}" is listed without a working document; upload it.`,
      check: PART_LISTED_EMPTY.id,
    };
  }
  const absentPart = partGroups && outcome.status === 'pass' && ctx.mentionedOnSite && !valid.some((c) => ITEM_ROW_DOCUMENT.run(c.evidence.kind, c.evidence.matchedBy))
    ? PART_ABSENT.run(partGroups.map((ids) => ({ conceptId: ids[0]!, found: candidates.some((c) => ids.includes(c.conceptId)), mentioned: ids.some((id) => ctx.mentionedOnSite?.(id) ?? true) })))
    : null;
  if (absentPart !== null) {
    const name = ctx.conceptNames?.(absentPart) ?? { th: absentPart, en: absentPart };
    outcome = {
      ...outcome,
      status: 'incomplete',
      reason: `พบ "${item.title}" เพียงบางส่วน ไม่พบ "${name.th}" ในเว็บไซต์ เผยแพร่ส่วนนี้ด้วย`,
      reasonEn: `Only part of "${item.titleEn}" was found: "${name.en}" is nowhere on the site; publish that part too.`,
      check: PART_ABSENT.id,
    };
  }
  if (outcome.status === 'pass' && CONTACT_NEEDS_DETAILS.run(ctx.contactConcepts ?? [], contactStates(candidates, ctx.contactConcepts ?? []), ctx.siteShowsAddress ?? true)) {
    outcome = {
      ...outcome,
      status: 'incomplete',
      reason: `พบเพียงช่องทางสื่อสังคมออนไลน์ ยังไม่พบที่อยู่ หมายเลขโทรศัพท์ หรืออีเมลของ "${item.title}" เผยแพร่ข้อมูลการติดต่อ`,
      reasonEn: `Only a social-network account was found; the address, phone number or e-mail of "${item.titleEn}" is not there. Publish the contact details.`,
      check: CONTACT_NEEDS_DETAILS.id,
    };
  }
  const missingMap = outcome.status === 'pass' && ctx.locationMap ? CONTACT_NEEDS_MAP.run(item.needsMap === true, ctx.locationMap) : null;
  if (missingMap === 'incomplete') {
    outcome = {
      ...outcome,
      status: 'incomplete',
      reason: `พบข้อมูลการติดต่อของ "${item.title}" แต่ไม่พบแผนที่ตั้งหน่วยงาน เพิ่มแผนที่ (เช่น Google Maps) ในหน้าติดต่อ`,
      reasonEn: `The contact details of "${item.titleEn}" were found, but no location map; add one (e.g. an embedded Google Map) to the contact page.`,
      check: CONTACT_NEEDS_MAP.id,
    };
  } else if (missingMap === 'review') {
    const unread = ctx.locationMap?.unreadable ?? '';
    outcome = {
      ...outcome,
      status: 'review',
      reason: `พบข้อมูลการติดต่อของ "${item.title}" แต่ไม่พบแผนที่ตั้งที่อ่านได้ หน้าติดต่อมีเนื้อหาที่อ่านไม่ได้ (${unread}) ตรวจเองว่าเป็นแผนที่หรือไม่`,
      reasonEn: `The contact details of "${item.titleEn}" were found, but no readable location map; the contact page holds something that could not be read (${unread}); check by hand whether it is a map.`,
      check: CONTACT_NEEDS_MAP.id,
    };
  }
  const lacking = outcome.status === 'pass' && ctx.locationMap
    ? CONTACT_NEEDS_PHONE_AND_EMAIL.run(item.needsMap === true, { phone: ctx.siteShowsPhone ?? true, email: ctx.siteShowsEmail ?? true, fax: !item.evidence.includes('โทรสาร') || (ctx.siteShowsFax ?? true) }, ctx.locationMap.standsWhole === true)
    : null;
  if (lacking) {
    const th = lacking.map((part) => ({ phone: 'หมายเลขโทรศัพท์', email: 'อีเมล', fax: 'หมายเลขโทรสาร' })[part]).join('และ');
    const en = lacking.map((part) => ({ phone: 'phone number', email: 'e-mail address', fax: 'fax number' })[part]).join(' or ');
    outcome = {
      ...outcome,
      status: 'incomplete',
      reason: `พบข้อมูลการติดต่อของ "${item.title}" แต่ไม่พบ${th}ของหน่วยงานในหน้าใดเลย เผยแพร่ให้ครบ (ที่อยู่ โทรศัพท์ อีเมล แผนที่ตั้ง)`,
      reasonEn: `Contact details of "${item.titleEn}" were found, but no page gives the organisation's ${en}; publish every part (address, phone, e-mail, map).`,
      check: CONTACT_NEEDS_PHONE_AND_EMAIL.id,
    };
  }
  const channelConcepts = ctx.channelConcepts ?? [];
  if (outcome.status === 'pass' && channelConcepts.length > 0 && CHANNEL_DEAD_SUPPORTING_ONLY.run(new Set(candidates.filter((c) => channelConcepts.includes(c.conceptId)).map((c) => c.target)))) {
    outcome = {
      ...outcome,
      status: 'incomplete',
      reason: `พบเอกสารประกอบของ "${item.title}" (เช่น สถิติ คู่มือ) แต่ลิงก์ไปยังระบบเสียหรือว่าง แก้ลิงก์ให้เข้าใช้ระบบได้`,
      reasonEn: `Supporting documents for "${item.titleEn}" (statistics, a manual) are there, but the link to the system itself is broken or empty; fix it so the service can be used.`,
      check: CHANNEL_DEAD_SUPPORTING_ONLY.id,
    };
  }
  const askConcepts = ctx.askConcepts ?? [];
  if (outcome.status === 'pass' && askConcepts.length > 0) {
    const askOnSite = (ctx.relatedChannels ?? []).length > 0 || candidates.some((c) => askConcepts.includes(c.conceptId) && c.evidence.kind !== 'external' && !DEAD_ON_SITE.has(c.target));
    const offSiteHosts = candidates
      .filter((c) => c.evidence.kind === 'external' && !(ctx.contactConcepts ?? []).includes(c.conceptId))
      .flatMap((c) => hostOf(c.evidence.url) ?? []);
    const channelSeen = askOnSite || offSiteHosts.length > 0 || ctx.contactChannelShown === true || candidates.some((c) => !(ctx.contactConcepts ?? []).includes(c.conceptId) && !DEAD_ON_SITE.has(c.target));
    if (ENQUIRY_CHANNEL_ABSENT.run(askConcepts, channelSeen)) {
      outcome = {
        ...outcome,
        status: 'incomplete',
        reason: `พบข้อมูลการติดต่อ แต่ไม่พบช่องทางถาม-ตอบที่ใช้งานได้ (กระดานถาม-ตอบ แบบฟอร์ม สื่อสังคมออนไลน์) เพิ่มช่องทางให้ประชาชนสอบถาม`,
        reasonEn: `Contact details were found, but no working question-and-answer channel (a Q&A board, a form, a social account); add a channel to ask on.`,
        check: ENQUIRY_CHANNEL_ABSENT.id,
      };
    } else if (ENQUIRY_ONLY_ON_FACEBOOK.run(askConcepts, askOnSite, offSiteHosts)) {
      outcome = {
        ...outcome,
        status: 'review',
        reason: `พบข้อมูลการติดต่อ แต่ช่องทางถาม-ตอบมีเพียงเพจ Facebook บนเว็บไซต์ภายนอก ตรวจเองว่าใช้ถาม-ตอบได้จริง หรือจัดให้มีช่องทางถาม-ตอบบนเว็บไซต์`,
        reasonEn: `Contact details were found, but the only question-and-answer channel is a Facebook page on another host; check by hand that it answers questions, or provide a Q&A channel on the site.`,
        check: ENQUIRY_ONLY_ON_FACEBOOK.id,
      };
    }
  }
  if (item.watch && valid.length > 0) {
    const w = judgeFreshness(item.watch, valid.flatMap((c) => c.parts), ctx.asOf, { subject: item.title, subjectEn: item.titleEn });
    if (w.status !== 'pass') {
      const extra = w.attention.length > 0 ? w.attention : [{ kind: w.status === 'review' ? ('check' as const) : ('stale' as const), message: w.reason, messageEn: w.reasonEn }];
      outcome = { ...outcome, attention: [...outcome.attention, ...extra] };
    }
  }
  const ordered = [...[...valid].sort(byUsefulness), ...candidates.filter((c) => c.target !== 'ok')];
  return {
    id: item.id,
    title: item.title,
    titleEn: item.titleEn,
    subIndicator: item.subIndicator,
    owner: item.owner,
    confidence: item.confidence,
    status: outcome.status,
    reason: outcome.reason,
    reasonEn: outcome.reasonEn,
    evidence: ordered.slice(0, MAX_EVIDENCE).map((c) => c.evidence),
    ...(outcome.months ? { months: outcome.months } : {}),
    attention: outcome.attention,
    decidedBy: outcome.check,
    couldChange: ctx.budgetStopped && outcome.status !== 'pass' && (outcome.status === 'missing' || ctx.pendingMatches),
  };
}
