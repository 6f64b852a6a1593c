import type { Concept } from '../checklist/checklist-schema.ts';
import type { LinkRecord } from '../snapshot/page-snapshot.ts';
import type { SiteIndex } from './site-index.ts';

/** Whether the evidence target can count: it works, it is a real link, it is readable. */
export type TargetState = 'ok' | 'placeholder' | 'broken' | 'blocked' | 'external' | 'script-filled';

export const TARGET_RANK: Record<TargetState, number> = { ok: 0, 'script-filled': 1, blocked: 2, external: 3, broken: 4, placeholder: 5 };

export function bestState(states: TargetState[]): TargetState {
  return states.reduce<TargetState>((best, s) => (TARGET_RANK[s] < TARGET_RANK[best] ? s : best), 'placeholder');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function hostMatches(url: string, hosts: string[]): boolean {
  const host = hostOf(url);
  return host !== null && hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The state of a link's target, from the crawl's failures, document checks and snapshots. */
export function targetState(link: LinkRecord, concept: Concept, index: SiteIndex): TargetState {
  if (link.kind === 'placeholder' || link.url === null) return 'placeholder';
  if (link.kind === 'contact') return 'ok';
  const key = index.keyOf(link.url);
  const failure = index.failureByKey.get(key);
  if (failure) return failure.status === 404 || failure.status === 410 ? 'broken' : 'blocked';
  const doc = index.documentByKey.get(key);
  if (doc && doc.status >= 400) return doc.status === 404 || doc.status === 410 ? 'broken' : 'blocked';
  const host = hostOf(link.url);
  const onSite = host !== null && index.siteHosts.has(host);
  if (link.kind === 'external' || !onSite) return hostMatches(link.url, concept.externalHosts) ? 'ok' : 'external';
  const page = index.pageByKey.get(key);
  // A list filled in by script: unknown until what it holds for the concept is seen (settled later).
  if (page?.scriptFilled) return 'script-filled';
  return 'ok';
}
