import type { Concept } from '../checklist/checklist-schema.ts';
import type { DatedEvidence } from '../checklist/freshness-rules.ts';
import type { DatedMention, LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { Evidence, MatchedBy } from '../report/report-schema.ts';
import type { ConceptMatch } from './concept-matcher.ts';
import { contentLinks, type SiteIndex } from './site-index.ts';

/** Whether the evidence target can count: it works, it is a real link, it is readable. */
export type TargetState = 'ok' | 'placeholder' | 'broken' | 'blocked' | 'external' | 'script-filled';

export interface Candidate {
  conceptId: string;
  evidence: Evidence;
  /** Dated pieces for the freshness rule: the link itself and what its target page lists. */
  parts: DatedEvidence[];
  target: TargetState;
}

const TARGET_RANK: Record<TargetState, number> = { ok: 0, 'script-filled': 1, blocked: 2, external: 3, broken: 4, placeholder: 5 };
const MATCH_RANK: Record<MatchedBy, number> = {
  'exact-title': 0, synonym: 1, 'ita-index-row': 2, fuzzy: 3, heading: 4, 'page-title': 5, 'url-hint': 6, contact: 7,
};

function hostMatches(url: string, hosts: string[]): boolean {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return hosts.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
}

function targetState(link: LinkRecord, concept: Concept, index: SiteIndex): TargetState {
  if (link.kind === 'placeholder' || link.url === null) return 'placeholder';
  if (link.kind === 'contact') return 'ok';
  const key = index.keyOf(link.url);
  const failure = index.failureByKey.get(key);
  if (failure) {
    if (failure.status === 404 || failure.status === 410) return 'broken';
    return 'blocked';
  }
  const doc = index.documentByKey.get(key);
  if (doc && doc.status >= 400) return doc.status === 404 || doc.status === 410 ? 'broken' : 'blocked';
  if (link.kind === 'external' || (link.kind === 'document' && !doc && !index.pageByKey.has(key) && isExternal(link, index))) {
    return hostMatches(link.url, concept.externalHosts) ? 'ok' : 'external';
  }
  const page = index.pageByKey.get(key);
  if (page?.scriptFilled && contentLinks(page, index).length === 0) return 'script-filled';
  return 'ok';
}

function isExternal(link: LinkRecord, index: SiteIndex): boolean {
  // A document link is external when no crawled page shares its host.
  if (!link.url) return false;
  try {
    const host = new URL(link.url).hostname.replace(/^www\./, '');
    for (const p of index.pageByKey.values()) {
      if (new URL(p.finalUrl).hostname.replace(/^www\./, '') === host) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Dated pieces a linked page contributes: its content links, else its own title, headings and body. */
function targetParts(page: PageSnapshot, index: SiteIndex, conceptMatches: (text: string) => boolean): DatedEvidence[] {
  const links = contentLinks(page, index);
  const underTopic = links.filter((l) => l.heading !== '' && conceptMatches(l.heading));
  const chosen = underTopic.length > 0 ? underTopic : links;
  const parts: DatedEvidence[] = chosen.filter((l) => l.dates.length > 0).map((l) => ({ url: l.url ?? page.finalUrl, dates: l.dates }));
  const own = page.dates.filter((d) => d.source === 'title' || d.source === 'heading');
  if (own.length > 0) parts.push({ url: page.finalUrl, dates: own });
  if (parts.length === 0) {
    const body = page.dates.filter((d) => d.source === 'body' || d.source === 'last-modified');
    if (body.length > 0) parts.push({ url: page.finalUrl, dates: body });
  }
  return parts;
}

function lastModifiedOf(url: string, index: SiteIndex): DatedMention[] {
  const doc = index.documentByKey.get(index.keyOf(url));
  if (!doc?.lastModified) return [];
  const d = new Date(doc.lastModified);
  if (Number.isNaN(d.getTime())) return [];
  return [{ start: 0, end: 0, raw: doc.lastModified, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'day', era: 'CE', source: 'last-modified' }];
}

export interface CollectContext {
  pages: PageSnapshot[];
  concepts: Concept[];
  index: SiteIndex;
  match: (text: string) => ConceptMatch[];
}

function matchedByOf(m: ConceptMatch, concept: Concept): MatchedBy {
  if (m.how === 'fuzzy') return 'fuzzy';
  return m.term === concept.terms[0] ? 'exact-title' : 'synonym';
}

/**
 * All evidence on the crawled site, per concept. A link counts by its own label; a link whose label
 * names no concept (a month, "ดาวน์โหลด", a raw URL) counts by its table row or list item (ITA index
 * rows) or by the heading of its panel. A page counts by its title, first heading or breadcrumb.
 */
export function collectEvidence(ctx: CollectContext): Map<string, Candidate[]> {
  const byConcept = new Map<string, Map<string, Candidate>>();
  const conceptById = new Map(ctx.concepts.map((c) => [c.id, c] as const));
  const matchesConcept = (conceptId: string) => (text: string) => ctx.match(text).some((m) => m.conceptId === conceptId);

  const add = (c: Candidate) => {
    let m = byConcept.get(c.conceptId);
    if (!m) byConcept.set(c.conceptId, (m = new Map()));
    const key = ctx.index.keyOf(c.evidence.url);
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
    const matchedBy = context ?? matchedByOf(m, concept);
    const target = targetState(link, concept, ctx.index);
    const url = link.url ?? page.finalUrl;
    const parts: DatedEvidence[] = link.dates.length > 0 ? [{ url, dates: link.dates }] : [];
    const targetPage = link.url ? ctx.index.pageByKey.get(ctx.index.keyOf(link.url)) : undefined;
    if (targetPage && target === 'ok') parts.push(...targetParts(targetPage, ctx.index, matchesConcept(m.conceptId)));
    if (link.url && link.dates.length === 0) {
      const lm = lastModifiedOf(link.url, ctx.index);
      if (lm.length > 0) parts.push({ url: link.url, dates: lm });
    }
    add({
      conceptId: m.conceptId,
      target,
      parts,
      evidence: {
        url: link.url ?? page.finalUrl,
        label: link.label || link.context,
        labelSource: link.labelSource,
        foundOn: page.finalUrl,
        matchedBy,
        term: m.term,
        kind: link.kind,
        dates: link.dates,
      },
    });
  };

  for (const page of ctx.pages) {
    for (const link of page.links) {
      const own = link.label ? ctx.match(link.label) : [];
      if (own.length > 0) {
        for (const m of own) fromLink(page, link, m, null);
        continue;
      }
      if (link.kind === 'contact') continue;
      const row = link.context && link.context !== link.label ? ctx.match(link.context) : [];
      if (row.length > 0) {
        for (const m of row) fromLink(page, link, m, 'ita-index-row');
        continue;
      }
      if (link.heading && link.url && !ctx.index.boilerplate.has(ctx.index.keyOf(link.url))) {
        for (const m of ctx.match(link.heading)) fromLink(page, link, m, 'heading');
      }
    }
    const pageTexts: [string, MatchedBy][] = [
      [page.title, 'page-title'],
      [page.breadcrumb, 'page-title'],
      [page.headings[0] ?? '', 'heading'],
    ];
    for (const [text, how] of pageTexts) {
      if (!text) continue;
      for (const m of ctx.match(text)) {
        const concept = conceptById.get(m.conceptId);
        if (!concept) continue;
        add({
          conceptId: m.conceptId,
          target: page.scriptFilled && contentLinks(page, ctx.index).length === 0 ? 'script-filled' : 'ok',
          parts: targetParts(page, ctx.index, matchesConcept(m.conceptId)),
          evidence: {
            url: page.finalUrl,
            label: text,
            labelSource: 'text',
            foundOn: page.finalUrl,
            matchedBy: how,
            term: m.term,
            kind: 'page',
            dates: page.dates.filter((d) => d.source === 'title' || d.source === 'heading'),
          },
        });
      }
    }
  }
  const out = new Map<string, Candidate[]>();
  for (const [id, m] of byConcept) out.set(id, [...m.values()]);
  return out;
}

function mergeParts(a: DatedEvidence[], b: DatedEvidence[]): DatedEvidence[] {
  const seen = new Set(a.map((p) => `${p.url}|${p.dates.map((d) => d.raw).join(',')}`));
  const out = [...a];
  for (const p of b) {
    const k = `${p.url}|${p.dates.map((d) => d.raw).join(',')}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}
