import path from 'node:path';
import { loadChecklistFile, resolveChecklist } from '../checklist/choose-checklist.ts';
import { sameSite, sameSiteUrl } from '../report/report-diff.ts';
import type { Report } from '../report/report-schema.ts';
import { auditOne, checkStartUrl, redactUrl } from './audit-one.ts';
import { auditSites } from './batch.ts';
import { parseCliOptions, UsageError, USAGE, type CliOptions } from './cli-options.ts';
import { listChecklistsText } from './list-checklists.ts';
import { nodeFs } from './node-fs.ts';
import { readReport } from './read-report.ts';
import { renderReport } from './render-report.ts';
import { checkWritableDir, checkWritableFile, ensurePrivateDir, userCacheDir, writeReportSafely } from './safe-files.ts';

import type { CliIo } from './batch.ts';

export type { CliIo };

function todayLocal(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command that continues an interrupted run: the same arguments with --resume. */
export function resumeCommand(argv: string[]): string {
  const args = argv.includes('--resume') ? argv : [...argv, '--resume'];
  return `oit-audit ${args.map((a) => quote(redactUrl(a))).join(' ')}`;
}

/** Where checkpoints go; the host may pass another folder (tests do). */
export interface CliEnv {
  cacheDir?: string;
}

/**
 * The command line: returns the exit code (0 the audit ran; 1 the report could not be written;
 * 2 bad usage or an unusable start URL). Every refusal that does not need the site comes before the crawl.
 */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }, env: CliEnv = {}): Promise<number> {
  const fail = (message: string, code = 2): number => {
    io.stderr.write(`oit-audit: ${redactUrl(message)}\n`);
    return code;
  };
  let options: CliOptions;
  try {
    options = parseCliOptions(argv, todayLocal());
  } catch (e) {
    if (e instanceof UsageError) return fail(`${e.message} (see --help)`);
    throw e;
  }
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (options.listChecklists) {
    io.stdout.write(listChecklistsText());
    return 0;
  }
  const chosen = options.checklist && /[\\/]|\.json$/i.test(options.checklist)
    ? await loadChecklistFile(path.resolve(options.checklist), nodeFs.readFile)
    : resolveChecklist(options.checklist, options.asOf);
  if (!chosen.ok) return fail(chosen.message);
  const cacheDir = env.cacheDir ?? userCacheDir();
  if (!options.checkpoint) {
    try {
      await ensurePrivateDir(cacheDir);
    } catch (e) {
      return fail(`cannot create the checkpoint folder ${cacheDir} (${(e as NodeJS.ErrnoException).code ?? String(e)}); set XDG_CACHE_HOME or give --checkpoint FILE`);
    }
  } else {
    const problem = await checkWritableFile(path.resolve(options.checkpoint));
    if (problem) return fail(`--checkpoint: ${problem}`);
  }

  if (options.sites !== undefined && options.outDir !== undefined) {
    const list = await nodeFs.readFile(path.resolve(options.sites));
    if (list === null) return fail(`site list ${options.sites} does not exist`);
    const problem = await checkWritableDir(path.resolve(options.outDir));
    if (problem) return fail(`--out-dir: ${problem}`);
    return auditSites(list, options.sites, path.resolve(options.outDir), options, chosen, io, cacheDir);
  }

  const start = checkStartUrl(options.url);
  if (!start.ok) return fail(start.message);
  if (options.out) {
    const problem = await checkWritableFile(path.resolve(options.out));
    if (problem) return fail(`--out: ${problem}`);
  }
  let previous: Report | null = null;
  if (options.compare !== undefined) {
    const read = await readReport(path.resolve(options.compare), nodeFs.readFile);
    if (!read.ok) return fail(read.message);
    previous = read.report;
    if (!sameSiteUrl(previous.site, start.url.href))
      return fail(`--compare: ${options.compare} is a report of ${previous.site}, not of ${start.url.origin}; compare audits of the same site`);
  }
  const result = await auditOne(start.url, options, chosen, io.stderr, options.quiet, cacheDir);
  if (!result.ok) return fail(result.message);
  if (previous && !sameSite(previous, result.report)) return fail(`--compare: ${options.compare} is a report of ${previous.site}, not of ${result.report.site}; compare audits of the same site`);
  const text = renderReport(result.report, options.format, previous, options.lang);
  if (options.out) {
    const written = await writeReportSafely(path.resolve(options.out), text);
    if (!written.ok) return fail(written.message, 1);
    if (!options.quiet) io.stderr.write(`รายงานอยู่ที่ / report written to ${options.out}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
