import type { PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { CrawlOptions } from './crawl-options.ts';
import type { Frontier } from './frontier.ts';
import { createPrioritiser } from './priority.ts';
import type { SiteRef } from './site-scope.ts';
import { isStateChanging } from './state-changing.ts';
import { paginationList, type TrapGuard, yearFolder } from './traps.ts';
import { urlKey } from './url-key.ts';

/**
 * Links of a fetched page → the frontier: same-site pages and documents only, ranked by label
 * (site map / ITA first, then checklist terms), within the depth bound; state-changing URLs and
 * trap URLs are skipped with a reason. A pagination page that adds nothing new ends its list.
 */
export interface LinkEnqueuerDeps {
  options: Pick<CrawlOptions, 'checkDocuments' | 'maxDepth' | 'priorityTerms'>;
  /** Queue same-site hash routes (`#/o1`) as pages: only when the host can render them. */
  renderRoutes?: boolean;
  site: SiteRef;
  frontier: Frontier;
  traps: TrapGuard;
  skip: (url: string, reason: string) => void;
}

export function createLinkEnqueuer(d: LinkEnqueuerDeps): (snapshot: PageSnapshot, depth: number) => void {
  const { frontier, traps, skip } = d;
  const prioritise = createPrioritiser(d.options.priorityTerms);
  return function enqueueLinks(snapshot: PageSnapshot, depth: number): void {
    const parent = new URL(snapshot.finalUrl);
    const candidates: { url: URL; label: string; kind: 'page' | 'document' }[] = [];
    for (const link of snapshot.links) {
      const route = link.kind === 'script-route' && d.renderRoutes === true;
      if (link.url === null || (link.kind !== 'page' && link.kind !== 'document' && !route)) continue;
      if (link.kind === 'document' && !d.options.checkDocuments) continue;
      let url: URL;
      try {
        url = new URL(link.url);
      } catch {
        continue;
      }
      if (!d.site.current.isSameSite(url)) continue;
      if (!route) url.hash = '';
      candidates.push({ url, label: link.label, kind: link.kind === 'document' ? 'document' : 'page' });
      traps.observe(url);
    }
    let fresh = 0;
    for (const c of candidates) {
      const key = urlKey(c.url);
      const childDepth = depth + 1;
      const tier = prioritise(c.label, c.url);
      const base = { url: c.url.href, key, kind: c.kind, depth: childDepth, label: c.label, tier, year: yearFolder(c.url)?.year ?? 0, parent: snapshot.finalUrl };
      if (frontier.knows(key)) {
        frontier.add(base);
        continue;
      }
      if (isStateChanging(c.url)) {
        skip(c.url.href, 'looks state-changing (counter, vote, logout, delete …): never requested');
        frontier.finish(key);
        continue;
      }
      if (c.kind === 'page' && childDepth > d.options.maxDepth) continue;
      const verdict = traps.admit(c.url, parent);
      if (!verdict.ok) {
        skip(c.url.href, verdict.reason);
        frontier.finish(key);
        continue;
      }
      frontier.add(base);
      if (paginationList(c.url) === null) fresh += 1;
    }
    const pagination = paginationList(parent);
    if (pagination !== null && pagination.page > 1 && fresh === 0) traps.markExhausted(parent);
  };
}
