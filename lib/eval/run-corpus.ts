import { Report, type Status } from '../report/report-schema.ts';
import { parseExpectedSite, type ExpectedSite } from './expected-site.ts';
import { checkMonths, scoreOutcomes, type EvalScore, type ItemOutcome, type MonthCheck } from './score.ts';

/** What the corpus runner needs from its host (Node in bench/eval.ts and in vitest); no I/O of its own. */
export interface CorpusDeps {
  /** Names of the fixture-site folders. */
  listSites(): Promise<string[]>;
  /** Text of `<site>/expected.json`. */
  readExpected(site: string): Promise<string>;
  /** Serves the folder on 127.0.0.1; `hits` are "METHOD path?query". */
  serve(site: string): Promise<{ url: string; hits: string[]; close(): Promise<void> }>;
  /** Runs the command line in-process; returns its exit code. */
  runCli(argv: string[]): Promise<number>;
  readText(path: string): Promise<string>;
  /** A fresh temporary file path for this site (report, checkpoint). */
  tempPath(site: string, name: string): string;
}

/** Requests a crawler must never make: GETs that change server state, and any method other than GET/HEAD. */
const STATE_CHANGING_PATH = [/increment_/i, /[/_](?:logout|delete)(?:[/?_]|$)/i];

export function forbiddenHits(hits: readonly string[]): string[] {
  return hits.filter((hit) => {
    const [method = '', target = ''] = hit.split(' ', 2);
    if (method !== 'GET' && method !== 'HEAD') return true;
    return STATE_CHANGING_PATH.some((re) => re.test(target));
  });
}

export interface SiteResult {
  site: string;
  expected: ExpectedSite;
  exitCode: number;
  /** Set when the audit did not produce a readable report. */
  error?: string;
  outcomes: ItemOutcome[];
  /** Items the report holds that expected.json does not list (a checklist/fixture drift). */
  unexpectedItems: string[];
  months: MonthCheck[];
  forbidden: string[];
  requests: number;
  pagesFetched: number;
}

export interface CorpusResult {
  sites: SiteResult[];
  score: EvalScore;
  monthFailures: MonthCheck[];
  forbidden: { site: string; hit: string }[];
  errors: { site: string; error: string }[];
}

export function cliArgs(url: string, expected: ExpectedSite, out: string, checkpoint: string): string[] {
  return [
    new URL(expected.startPath, url).href,
    '--checklist', expected.checklist,
    '--as-of', expected.asOf,
    '--format', 'json',
    '--out', out,
    '--delay', '0',
    '--quiet',
    '--max-pages', '300',
    '--checkpoint', checkpoint,
  ];
}

/** Compares one report with expected.json (pure). */
export function compareReport(site: string, expected: ExpectedSite, report: Report | null, error?: string): Pick<SiteResult, 'outcomes' | 'unexpectedItems' | 'months'> {
  const byId = new Map((report?.items ?? []).map((item) => [item.id, item]));
  const outcomes: ItemOutcome[] = Object.entries(expected.items).map(([item, want]: [string, Status]) => {
    const verdict = byId.get(item);
    return {
      site,
      item,
      expected: want,
      got: verdict ? verdict.status : 'absent',
      reason: verdict ? verdict.reasonEn || verdict.reason : (error ?? 'item absent from the report'),
    };
  });
  const unexpectedItems = [...byId.keys()].filter((id) => !(id in expected.items));
  const months = Object.entries(expected.months).map(([item, m]) => checkMonths(site, item, m.missing, byId.get(item)?.months?.missing ?? null));
  return { outcomes, unexpectedItems, months };
}

export async function runSite(site: string, deps: CorpusDeps): Promise<SiteResult> {
  const expected = parseExpectedSite(await deps.readExpected(site), `${site}/expected.json`);
  const served = await deps.serve(site);
  let exitCode = -1;
  let report: Report | null = null;
  let error: string | undefined;
  try {
    const out = deps.tempPath(site, 'report.json');
    exitCode = await deps.runCli(cliArgs(served.url, expected, out, deps.tempPath(site, 'checkpoint.json')));
    if (exitCode !== 0) error = `oit-audit exited with ${exitCode}`;
    else {
      const parsed = Report.safeParse(JSON.parse(await deps.readText(out)));
      if (parsed.success) report = parsed.data;
      else error = `report does not match the Report schema: ${parsed.error.issues[0]?.message ?? ''}`;
    }
  } catch (e) {
    error = `audit failed: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    await served.close();
  }
  const hits = [...served.hits];
  return {
    site,
    expected,
    exitCode,
    ...(error ? { error } : {}),
    ...compareReport(site, expected, report, error),
    forbidden: forbiddenHits(hits),
    requests: hits.length,
    pagesFetched: report?.crawl.pagesFetched ?? 0,
  };
}

export function summarise(sites: SiteResult[]): CorpusResult {
  return {
    sites,
    score: scoreOutcomes(sites.flatMap((s) => s.outcomes)),
    monthFailures: sites.flatMap((s) => s.months.filter((m) => !m.ok)),
    forbidden: sites.flatMap((s) => s.forbidden.map((hit) => ({ site: s.site, hit }))),
    errors: sites.flatMap((s) => (s.error ? [{ site: s.site, error: s.error }] : [])),
  };
}

/** Audits every fixture site one after another (they share the process-wide fetch). */
export async function runCorpus(deps: CorpusDeps, only?: readonly string[]): Promise<CorpusResult> {
  const names = (await deps.listSites()).filter((n) => !only || only.length === 0 || only.includes(n)).sort();
  const sites: SiteResult[] = [];
  for (const name of names) sites.push(await runSite(name, deps));
  return summarise(sites);
}
