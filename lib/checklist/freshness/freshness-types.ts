import type { Attention } from '../../report/report-schema.ts';
import type { DateMention } from '../../thai/date-mention.ts';

/**
 * A date attached to a piece of evidence. `source` is optional: when it is `last-modified`
 * (the HTTP header), the date only bounds what the document can cover; it never proves freshness.
 */
export type EvidenceDate = DateMention & { source?: string };

/** One piece of evidence (a link, document or page) with the dates attached to it. */
export interface DatedEvidence {
  url: string;
  dates: EvidenceDate[];
}

export type FreshnessStatus = 'pass' | 'outdated' | 'incomplete' | 'review';

export interface FreshnessVerdict {
  status: FreshnessStatus;
  /** Thai, one line a person can act on; dates in Thai BE form. */
  reason: string;
  reasonEn: string;
  /** 'YYYY-MM' (CE) keys, for monthly rules: months of the judged fiscal year that are present, and required months that are missing. */
  months?: { present: string[]; missing: string[] };
  /** The newest date found in the evidence (CE), with the precision it was written in. */
  newest?: { year: number; month?: number; day?: number };
  attention: Attention[];
}

/** What the evidence is, for the reason text: "สรุปผลการจัดซื้อจัดจ้าง" → "ไม่พบสรุปผลการจัดซื้อจัดจ้างเดือน …". */
export interface JudgeOptions {
  subject?: string;
  subjectEn?: string;
}

export interface Subject {
  th: string;
  en: string;
}

export function subjectOf(options: JudgeOptions): Subject {
  return { th: options.subject ?? 'ข้อมูล', en: options.subjectEn ?? 'data' };
}

export type { Attention };
