import { Report } from '../report/report-schema.ts';

/** A previous report given with --compare, validated: a clear message names the file and the field. */
export async function readReport(file: string, readFile: (p: string) => Promise<string | null>): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
  const text = await readFile(file);
  if (text === null) return { ok: false, message: `previous report ${file} does not exist` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `previous report ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = Report.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `$${i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}: ${i.message}`);
    return { ok: false, message: `previous report ${file} is not an OIT Audit JSON report (${problems.join('; ')})` };
  }
  return { ok: true, report: parsed.data };
}
