import { parseArgs } from 'node:util';
import { z } from 'zod';
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
  format: ReportFormat;
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

export const REPORT_FORMATS = ['text', 'json', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class UsageError extends Error {}

export const USAGE = `ใช้งาน / usage: oit-audit <url> [options]

  --checklist <id|file.json>  เกณฑ์ที่ใช้ (ita-2565 … ita-2569, eit-web) หรือไฟล์ JSON / checklist id or file
  --as-of YYYY-MM-DD          วันที่ตรวจ (ค่าเริ่มต้น: วันนี้) / as-of date (default: today)
  --max-pages N               จำนวนหน้าสูงสุด (200) / page budget
  --max-time SECONDS          เวลาสูงสุด (600) / time budget
  --concurrency N             คำขอพร้อมกันต่อโฮสต์ (2) / requests at once per host
  --delay MS                  หน่วงระหว่างคำขอ (0: ปรับเองตามเซิร์ฟเวอร์) / fixed delay between requests (0: adapts to the server)
  --ignore-robots             ไม่อ่าน robots.txt / do not honour robots.txt
  --format text|json|html|csv รูปแบบรายงาน (text) / report format
  --out FILE                  เขียนรายงานลงไฟล์ / write the report to FILE
  --compare FILE.json         เทียบกับรายงานครั้งก่อน / show what changed since a previous JSON report
  --sites FILE                ตรวจหลายเว็บไซต์ (หนึ่ง URL ต่อบรรทัด) / audit every URL in FILE (one per line)
  --out-dir DIR               โฟลเดอร์รายงานเมื่อใช้ --sites / where --sites writes its reports and summary.csv
  --resume                    ตรวจต่อจากครั้งที่ค้าง / continue an interrupted audit
  --checkpoint FILE           ไฟล์บันทึกความคืบหน้า / checkpoint file
  --quiet                     ไม่แสดงความคืบหน้า / no progress on stderr
  --list-checklists           แสดงเกณฑ์ที่มี / list the built-in checklists
  --help                      แสดงวิธีใช้ / this text
`;

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
      args: argv,
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
        format: { type: 'string' },
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
  if (sites !== undefined && (v.out !== undefined || v.resume === true || v.checkpoint !== undefined || v.compare !== undefined))
    throw new UsageError('--out, --compare, --resume and --checkpoint are for one site; --sites writes one report per site into --out-dir');
  if (!url && sites === undefined && !help && !listChecklists) throw new UsageError('missing the start URL, e.g. oit-audit https://www.example.go.th/');
  let asOf = today;
  if (v['as-of'] !== undefined) {
    const d = parseIsoDate(v['as-of']);
    if (!d) throw new UsageError(`--as-of: expected a date YYYY-MM-DD (Common Era), got "${v['as-of']}"`);
    asOf = d;
  }
  const format = v.format ?? (sites !== undefined ? 'json' : 'text');
  if (!isReportFormat(format)) throw new UsageError(`--format: expected one of ${REPORT_FORMATS.join(', ')}, got "${format}"`);
  return {
    url,
    checklist: v.checklist,
    asOf,
    maxPages: intFlag('max-pages', v['max-pages'], 200, 1, 100_000),
    maxTimeSeconds: intFlag('max-time', v['max-time'], 600, 1, 86_400),
    concurrency: intFlag('concurrency', v.concurrency, 2, 1, 16),
    delayMs: intFlag('delay', v.delay, 0, 0, 60_000),
    respectRobots: v['ignore-robots'] !== true,
    format,
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

function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
