/** Small pure helpers the crawl benchmarks share (unit-tested in tests/bench/measure.test.ts). */

export interface Timed {
  ms: number;
  requests: number;
}

/** Milliseconds per request (a run with no request counts as one). */
export const perRequestMs = (t: Timed): number => t.ms / Math.max(1, t.requests);

/** Per-request cost of `a` over `b`: 1.2 means `a` spends 20 % more time per request than `b`. */
export const perRequestRatio = (a: Timed, b: Timed): number => perRequestMs(a) / perRequestMs(b);

/** Keeps, per mode, the run with the lowest time per request (on a shared machine slower runs are noise). */
export function fastestByMode<T extends Timed>(runs: readonly (T & { mode: string })[]): Map<string, T & { mode: string }> {
  const best = new Map<string, T & { mode: string }>();
  for (const r of runs) {
    const prev = best.get(r.mode);
    if (!prev || perRequestMs(r) < perRequestMs(prev)) best.set(r.mode, r);
  }
  return best;
}

/** The subset of a DevTools CPU profile (Profiler.stop) this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  /** "function file:line" ("(anonymous)" for unnamed functions, the file's last path segment). */
  name: string;
  ms: number;
  /** Share of the sampled busy time, 0–100. */
  percent: number;
}

/** The `n` functions with the most self time in a CPU profile (samples weighted by their time deltas; idle time left out, so shares are of busy time). */
export function topSelfTime(profile: CpuProfile, n: number): SelfTime[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of samples.entries()) {
    // The delta before sample i+1 is the time sample i stood for; the last sample gets no time.
    const us = deltas[i + 1] ?? 0;
    const frame = byNode.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const file = frame.url.split(/[/?#]/).filter(Boolean).pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    totals.set(name, (totals.get(name) ?? 0) + us);
    all += us;
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: us / 1000, percent: all > 0 ? (100 * us) / all : 0 }));
}

/** Time the profiled thread was busy (every sample but idle), ms. */
export function busyMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  for (const [i, id] of (profile.samples ?? []).entries()) if (!idle.has(id)) us += deltas[i + 1] ?? 0;
  return us / 1000;
}
