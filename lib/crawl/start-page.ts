import type { PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { CrawlRecord } from './crawl-record.ts';
import type { PageOutcome } from './fetch-page.ts';
import type { FrontierEntry } from './frontier.ts';
import type { ProgressReporter } from './progress-and-keep-alive.ts';
import type { OutcomeRecorder } from './record-outcome.ts';
import { splashTarget } from './splash.ts';
import { StartUrlError } from './start-url-error.ts';
import { isStateChanging } from './state-changing.ts';
import { urlKey } from './url-key.ts';

/**
 * The first page of a fresh run: the start URL must give an HTML page (else StartUrlError);
 * a splash (intro) page is passed through to its target, which becomes the home page.
 */

/** The start URL as a URL, or StartUrlError when it is not an http(s) URL. */
export function parseStartUrl(text: string): URL {
  let start: URL;
  try {
    start = new URL(text);
  } catch {
    throw new StartUrlError(text, 'not a valid URL');
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new StartUrlError(text, `unsupported scheme ${start.protocol}`);
  return start;
}

export interface StartPageDeps {
  start: URL;
  maxPages: number;
  record: CrawlRecord;
  progress: ProgressReporter;
  fetchPage: (entry: FrontierEntry, isStart: boolean) => Promise<PageOutcome>;
  recordOutcome: OutcomeRecorder;
  enqueueLinks: (snapshot: PageSnapshot, depth: number) => void;
}

/** 'crawled', 'cancelled' (the start page goes back in the queue), or the error that ends the audit. */
export async function crawlStartPage(d: StartPageDeps): Promise<'crawled' | 'cancelled' | StartUrlError> {
  const { start, record, progress } = d;
  const { frontier, counters } = record;
  const startEntry: FrontierEntry = { url: start.href, key: urlKey(start), kind: 'page', depth: 0, label: '', tier: 0, year: 0, seq: -1, parent: null };
  frontier.add(startEntry);
  frontier.take({ page: true, document: false });
  progress.currentUrl = start.href;
  progress.report();
  counters.pagesRequested += 1;
  const outcome = await d.fetchPage(startEntry, true);
  if (outcome.kind === 'aborted') {
    counters.pagesRequested -= 1;
    frontier.putBack(startEntry);
    return 'cancelled';
  }
  if (outcome.kind !== 'page') {
    if (outcome.kind === 'blocked') return new StartUrlError(start.href, 'blocked by robots.txt');
    if (outcome.kind === 'document') return new StartUrlError(start.href, `not HTML (${outcome.document.contentType})`, outcome.document.status);
    if (outcome.kind === 'offsite') return new StartUrlError(start.href, `redirects to ${outcome.finalUrl}`);
    return new StartUrlError(start.href, outcome.reason, outcome.status);
  }
  record.homeUrl = outcome.snapshot.finalUrl;
  record.pages.push(outcome.snapshot);
  frontier.finish(startEntry.key, [outcome.finalKey]);
  const splash = splashTarget(outcome.snapshot);
  if (splash?.url) {
    const target = new URL(splash.url);
    const targetKey = urlKey(target);
    if (!isStateChanging(target) && !frontier.knows(targetKey) && counters.pagesRequested < d.maxPages) {
      const entry: FrontierEntry = { url: target.href, key: targetKey, kind: 'page', depth: 0, label: splash.label, tier: 0, year: 0, seq: -1, parent: start.href };
      frontier.add(entry);
      frontier.take({ page: true, document: false });
      progress.currentUrl = target.href;
      counters.pagesRequested += 1;
      const targetOutcome = await d.fetchPage(entry, false);
      if (d.recordOutcome.page(entry, targetOutcome) === 'ok' && targetOutcome.kind === 'page') {
        record.homeUrl = targetOutcome.snapshot.finalUrl;
        record.notes.push(`${start.href} is an intro page; ${record.homeUrl} was audited as the home page`);
      }
    }
  }
  d.enqueueLinks(outcome.snapshot, 0);
  return 'crawled';
}
