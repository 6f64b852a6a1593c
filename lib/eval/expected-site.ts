import { z } from 'zod';
import { Status } from '../report/report-schema.ts';

/** A fiscal month key as the report writes it: "2025-03" (Common Era year, month). */
const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, e.g. 2025-03');

/** `expected.json` beside an evaluation fixture site: the ground truth a careful human auditor wrote. */
export const ExpectedSite = z.strictObject({
  checklist: z.enum(['ita-2565', 'ita-2566', 'ita-2567', 'ita-2568', 'ita-2569', 'eit-web']),
  /** YYYY-MM-DD */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  startPath: z.string().startsWith('/'),
  description: z.string().min(1),
  /** Every item of the checklist with the verdict a careful auditor gives it. */
  items: z.record(z.string(), Status),
  /** For monthly items: the months a careful auditor finds missing (exact set). */
  months: z.record(z.string(), z.strictObject({ missing: z.array(MonthKey) })).default({}),
  notes: z.record(z.string(), z.string()).default({}),
});
export type ExpectedSite = z.infer<typeof ExpectedSite>;

/** Parses the text of an expected.json; the error names the file and the field. */
export function parseExpectedSite(text: string, file: string): ExpectedSite {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = ExpectedSite.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${file}: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'}`);
  }
  return parsed.data;
}
