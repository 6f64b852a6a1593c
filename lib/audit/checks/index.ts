/**
 * Every named check of the audit, in one table (stage by stage, in the order they apply). A verdict's
 * `decidedBy` is the id of the verdict check that decided it. Each check is a pure function on plain
 * inputs, tested on literal inputs under tests/audit/checks/.
 *
 * | stage    | where it runs                          | what it decides                                   |
 * |----------|----------------------------------------|---------------------------------------------------|
 * | match    | concept-matcher.ts                     | whether a term in a text names the concept        |
 * | evidence | collect-evidence.ts, judge-item.ts     | which text names a link, which evidence counts     |
 * | target   | target-state.ts                        | whether a link's target can count (ok/broken/…)    |
 * | verdict  | judge-item.ts                          | the item's status and reason                       |
 */
import { INSIDE_PROPER_NAME, LATIN_WHOLE_WORD, OPENS_LABEL, PERIOD_LIST_LABEL, TOPIC_AFTER_KIND_TERM, WEAK_TAIL_WITHOUT_DATE } from '../concept-matcher.ts';
import type { CheckStage } from './check.ts';
import { EVIDENCE_CHECKS } from './evidence-checks.ts';
import { TARGET_CHECKS } from './target-checks.ts';
import { EVIDENCE_VERDICT_CHECKS, NO_EVIDENCE_CHECKS } from './verdict-checks.ts';

export { defineCheck, type Check, type CheckStage } from './check.ts';
export { EVIDENCE_CHECKS } from './evidence-checks.ts';
export { bestState, decideTarget, TARGET_CHECKS, TARGET_RANK, type TargetFacts, type TargetState } from './target-checks.ts';
export { decideWithoutEvidence, EVIDENCE_VERDICT_CHECKS, NO_EVIDENCE_CHECKS, type NoEvidenceFacts, type VerdictOutcome } from './verdict-checks.ts';

/** One row per check: what a newcomer reads to know every rule the audit applies. */
export interface CheckRow {
  id: string;
  stage: CheckStage;
  description: string;
}

export const CHECKS: readonly CheckRow[] = [
  INSIDE_PROPER_NAME,
  OPENS_LABEL,
  TOPIC_AFTER_KIND_TERM,
  LATIN_WHOLE_WORD,
  PERIOD_LIST_LABEL,
  WEAK_TAIL_WITHOUT_DATE,
  ...Object.values(EVIDENCE_CHECKS),
  ...TARGET_CHECKS,
  ...EVIDENCE_VERDICT_CHECKS,
  ...NO_EVIDENCE_CHECKS,
].map(({ id, stage, description }) => ({ id, stage, description }));

const BY_ID = new Map(CHECKS.map((c) => [c.id, c] as const));

/** A check by id (for a report that names the check that decided an item). */
export function checkById(id: string): CheckRow | undefined {
  return BY_ID.get(id);
}
