import { z } from 'zod';

/** "MM-DD", e.g. "12-31": a day of the year on which something falls due. */
const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD, e.g. 04-30');

/**
 * Freshness rules: a small closed set of declarative kinds.
 * Each kind is judged by one pure function of (dated evidence, as-of date) in `freshness-rules.ts`.
 */
export const FreshnessRule = z.discriminatedUnion('kind', [
  /** Currently in force: found is enough. */
  z.object({ kind: z.literal('in-force') }),
  /** Evidence dated in, or labelled with, the fiscal year of the as-of date. */
  z.object({ kind: z.literal('current-fiscal-year') }),
  /** Report of the previous fiscal year, due by `due` (MM-DD) of the current fiscal year; before that the year before counts. */
  z.object({ kind: z.literal('previous-fiscal-year'), due: MonthDay }),
  /** Covers the first half (Oct–Mar) of the current fiscal year, due by `due` (MM-DD); before that the previous fiscal year counts. */
  z.object({ kind: z.literal('first-half'), due: MonthDay }),
  /** A multi-year plan whose span covers the current fiscal year. */
  z.object({ kind: z.literal('multi-year') }),
  /**
   * A monthly series: each month is due by the end of the following month (plus `graceDays`).
   * Required are the fiscal months `fromMonth`..`toMonth` (1 = October … 12 = September) whose due date has passed.
   * `fiscalYear`: `current` or `previous` (a report on the whole previous year).
   */
  z.object({
    kind: z.literal('monthly'),
    fromMonth: z.number().int().min(1).max(12),
    toMonth: z.number().int().min(1).max(12),
    fiscalYear: z.enum(['current', 'previous']).default('current'),
    graceDays: z.number().int().min(0).max(90).default(0),
  }),
  /** The newest dated entry is at most `days` old (news). */
  z.object({ kind: z.literal('recent'), days: z.number().int().min(1).max(3650) }),
]);
export type FreshnessRule = z.infer<typeof FreshnessRule>;

export const Confidence = z.enum(['confirmed', 'probable']);

export const ChecklistItem = z.object({
  /** Exactly as NACC numbers it: "O1" … "O43", or "e6" … "e10" for the EIT website features. */
  id: z.string().regex(/^(O\d{1,2}|e\d{1,2})$/, 'expected an id like O1 or e6'),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  /** e.g. "9" */
  indicator: z.string().min(1),
  /** e.g. "9.1 ข้อมูลพื้นฐาน" */
  subIndicator: z.string().min(1),
  /** What the evidence must show (Thai, short). */
  evidence: z.string().min(1),
  evidenceEn: z.string().min(1),
  /** Concept ids from concepts.json; evidence matching any of them counts for this item. */
  concepts: z.array(z.string().min(1)).min(1),
  freshness: FreshnessRule,
  /** Human-readable due date, e.g. "ภายใน 30 เม.ย." (optional). */
  due: z.string().optional(),
  /** Responsible role, e.g. "กองคลัง/งานพัสดุ". */
  owner: z.string().min(1),
  ownerEn: z.string().min(1),
  confidence: Confidence,
  /** How many distinct matching pieces of evidence are needed (e.g. EIT e6: two contact channels). */
  minEvidence: z.number().int().min(1).default(1),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id like ita-2568'),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  /** ITA assessment year in Buddhist Era, e.g. 2568 (absent for year-independent lists such as eit-web). */
  year: z.number().int().min(2500).max(2700).optional(),
  source: z.string().min(1),
  items: z.array(ChecklistItem).min(1),
}).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id ${item.id}` });
    seen.add(item.id);
  });
});
export type Checklist = z.infer<typeof Checklist>;

/**
 * A concept: one Thai synonym list, written once, referenced by every year's items.
 * `terms` match link labels, page titles and headings after normalisation; `exclude` vetoes a match
 * (e.g. a satisfaction *form* is not a satisfaction *report*).
 */
export const Concept = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  name: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
  exclude: z.array(z.string().min(1)).default([]),
  /** Hints in URLs (slugs like "ita", "no-gift"); weak evidence only. */
  urlHints: z.array(z.string().min(1)).default([]),
  /** Matches on external hosts of these kinds count (e.g. facebook for social-network). */
  externalHosts: z.array(z.string().min(1)).default([]),
});
export type Concept = z.infer<typeof Concept>;

export const ConceptFile = z.object({
  $schema: z.string().optional(),
  concepts: z.array(Concept).min(1),
});
export type ConceptFile = z.infer<typeof ConceptFile>;
