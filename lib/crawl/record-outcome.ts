import type { PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { DocumentOutcome } from './check-document.ts';
import { type CrawlRecord, recordSkip } from './crawl-record.ts';
import type { PageOutcome } from './fetch-page.ts';
import type { FrontierEntry } from './frontier.ts';

/**
 * How a fetched page or checked document lands in the record and the frontier: results kept,
 * failures noted, a page's links queued; a request blocked by robots.txt or cut off by the
 * run stopping does not count against the budget (a cut-off one goes back in the queue).
 */
export type Settled = 'ok' | 'aborted' | 'failed';

export interface OutcomeRecorder {
  page(entry: FrontierEntry, outcome: PageOutcome): Settled;
  document(entry: FrontierEntry, outcome: DocumentOutcome): Settled;
  /** A bug (in snapshot building, say) is recorded against the URL instead of stopping the crawl. */
  internalError(entry: FrontierEntry, error: unknown): void;
}

export function createOutcomeRecorder(record: CrawlRecord, enqueueLinks: (snapshot: PageSnapshot, depth: number) => void): OutcomeRecorder {
  const { frontier, counters } = record;
  const settle = (entry: FrontierEntry, outcome: DocumentOutcome, counter: keyof CrawlRecord['counters']): Settled => {
    switch (outcome.kind) {
      case 'document':
        record.documents.push(outcome.document);
        frontier.finish(entry.key);
        return 'ok';
      case 'failure':
        record.failures.push({ url: entry.url, reason: outcome.reason, ...(outcome.status !== undefined ? { status: outcome.status } : {}) });
        frontier.finish(entry.key);
        return 'failed';
      case 'blocked':
        counters[counter] -= 1;
        record.failures.push({ url: entry.url, reason: 'blocked by robots.txt' });
        frontier.finish(entry.key);
        return 'failed';
      case 'aborted':
        counters[counter] -= 1;
        frontier.putBack(entry);
        return 'aborted';
    }
  };
  return {
    page(entry, outcome) {
      switch (outcome.kind) {
        case 'page':
          record.pages.push(outcome.snapshot);
          frontier.finish(entry.key, outcome.finalKey !== entry.key ? [outcome.finalKey] : []);
          enqueueLinks(outcome.snapshot, entry.depth);
          return 'ok';
        case 'offsite':
          recordSkip(record, entry.url, `redirects to another site (${outcome.finalUrl}); recorded as external, not crawled`);
          frontier.finish(entry.key);
          return 'ok';
        default:
          return settle(entry, outcome, 'pagesRequested');
      }
    },
    document(entry, outcome) {
      return settle(entry, outcome, 'documentsRequested');
    },
    internalError(entry, error) {
      record.failures.push({ url: entry.url, reason: `internal error (${error instanceof Error ? error.message : String(error)})` });
      frontier.finish(entry.key);
    },
  };
}
