import type { Status } from '../report/report-schema.ts';

export const STATUSES: readonly Status[] = ['pass', 'missing', 'outdated', 'incomplete', 'review'];

/** The tool's verdict for one item, or `absent` when the report has no such item. */
export type Got = Status | 'absent';
export const GOT_COLUMNS: readonly Got[] = [...STATUSES, 'absent'];

/** One checklist item of one site: what the human auditor says and what the tool said. */
export interface ItemOutcome {
  site: string;
  item: string;
  expected: Status;
  got: Got;
  /** The tool's one-line reason (English when available). */
  reason: string;
}

export type ConfusionMatrix = Record<Status, Record<Got, number>>;

export interface StatusScore {
  status: Status;
  /** Of the items the tool gave this status, the share a human gave it too (null: the tool never gave it). */
  precision: number | null;
  /** Of the items a human gave this status, the share the tool found (null: no such item). */
  recall: number | null;
  expected: number;
  predicted: number;
  correct: number;
}

export interface EvalScore {
  total: number;
  correct: number;
  /** correct / total (1 when there is nothing to score). */
  accuracy: number;
  perStatus: StatusScore[];
  matrix: ConfusionMatrix;
  /**
   * Items a human judged missing, outdated, incomplete or in need of a look (review) that the tool passed: the worst
   * error (a pass tells the technician to stop looking).
   */
  falsePasses: ItemOutcome[];
  mismatches: ItemOutcome[];
}

const NOT_PASSING: ReadonlySet<Status> = new Set<Status>(['missing', 'outdated', 'incomplete', 'review']);

export function emptyMatrix(): ConfusionMatrix {
  const row = (): Record<Got, number> => ({ pass: 0, missing: 0, outdated: 0, incomplete: 0, review: 0, absent: 0 });
  return { pass: row(), missing: row(), outdated: row(), incomplete: row(), review: row() };
}

/** Rows: expected status; columns: the tool's status. */
export function confusionMatrix(outcomes: readonly ItemOutcome[]): ConfusionMatrix {
  const matrix = emptyMatrix();
  for (const o of outcomes) matrix[o.expected][o.got] += 1;
  return matrix;
}

export function isFalsePass(o: ItemOutcome): boolean {
  return o.got === 'pass' && NOT_PASSING.has(o.expected);
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function scoreOutcomes(outcomes: readonly ItemOutcome[]): EvalScore {
  const matrix = confusionMatrix(outcomes);
  const correct = outcomes.filter((o) => o.got === o.expected).length;
  const perStatus = STATUSES.map((status): StatusScore => {
    const expected = outcomes.filter((o) => o.expected === status).length;
    const predicted = outcomes.filter((o) => o.got === status).length;
    const hit = matrix[status][status];
    return { status, precision: ratio(hit, predicted), recall: ratio(hit, expected), expected, predicted, correct: hit };
  });
  return {
    total: outcomes.length,
    correct,
    accuracy: outcomes.length === 0 ? 1 : correct / outcomes.length,
    perStatus,
    matrix,
    falsePasses: outcomes.filter(isFalsePass),
    mismatches: outcomes.filter((o) => o.got !== o.expected),
  };
}

export interface MonthCheck {
  site: string;
  item: string;
  expectedMissing: string[];
  /** null: the report gave no month breakdown for the item. */
  gotMissing: string[] | null;
  ok: boolean;
}

/** Compares the expected set of missing months with the report's (order does not matter). */
export function checkMonths(site: string, item: string, expectedMissing: readonly string[], gotMissing: readonly string[] | null | undefined): MonthCheck {
  const want = [...new Set(expectedMissing)].sort();
  const got = gotMissing ? [...new Set(gotMissing)].sort() : null;
  const ok = got !== null && got.length === want.length && got.every((m, i) => m === want[i]);
  return { site, item, expectedMissing: want, gotMissing: got, ok };
}

function pct(x: number | null): string {
  return x === null ? '  —  ' : `${(x * 100).toFixed(1).padStart(5)}%`;
}

/** A plain-text confusion matrix, rows = expected, columns = got. */
export function formatMatrix(matrix: ConfusionMatrix): string {
  const width = 11;
  const head = ['expected\\got'.padEnd(13), ...GOT_COLUMNS.map((c) => c.padStart(width))].join('');
  const lines = STATUSES.map((row) => [row.padEnd(13), ...GOT_COLUMNS.map((c) => String(matrix[row][c]).padStart(width))].join(''));
  return [head, ...lines].join('\n');
}

export function formatScore(score: EvalScore): string {
  const lines = [
    `accuracy: ${score.correct}/${score.total} = ${pct(score.accuracy).trim()}`,
    `false passes: ${score.falsePasses.length}`,
    '',
    'status       precision   recall   expected  predicted',
    ...score.perStatus.map((s) => `${s.status.padEnd(12)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(8)} ${String(s.expected).padStart(10)} ${String(s.predicted).padStart(10)}`),
    '',
    formatMatrix(score.matrix),
  ];
  return lines.join('\n');
}
