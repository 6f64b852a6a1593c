import { z } from 'zod';

/** How precise a date mention is. `fiscal-year` means a Thai fiscal year (Oct–Sep) label. */
export const DatePrecision = z.enum(['day', 'month', 'quarter', 'half-year', 'year', 'fiscal-year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const DatePoint = z.object({
  /** Common Era year (a BE year is converted: 2568 → 2025). For `fiscal-year`, the CE year in which that fiscal year ends. */
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
});

/** One date found in a piece of text. Offsets index into the text that was passed to `findDates`. */
export const DateMention = DatePoint.extend({
  start: z.number().int(),
  end: z.number().int(),
  raw: z.string(),
  precision: DatePrecision,
  era: z.enum(['BE', 'CE']),
  /** The end of a range ("ตุลาคม 2565 - มีนาคม 2566", quarters, six-month rounds). */
  until: DatePoint.optional(),
});
export type DateMention = z.infer<typeof DateMention>;
