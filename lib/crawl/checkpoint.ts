import { z } from 'zod';
import { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { FrontierState } from './frontier.ts';
import { TrapState } from './traps.ts';
import { urlKey } from './url-key.ts';

export const CrawlFailure = z.object({ url: z.string(), reason: z.string(), status: z.number().int().optional() });
export type CrawlFailure = z.infer<typeof CrawlFailure>;

/** A URL that was found but deliberately not requested (state-changing, trap cap, off-site redirect …). */
export const CrawlSkip = z.object({ url: z.string(), reason: z.string() });
export type CrawlSkip = z.infer<typeof CrawlSkip>;

export const CHECKPOINT_VERSION = 1;

/** The checkpoint key of an audit of this start URL. */
export function checkpointKey(startUrl: string): string {
  return `crawl:${urlKey(new URL(startUrl))}`;
}

export const CrawlCheckpoint = z.object({
  version: z.literal(CHECKPOINT_VERSION),
  startUrl: z.string(),
  homeUrl: z.string(),
  frontier: FrontierState,
  pages: z.array(PageSnapshot),
  documents: z.array(DocumentCheck),
  failures: z.array(CrawlFailure),
  skipped: z.array(CrawlSkip),
  notes: z.array(z.string()),
  traps: TrapState,
  counters: z.object({ pagesRequested: z.number().int(), documentsRequested: z.number().int() }),
  /** Wall time spent in earlier runs. */
  elapsedMs: z.number(),
  savedAt: z.string(),
});
export type CrawlCheckpoint = z.infer<typeof CrawlCheckpoint>;

/** Everything but the snapshots: stores that keep snapshots one per record save this part whole. */
export const CheckpointMeta = CrawlCheckpoint.omit({ pages: true }).extend({ pageCount: z.number().int().min(0) });
export type CheckpointMeta = z.infer<typeof CheckpointMeta>;

export interface CheckpointStore {
  load(key: string): Promise<CrawlCheckpoint | null>;
  save(key: string, checkpoint: CrawlCheckpoint): Promise<void>;
  clear(key: string): Promise<void>;
}

/** A stored checkpoint that cannot be read back; the message names the key and the problem. */
export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`Checkpoint "${key}" is unreadable (${detail}); clear it to start the audit again.`);
  }
}

/** One line per zod issue, at most three. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function parseCheckpoint(key: string, value: unknown): CrawlCheckpoint {
  const parsed = CrawlCheckpoint.safeParse(value);
  if (!parsed.success) throw new CheckpointError(key, describeIssues(parsed.error));
  return parsed.data;
}

export function parseMeta(key: string, value: unknown): CheckpointMeta {
  const parsed = CheckpointMeta.safeParse(value);
  if (!parsed.success) throw new CheckpointError(key, describeIssues(parsed.error));
  return parsed.data;
}

export function parsePage(key: string, index: number, value: unknown): PageSnapshot {
  const parsed = PageSnapshot.safeParse(value);
  if (!parsed.success) throw new CheckpointError(key, `page ${index}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function parseJson(key: string, text: string, what = 'checkpoint'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CheckpointError(key, `${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Keeps checkpoints in memory as JSON text (so a load returns a fresh, validated copy). */
export function createMemoryCheckpointStore(): CheckpointStore & { readonly raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return {
    raw,
    async load(key) {
      const text = raw.get(key);
      if (text === undefined) return null;
      return parseCheckpoint(key, parseJson(key, text));
    },
    async save(key, checkpoint) {
      raw.set(key, JSON.stringify(checkpoint));
    },
    async clear(key) {
      raw.delete(key);
    },
  };
}
