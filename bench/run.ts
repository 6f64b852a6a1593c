/**
 * Runs every benchmark module and prints one table. To add a benchmark, write a module exporting an async
 * function returning `BenchResult[]` and add one line to `BENCHES`.
 * Run: `node bin/run-ts.mjs bench/run.ts` (or `npx tsx bench/run.ts`).
 */
import { benchChromiumCrawl } from './chromium-crawl.bench.ts';
import { benchCompare } from './compare.bench.ts';
import { benchCrawlCost } from './crawl-cost.bench.ts';
import { benchFindDates } from './find-dates.bench.ts';
import { benchLargeSite } from './large-site.bench.ts';
import { benchPipeline } from './pipeline.bench.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, printed next to the figure ("≥ 20"). */
  target?: string;
}

export type Bench = () => Promise<BenchResult[]>;

const BENCHES: readonly { module: string; run: Bench }[] = [
  { module: 'find-dates', run: benchFindDates },
  { module: 'pipeline', run: benchPipeline },
  { module: 'large-site', run: benchLargeSite },
  { module: 'crawl-cost', run: benchCrawlCost },
  { module: 'chromium-crawl', run: benchChromiumCrawl },
  { module: 'compare', run: benchCompare },
];

function format(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/** Runs every benchmark, or only the modules named (`npm run bench -- crawl-cost`). */
export async function runBenches(only: readonly string[] = []): Promise<void> {
  const rows: string[][] = [['module', 'measure', 'value', 'unit', 'target']];
  for (const b of BENCHES.filter((x) => only.length === 0 || only.includes(x.module))) {
    for (const r of await b.run()) rows.push([b.module, r.name, format(r.value), r.unit, r.target ?? '']);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => cell.padEnd(widths[j] ?? 0)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

// Run when executed directly (`tsx bench/run.ts`, `node bin/run-ts.mjs bench/run.ts`), not when imported.
if (process.argv.some((a) => a.replaceAll('\\', '/').endsWith('bench/run.ts'))) await runBenches(process.argv.slice(2).filter((a) => !a.endsWith('.ts')));
