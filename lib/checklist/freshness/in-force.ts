import { newestOf, readAllEvidence } from './date-readings.ts';
import { subjectOf, type DatedEvidence, type FreshnessVerdict, type JudgeOptions } from './freshness-types.ts';

/** in-force: a document that applies until replaced (structure, laws, manuals, channels). Found is enough. */
export function judgeInForce(evidence: readonly DatedEvidence[], options: JudgeOptions = {}): FreshnessVerdict {
  const subject = subjectOf(options);
  return {
    status: 'pass',
    reason: `พบ${subject.th} (ใช้ได้ตราบที่ยังมีผลบังคับ ไม่กำหนดปี)`,
    reasonEn: `Found ${subject.en} (valid while in force; no year required)`,
    newest: newestOf(readAllEvidence(evidence)),
    attention: [],
  };
}
