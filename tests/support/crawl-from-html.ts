import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import type { CrawlData } from '../../lib/audit/site-index.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import type { DocumentCheck } from '../../lib/snapshot/page-snapshot.ts';

/**
 * Hand-built crawl data for audit tests: pages given as HTML by path on https://x.go.th,
 * documents as HEAD results, failures as they would be reported. No network.
 */
export function crawlFromHtml(
  pages: Record<string, string>,
  extra: { documents?: DocumentCheck[]; failures?: { url: string; reason: string; status?: number }[]; stoppedBy?: CrawlData['stoppedBy']; pending?: { url: string; label: string }[] } = {},
): CrawlData {
  const origin = 'https://x.go.th';
  const site = createSiteScope(`${origin}/`);
  return {
    startUrl: `${origin}/`,
    pages: Object.entries(pages).map(([path, html]) =>
      buildSnapshot({ url: origin + path, finalUrl: origin + path, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site }),
    ),
    documents: extra.documents ?? [],
    failures: extra.failures ?? [],
    stoppedBy: extra.stoppedBy ?? 'done',
    elapsedMs: 1,
    pending: extra.pending ?? [],
  };
}
