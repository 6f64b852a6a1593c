import { z } from 'zod';
import { DatedMention, LabelSource } from '../snapshot/page-snapshot.ts';

export const Status = z.enum(['pass', 'missing', 'outdated', 'incomplete', 'review']);
export type Status = z.infer<typeof Status>;

/** How a piece of evidence was matched to the item. */
export const MatchedBy = z.enum(['exact-title', 'synonym', 'fuzzy', 'ita-index-row', 'heading', 'page-title', 'url-hint', 'contact']);
export type MatchedBy = z.infer<typeof MatchedBy>;

export const Evidence = z.object({
  /** The evidence URL to paste into the OIT form. */
  url: z.string(),
  label: z.string(),
  labelSource: LabelSource,
  /** The page on which the link was found (or the page itself when the page is the evidence). */
  foundOn: z.string(),
  matchedBy: MatchedBy,
  /** The synonym or title that matched. */
  term: z.string(),
  kind: z.enum(['page', 'document', 'external', 'placeholder', 'contact', 'script-route']),
  dates: z.array(DatedMention),
  /** HTTP status of the evidence target, when it was fetched or checked. */
  status: z.number().int().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Attention = z.object({
  kind: z.enum(['due-soon', 'overdue', 'stale', 'check']),
  message: z.string(),
  messageEn: z.string(),
  /** YYYY-MM-DD, when something falls due. */
  due: z.string().optional(),
});
export type Attention = z.infer<typeof Attention>;

export const ItemVerdict = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string(),
  subIndicator: z.string(),
  owner: z.string(),
  confidence: z.enum(['confirmed', 'probable']),
  status: Status,
  /** One line a person can act on, Thai. */
  reason: z.string(),
  reasonEn: z.string(),
  evidence: z.array(Evidence),
  months: z.object({ present: z.array(z.string()), missing: z.array(z.string()) }).optional(),
  attention: z.array(Attention),
  /** The crawl stopped at its budget before this verdict could settle (it may change with a larger budget). */
  couldChange: z.boolean(),
});
export type ItemVerdict = z.infer<typeof ItemVerdict>;

export const CrawlFailure = z.object({ url: z.string(), reason: z.string(), status: z.number().int().optional() });
export type CrawlFailure = z.infer<typeof CrawlFailure>;

export const StoppedBy = z.enum(['done', 'max-pages', 'max-time', 'cancelled']);
export type StoppedBy = z.infer<typeof StoppedBy>;

export const Report = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('oit-audit'), version: z.string() }),
  site: z.string(),
  startUrl: z.string(),
  checklist: z.object({ id: z.string(), title: z.string(), year: z.number().int().optional() }),
  /** YYYY-MM-DD */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Buddhist Era fiscal year of the as-of date, e.g. 2569. */
  fiscalYear: z.number().int(),
  generatedAt: z.string(),
  crawl: z.object({
    pagesFetched: z.number().int(),
    documentsChecked: z.number().int(),
    stoppedBy: StoppedBy,
    elapsedMs: z.number(),
    failures: z.array(CrawlFailure),
  }),
  summary: z.record(Status, z.number().int()),
  items: z.array(ItemVerdict),
});
export type Report = z.infer<typeof Report>;
