import { buildSnapshot } from '../snapshot/build-snapshot.ts';
import { type CrawlDeps, type CrawlOptions, type CrawlResult, createCrawlEngine } from './crawl-engine.ts';

export {
  type BuildSnapshot,
  checkpointKey,
  type CrawlDeps,
  type CrawlOptions,
  type CrawlProgress,
  type CrawlResult,
  DEFAULT_CRAWL_OPTIONS,
  type StoppedBy,
  StartUrlError,
} from './crawl-engine.ts';
export type { CheckpointStore, CrawlCheckpoint, CrawlFailure, CrawlSkip } from './checkpoint.ts';

/**
 * The crawl stage: the only network I/O of the pipeline. Hosts pass fetch, a clock, a checkpoint
 * store and a cancel signal; every fetched page becomes a PageSnapshot.
 */
export function createCrawler(deps: CrawlDeps): { run(options: Partial<CrawlOptions> & { startUrl: string }, resume?: boolean): Promise<CrawlResult> } {
  return createCrawlEngine(deps, buildSnapshot);
}
