import path from 'node:path';
import { loadChecklistFile, resolveChecklist } from '../checklist/choose-checklist.ts';
import { sameSite, sameSiteUrl } from '../report/report-diff.ts';
import type { Report } from '../report/report-schema.ts';
import { auditOne, checkStartUrl } from './audit-one.ts';
import { auditSites } from './batch.ts';
import { parseCliOptions, UsageError, USAGE, type CliOptions } from './cli-options.ts';
import { listChecklistsText } from './list-checklists.ts';
import { nodeFs } from './node-fs.ts';
import { readReport } from './read-report.ts';
import { renderReport } from './render-report.ts';

import type { CliIo } from './batch.ts';

export type { CliIo };

function todayLocal(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The command line: returns the exit code (0 the audit ran; 2 bad usage or an unusable start URL). */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`oit-audit: ${message}\n`);
    return 2;
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

  if (options.sites !== undefined && options.outDir !== undefined) {
    const list = await nodeFs.readFile(path.resolve(options.sites));
    if (list === null) return fail(`site list ${options.sites} does not exist`);
    return auditSites(list, options.sites, path.resolve(options.outDir), options, chosen, io);
  }

  const start = checkStartUrl(options.url);
  if (!start.ok) return fail(start.message);
  let previous: Report | null = null;
  if (options.compare !== undefined) {
    const read = await readReport(path.resolve(options.compare), nodeFs.readFile);
    if (!read.ok) return fail(read.message);
    previous = read.report;
  }
  if (previous && !sameSiteUrl(previous.site, start.url.href)) return fail(`--compare: ${options.compare} is a report of ${previous.site}, not of ${start.url.origin}; compare audits of the same site`);
  const result = await auditOne(start.url, options, chosen, io.stderr, options.quiet);
  if (!result.ok) return fail(result.message);
  if (previous && !sameSite(previous, result.report)) return fail(`--compare: ${options.compare} is a report of ${previous.site}, not of ${result.report.site}; compare audits of the same site`);
  const text = renderReport(result.report, options.format, previous, options.lang);
  if (options.out) {
    await nodeFs.writeFile(path.resolve(options.out), text);
    if (!options.quiet) io.stderr.write(`รายงานอยู่ที่ / report written to ${options.out}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
