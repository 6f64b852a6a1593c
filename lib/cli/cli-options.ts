import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_PER_HOST_CONCURRENCY } from '../crawl/host-gate.ts';
import { DEFAULT_LANG, type Lang, LANGS } from '../report/report-lang.ts';
import { parseIsoDate, type CalendarDate } from '../thai/fiscal-year.ts';

export interface CliOptions {
  url: string;
  checklist?: string;
  asOf: CalendarDate;
  maxPages: number;
  maxTimeSeconds: number;
  concurrency: number;
  delayMs: number;
  respectRobots: boolean;
  /** Render pages a script builds in a headless Chromium (on unless --no-render). */
  render: boolean;
  /** --chromium PATH: the browser to render with (else CHROMIUM_PATH, else a usual install path). */
  chromium?: string;
  maxRendered: number;
  format: ReportFormat;
  /** Language of the report: Thai, English or both (Thai first). */
  lang: Lang;
  out?: string;
  /** A previous JSON report of the same site: the report says what changed since. */
  compare?: string;
  /** A file of start URLs (one per line): audit them all, one report per site in outDir. */
  sites?: string;
  outDir?: string;
  resume: boolean;
  checkpoint?: string;
  quiet: boolean;
  help: boolean;
  listChecklists: boolean;
}

export const REPORT_FORMATS = ['text', 'json', 'html', 'csv', 'sheet'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class UsageError extends Error {}

export const USAGE = `ใช้งาน / usage: oit-audit <url> [options]

  --checklist <id|file.json>  เกณฑ์ที่ใช้ (ita-2565 … ita-2569, eit-web) หรือไฟล์ JSON / checklist id or file
  --as-of YYYY-MM-DD          วันที่ตรวจ (ค่าเริ่มต้น: วันนี้) / as-of date (default: today)
  --max-pages N               จำนวนหน้าสูงสุด (200) / page budget
  --max-time SECONDS          เวลาสูงสุด (600) / time budget
  --concurrency N             คำขอพร้อมกันต่อโฮสต์ (${DEFAULT_PER_HOST_CONCURRENCY}; ลดเองเมื่อเซิร์ฟเวอร์ช้า) / requests at once per host
                              (fewer by itself when the server slows down or answers 429/503)
  --delay MS                  หน่วงระหว่างคำขอ (0: ปรับเองตามเซิร์ฟเวอร์) / fixed delay between requests (0: adapts to the server)
  --ignore-robots             ไม่อ่าน robots.txt / do not honour robots.txt
  --render / --no-render      เปิดหน้าที่สร้างด้วยสคริปต์ใน Chromium (ค่าเริ่มต้น: เปิด) / render pages built by
                              script in a headless Chromium (default: on; used only for such pages)
  --chromium PATH             โปรแกรม Chromium ที่ใช้ (หรือ CHROMIUM_PATH) / the Chromium to render with
  --max-rendered N            จำนวนหน้าที่เปิดด้วยเบราว์เซอร์สูงสุด (30) / pages rendered per audit
  --format text|json|html|csv|sheet
                              รูปแบบรายงาน (text); sheet = ตาราง URL หลักฐานสำหรับกรอกแบบ OIT (CSV)
                              / report format; sheet = evidence URLs per item for the OIT form (CSV)
  --lang th|en|both           ภาษาของรายงาน (both: ไทยก่อน) / report language (default both, Thai first)
  --out FILE                  เขียนรายงานลงไฟล์ / write the report to FILE
  --compare FILE.json         เทียบกับรายงานครั้งก่อน / show what changed since a previous JSON report
  --sites FILE                ตรวจหลายเว็บไซต์ (หนึ่ง URL ต่อบรรทัด) / audit every URL in FILE (one per line)
  --out-dir DIR               โฟลเดอร์รายงานเมื่อใช้ --sites / where --sites writes its reports and summary.csv
  --resume                    ตรวจต่อจากครั้งที่ค้าง / continue an interrupted audit
  --checkpoint FILE           ไฟล์บันทึกความคืบหน้า / checkpoint file
  --quiet                     ไม่แสดงความคืบหน้า / no progress on stderr
  --list-checklists           แสดงเกณฑ์ที่มี / list the built-in checklists
  --help                      แสดงวิธีใช้ / this text

  ค่าเริ่มต้นของเกณฑ์: เกณฑ์ ITA ปีล่าสุดที่ไม่เกินปีงบประมาณของวันที่ตรวจ (ita-2569 ตั้งแต่ 1 ต.ค. 2568)
  default checklist: the newest ita-YYYY not after the as-of date's fiscal year (ita-2569 from 2025-10-01)
  --as-of รับปี พ.ศ. ได้ (2568-12-25 = 2025-12-25) / a year above 2400 is read as Buddhist Era

  รหัสออก / exit codes: 0 ตรวจเสร็จ / audit done · 1 เขียนรายงานไม่ได้ / the report could not be written ·
  2 ใช้งานผิด หรือเปิด URL เริ่มต้นไม่ได้ / bad usage or unusable start URL · 130 ถูกหยุด (Ctrl-C) / interrupted
`;

/** Years the tool can judge: the checklists and fiscal-year rules cover 2000–2100 CE. */
export const AS_OF_MIN_YEAR = 2000;
export const AS_OF_MAX_YEAR = 2100;
/** A year above this is Buddhist Era (BE = CE + 543): no CE year of interest comes near it. */
const BE_YEAR_ABOVE = 2400;

/** --as-of YYYY-MM-DD in CE, or in BE when the year is above 2400; refused outside 2000–2100 CE. */
export function parseAsOf(text: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${text}"`);
  const year = Number(m[1]);
  const ce = year > BE_YEAR_ABOVE ? year - 543 : year;
  const date = parseIsoDate(`${String(ce).padStart(4, '0')}-${m[2]}-${m[3]}`);
  if (!date) throw new UsageError(`--as-of: "${text}" is not a calendar date`);
  if (ce < AS_OF_MIN_YEAR || ce > AS_OF_MAX_YEAR) {
    const era = year > BE_YEAR_ABOVE ? ` (read as Buddhist Era: ${ce} CE)` : '';
    throw new UsageError(`--as-of: "${text}"${era} is outside ${AS_OF_MIN_YEAR}–${AS_OF_MAX_YEAR} CE (${AS_OF_MIN_YEAR + 543}–${AS_OF_MAX_YEAR + 543} BE)`);
  }
  return date;
}

const NUMBER_FLAGS = ['--max-pages', '--max-time', '--concurrency', '--delay'];

/** `--max-pages -1` → `--max-pages=-1`, so a negative number reaches the rule that names the range. */
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (NUMBER_FLAGS.includes(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

function intFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = z.coerce.number().int().min(min).max(max).safeParse(value);
  if (!parsed.success || !/^\d+$/.test(value.trim())) throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}, got "${value}"`);
  return parsed.data;
}

/** Command-line flags → validated options. Throws UsageError with a one-line message naming the flag. */
export function parseCliOptions(argv: string[], today: CalendarDate): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      strict: true,
      options: {
        checklist: { type: 'string' },
        'as-of': { type: 'string' },
        'max-pages': { type: 'string' },
        'max-time': { type: 'string' },
        concurrency: { type: 'string' },
        delay: { type: 'string' },
        'ignore-robots': { type: 'boolean', default: false },
        render: { type: 'boolean' },
        'no-render': { type: 'boolean' },
        chromium: { type: 'string' },
        'max-rendered': { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        compare: { type: 'string' },
        sites: { type: 'string' },
        'out-dir': { type: 'string' },
        resume: { type: 'boolean', default: false },
        checkpoint: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'list-checklists': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0] ?? 'bad arguments' : 'bad arguments');
  }
  const v = parsed.values;
  const help = v.help === true;
  const listChecklists = v['list-checklists'] === true;
  if (parsed.positionals.length > 1) throw new UsageError(`expected one start URL, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  const url = parsed.positionals[0] ?? '';
  const sites = v.sites;
  if (sites !== undefined && url) throw new UsageError('give either a start URL or --sites FILE, not both');
  if (sites !== undefined && v['out-dir'] === undefined) throw new UsageError('--sites needs --out-dir DIR for the reports');
  if (sites === undefined && v['out-dir'] !== undefined) throw new UsageError('--out-dir goes with --sites');
  if (sites !== undefined && (v.out !== undefined || v.checkpoint !== undefined || v.compare !== undefined))
    throw new UsageError('--out, --compare and --checkpoint are for one site; --sites writes one report per site into --out-dir');
  if (v.out !== undefined && v.compare !== undefined && path.resolve(v.out) === path.resolve(v.compare))
    throw new UsageError(`--out ${v.out} would overwrite the report given to --compare; write the new report to another file`);
  if (!url && sites === undefined && !help && !listChecklists) throw new UsageError('missing the start URL, e.g. oit-audit https://www.example.go.th/');
  let asOf = today;
  if (v['as-of'] !== undefined) asOf = parseAsOf(v['as-of']);
  if (v.render === true && v['no-render'] === true) throw new UsageError('give either --render or --no-render, not both');
  if (v['no-render'] === true && v.chromium !== undefined) throw new UsageError('--chromium goes with rendering; drop --no-render');
  const format = v.format ?? (sites !== undefined ? 'json' : 'text');
  if (!isReportFormat(format)) throw new UsageError(`--format: expected one of ${REPORT_FORMATS.join(', ')}, got "${format}"`);
  const lang = v.lang ?? DEFAULT_LANG;
  if (!isLang(lang)) throw new UsageError(`--lang: expected one of ${LANGS.join(', ')}, got "${lang}"`);
  return {
    url,
    checklist: v.checklist,
    asOf,
    maxPages: intFlag('max-pages', v['max-pages'], 200, 1, 100_000),
    maxTimeSeconds: intFlag('max-time', v['max-time'], 600, 1, 86_400),
    concurrency: intFlag('concurrency', v.concurrency, DEFAULT_PER_HOST_CONCURRENCY, 1, 16),
    delayMs: intFlag('delay', v.delay, 0, 0, 60_000),
    respectRobots: v['ignore-robots'] !== true,
    render: v['no-render'] !== true,
    chromium: v.chromium,
    maxRendered: intFlag('max-rendered', v['max-rendered'], 30, 0, 10_000),
    format,
    lang,
    out: v.out,
    compare: v.compare,
    sites,
    outDir: v['out-dir'],
    resume: v.resume === true,
    checkpoint: v.checkpoint,
    quiet: v.quiet === true,
    help,
    listChecklists,
  };
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
