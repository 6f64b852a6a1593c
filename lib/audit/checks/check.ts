/** The stages of the audit at which a check decides something, in the order they run. */
export type CheckStage = 'match' | 'evidence' | 'target' | 'verdict';

/**
 * A named rule of the audit (as axe-core names its rules): an id a report can cite, one line a newcomer can
 * read, and a pure function on plain inputs. Each stage file lists its checks in the order they apply.
 */
export interface Check<Run> {
  id: string;
  stage: CheckStage;
  description: string;
  run: Run;
}

export function defineCheck<Run>(id: string, stage: CheckStage, description: string, run: Run): Check<Run> {
  return { id, stage, description, run };
}
