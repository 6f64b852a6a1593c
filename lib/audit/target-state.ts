import type { Concept } from '../checklist/checklist-schema.ts';
import type { LinkRecord } from '../snapshot/page-snapshot.ts';
import { decideTarget, isNetworkHome, type TargetFacts, type TargetState } from './checks/target-checks.ts';
import type { SiteIndex } from './site-index.ts';
import { builtInConcepts } from '../checklist/built-in-checklists.ts';

export { bestState, TARGET_RANK, type TargetState } from './checks/target-checks.ts';

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function hostMatches(host: string | null, hosts: readonly string[]): boolean {
  return host !== null && hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Hosts of the social networks (the hosts of every concept whose hosts are the evidence: facebook.com, line.me, messenger.com …). */
export const NETWORK_HOSTS: readonly string[] = [...new Set(builtInConcepts.concepts.filter((c) => c.hostsAreEvidence === true).flatMap((c) => c.externalHosts))];

/** An ASP.NET Web Forms postback link. */
const POSTBACK = /^\s*javascript:\s*(?:__doPostBack|WebForm_DoPostBackWithOptions)\s*\(/i;

/** What the crawl knows about a link's target, read from the crawl's failures, document checks and snapshots. */
export function targetFacts(link: LinkRecord, concept: Concept, index: SiteIndex): TargetFacts {
  const key = link.url ? index.keyOf(link.url) : '';
  const host = link.url ? hostOf(link.url) : null;
  const failure = link.url ? index.failureByKey.get(key) : undefined;
  const doc = link.url ? index.documentByKey.get(key) : undefined;
  const accepted = hostMatches(host, concept.externalHosts);
  const base = link.kind === 'script-route' && link.url ? index.failureByKey.get(index.keyOf(link.url.replace(/#.*$/, ''))) : undefined;
  return {
    kind: link.kind,
    hasUrl: link.url !== null,
    ...(failure ? { failureStatus: failure.status ?? 0 } : {}),
    ...(doc ? { documentStatus: doc.status } : {}),
    ...(base ? { baseFailureStatus: base.status ?? 0 } : {}),
    onSite: host !== null && index.siteHosts.has(host),
    acceptedHost: accepted,
    ...(accepted && link.url && isFrontPage(link.url) ? { acceptedHostFront: true } : {}),
    scriptFilled: link.url ? index.pageByKey.get(key)?.scriptFilled === true : false,
    channel: concept.channel,
    // On a social network's host, whatever the concept (a 'Messenger' icon to messenger.com/ for Q&A), or for a concept whose
    // hosts are the evidence; an agency's own host root (wbs.nacc.go.th) is a service, not a network's front page.
    networkHome: (concept.hostsAreEvidence === true || hostMatches(host, NETWORK_HOSTS)) && link.url !== null && isNetworkHome(link.url),
    ...(POSTBACK.test(link.href) ? { postback: true } : {}),
    ...(link.url && index.frontPageEchoes.has(key) ? { frontPageAgain: true } : {}),
  };
}

/** The state of a link's target (see TARGET_CHECKS). */
export function targetState(link: LinkRecord, concept: Concept, index: SiteIndex): TargetState {
  return decideTarget(targetFacts(link, concept, index));
}

/** A URL with no path beyond '/' (or an index file), no query and no route after '#': a host's front page. */
function isFrontPage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.search === '' && u.hash.length <= 1 && /^\/(?:index\.(?:php|html?|aspx?|jsp))?$/i.test(u.pathname);
  } catch {
    return false;
  }
}
