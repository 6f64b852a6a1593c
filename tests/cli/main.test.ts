import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import { Report } from '../../lib/report/report-schema.ts';
import { DEMO_AS_OF, DEMO_SITE_DIR } from '../support/run-demo.ts';
import { serveSite, type ServedSite } from '../support/site-server.ts';

function capture() {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  return { io: { stdout: out, stderr: err }, text: () => ({ stdout, stderr }) };
}

async function run(argv: string[], cacheDir = path.join(tmp, 'cache')) {
  const c = capture();
  const code = await main(argv, c.io, { cacheDir });
  return { code, ...c.text() };
}

let site: ServedSite;
let tmp: string;
beforeAll(async () => {
  site = await serveSite(DEMO_SITE_DIR);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-cli-'));
});
afterAll(async () => {
  await site.close();
});

describe('oit-audit command line', () => {
  it('writes a JSON report that validates against the schema, with evidence URLs', async () => {
    const out = path.join(tmp, 'report.json');
    const r = await run([site.url, '--checklist', 'ita-2569', '--as-of', DEMO_AS_OF, '--format', 'json', '--out', out, '--delay', '0', '--quiet']);
    expect(r.code).toBe(0);
    const report = Report.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(report.checklist.id).toBe('ita-2569');
    expect(report.fiscalYear).toBe(2569);
    expect(report.items.map((i) => i.id)).toEqual(Array.from({ length: 26 }, (_, i) => `O${i + 1}`));
    const o1 = report.items.find((i) => i.id === 'O1');
    expect(o1?.status).toBe('pass');
    expect(o1?.evidence[0]?.url.startsWith(site.url.replace(/\/$/, ''))).toBe(true);
    expect(report.crawl.stoppedBy).toBe('done');
    // never requested: robots-disallowed and state-changing URLs
    expect(site.hits.some((h) => h.includes('/admin/'))).toBe(false);
    expect(site.hits.some((h) => h.includes('increment_download'))).toBe(false);
  });

  it('prints a Thai/English text report to stdout', async () => {
    const r = await run([site.url, '--checklist', 'ita-2569', '--as-of', DEMO_AS_OF, '--delay', '0', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ปีงบประมาณ / fiscal year: 2569');
    expect(r.stdout).toMatch(/O11 .*(ไม่ครบ|incomplete)/);
  });

  it('says the fiscal year of the as-of date', async () => {
    const r = await run([site.url, '--as-of', '2026-11-25', '--format', 'json', '--max-pages', '3', '--delay', '0', '--quiet']);
    expect(r.code).toBe(0);
    expect(Report.parse(JSON.parse(r.stdout)).fiscalYear).toBe(2570);
  });

  it('refuses an unreachable start URL with one line and exit code 2', async () => {
    const r = await run(['http://127.0.0.1:9/', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('127.0.0.1:9');
  });

  it('refuses a start URL that is not HTML', async () => {
    const r = await run([`${site.url}public/files/opplan-2569.pdf`, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/HTML/);
  });

  it('refuses an unknown checklist id', async () => {
    const r = await run([site.url, '--checklist', 'ita-2599', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('ita-2599');
  });

  it('refuses a malformed checklist file, naming the file and the JSON paths', async () => {
    const file = path.join(tmp, 'bad-checklist.json');
    await writeFile(file, JSON.stringify({ id: 'mine', title: 'x', titleEn: 'x', source: 's', items: [{ id: 'O1', title: '' }] }));
    const r = await run([site.url, '--checklist', file, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad-checklist.json');
    expect(r.stderr).toContain('$.items[0]');
  });

  it('refuses a checklist file that is not JSON', async () => {
    const file = path.join(tmp, 'not-json.json');
    await writeFile(file, '{ nope');
    const r = await run([site.url, '--checklist', file, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not-json.json');
  });

  it('refuses bad flags with exit code 2', async () => {
    const r = await run([site.url, '--max-pages', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-pages');
  });
});

describe('oit-audit on the demo site with faults switched on', () => {
  it('retries through 500s, 429s, resets and slow answers and reaches the same verdicts', async () => {
    const args = ['--checklist', 'ita-2569', '--as-of', DEMO_AS_OF, '--format', 'json', '--delay', '0', '--quiet'];
    const clean = await run([site.url, ...args]);
    const faulty = await serveSite(DEMO_SITE_DIR, { error500: true, rateLimit: true, reset: true, slowMs: 5, every: 3 });
    try {
      const r = await run([faulty.url, ...args]);
      expect(r.code).toBe(0);
      const a = Report.parse(JSON.parse(clean.stdout));
      const b = Report.parse(JSON.parse(r.stdout));
      expect(b.items.map((i) => [i.id, i.status])).toEqual(a.items.map((i) => [i.id, i.status]));
      expect(b.crawl.failures).toEqual([]);
      // the faults really happened: some paths were requested more than once
      const gets = faulty.hits.filter((h) => h.startsWith('GET '));
      expect(new Set(gets).size).toBeLessThan(gets.length);
    } finally {
      await faulty.close();
    }
  });
});

describe('oit-audit report formats, comparison, resume and batches', () => {
  const common = () => ['--checklist', 'ita-2569', '--as-of', DEMO_AS_OF, '--delay', '0', '--quiet'];

  it('writes a standalone HTML report, and CSV with one row per item', async () => {
    const html = await run([site.url, ...common(), '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toContain('O11');
    const csv = await run([site.url, ...common(), '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.match(/^"?O\d+"?,/gm)).toHaveLength(26);
  });

  it('compares with a previous report and says what changed', async () => {
    const previousFile = path.join(tmp, 'previous.json');
    const first = await run([site.url, ...common(), '--format', 'json', '--as-of', '2026-01-05']);
    await writeFile(previousFile, first.stdout);
    const r = await run([site.url, ...common(), '--compare', previousFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('เปลี่ยนแปลงจากการตรวจครั้งก่อน');
    expect(r.stdout).toMatch(/O11 .*→/);
    expect(r.stdout).toContain('ตัดสินคนละวันที่');
    const other = { ...JSON.parse(first.stdout), site: 'https://other.go.th' };
    const otherFile = path.join(tmp, 'other-site.json');
    await writeFile(otherFile, JSON.stringify(other));
    const refused = await run([site.url, ...common(), '--compare', otherFile]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('other.go.th');
  });

  it('writes the OIT form sheet (--format sheet) as Excel-ready CSV, in the language asked for', async () => {
    const out = path.join(tmp, 'sheet.csv');
    const r = await run([site.url, ...common(), '--format', 'sheet', '--lang', 'th', '--out', out]);
    expect(r.code).toBe(0);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('ข้อ,รายการ,ผล,ลิงก์หลักฐาน (URL),หมายเหตุ');
    expect(text.match(/^O\d+,/gm)).toHaveLength(26);
    expect(text).toMatch(new RegExp(`^O1,[^,]+,ผ่าน,"?${site.url.replace(/[.]/g, '\\.')}`, 'm'));
    const en = await run([site.url, ...common(), '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('fiscal year: 2569');
    expect(en.stdout).not.toMatch(/เว็บไซต์|ณ วันที่|ผ่าน|ไม่พบ|ต้องทำ/);
  });

  it('refuses a --compare file that is not a report, naming the file and the field', async () => {
    const bad = path.join(tmp, 'not-a-report.json');
    await writeFile(bad, JSON.stringify({ schemaVersion: 1, items: 'x' }));
    const r = await run([site.url, ...common(), '--compare', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not-a-report.json');
    expect(r.stderr).toMatch(/\$\.\w+/);
  });

  it('continues an interrupted audit with --resume without fetching pages twice', async () => {
    const cp = path.join(tmp, 'resume.checkpoint.json');
    const served = await serveSite(DEMO_SITE_DIR);
    try {
      const first = await run([served.url, ...common(), '--format', 'json', '--max-pages', '5', '--checkpoint', cp]);
      expect(Report.parse(JSON.parse(first.stdout)).crawl.stoppedBy).toBe('max-pages');
      const before = served.hits.filter((h) => h.startsWith('GET ')).length;
      const second = await run([served.url, ...common(), '--format', 'json', '--resume', '--checkpoint', cp]);
      const report = Report.parse(JSON.parse(second.stdout));
      expect(report.crawl.stoppedBy).toBe('done');
      // robots.txt is read again by each run; no page is
      const gets = served.hits.filter((h) => h.startsWith('GET ') && !h.includes('/robots.txt'));
      expect(new Set(gets).size).toBe(gets.length);
      expect(gets.length).toBeGreaterThan(before);
      const clean = Report.parse(JSON.parse((await run([site.url, ...common(), '--format', 'json'])).stdout));
      expect(report.items.map((i) => i.status)).toEqual(clean.items.map((i) => i.status));
    } finally {
      await served.close();
    }
  });

  it('audits a list of sites into a folder with a summary, recording the ones that fail', async () => {
    const list = path.join(tmp, 'sites.txt');
    const outDir = path.join(tmp, 'batch');
    await writeFile(list, `# จังหวัดตัวอย่าง\n${site.url}\n\nnot a url\nhttp://127.0.0.1:9/\n`);
    const r = await run(['--sites', list, '--out-dir', outDir, ...common()]);
    expect(r.code).toBe(0);
    const summary = (await readFile(path.join(outDir, 'summary.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(summary).toHaveLength(4);
    expect(summary[1]).toContain('127.0.0.1');
    expect(summary[2]).toContain('sites.txt:4');
    expect(summary[3]).toContain('127.0.0.1:9');
    const reportFile = summary[1]?.split(',')[1] ?? '';
    expect(Report.parse(JSON.parse(await readFile(path.join(outDir, reportFile), 'utf8'))).items).toHaveLength(26);
  });
});

describe('oit-audit never loses a report or an audit', () => {
  const common = () => ['--checklist', 'ita-2569', '--as-of', DEMO_AS_OF, '--delay', '0', '--quiet'];
  const pageHits = (s: ServedSite) => s.hits.filter((h) => h.startsWith('GET ')).length;

  it('refuses --out equal to --compare before any crawl, leaving the old report intact', async () => {
    const old = path.join(tmp, 'same.json');
    const first = await run([site.url, ...common(), '--format', 'json', '--max-pages', '3']);
    await writeFile(old, first.stdout);
    const before = pageHits(site);
    const r = await run([site.url, ...common(), '--format', 'html', '--compare', old, '--out', path.join(tmp, '.', 'same.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--compare');
    expect(await readFile(old, 'utf8')).toBe(first.stdout);
    expect(pageHits(site)).toBe(before);
  });

  it('refuses an --out it cannot write before any crawl, with one line', async () => {
    const aFile = path.join(tmp, 'plain-file.txt');
    await writeFile(aFile, 'x');
    const before = pageHits(site);
    const r = await run([site.url, ...common(), '--out', path.join(aFile, 'report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--out');
    expect(pageHits(site)).toBe(before);
  });

  it('writes --out atomically: no temp file is left beside the report', async () => {
    const dir = await mkdtemp(path.join(tmp, 'atomic-'));
    const r = await run([site.url, ...common(), '--format', 'json', '--max-pages', '3', '--out', path.join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    expect(await readdir(dir)).toEqual(['r.json']);
    Report.parse(JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8')));
  });

  it('refuses --compare with a report of another site before any crawl', async () => {
    const first = Report.parse(JSON.parse((await run([site.url, ...common(), '--format', 'json', '--max-pages', '3'])).stdout));
    const other = path.join(tmp, 'other-site.json');
    await writeFile(other, JSON.stringify({ ...first, site: 'https://www.another-abt.go.th/' }));
    const before = pageHits(site);
    const r = await run([site.url, ...common(), '--compare', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('another-abt.go.th');
    expect(pageHits(site)).toBe(before);
  });

  it('carries --compare into JSON and CSV reports', async () => {
    const previousFile = path.join(tmp, 'previous-for-formats.json');
    await writeFile(previousFile, (await run([site.url, ...common(), '--format', 'json', '--as-of', '2026-01-05'])).stdout);
    const json = await run([site.url, ...common(), '--format', 'json', '--compare', previousFile]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { changes?: { previous: { asOf: string }; changed: { id: string }[] } };
    expect(parsed.changes?.previous.asOf).toBe('2026-01-05');
    expect(parsed.changes?.changed.some((c) => c.id === 'O11')).toBe(true);
    Report.parse(parsed);
    const csv = await run([site.url, ...common(), '--format', 'csv', '--compare', previousFile]);
    expect(csv.stdout).toContain('change,evidence_added,evidence_removed,months_newly_present,months_newly_missing');
    // O11 (the monthly summary) changed between the two as-of dates; its row carries the change
    expect(csv.stdout).toMatch(/(better|worse): \w+ -> incomplete/);
  });

  it('never echoes the password of a start URL', async () => {
    const withCredentials = site.url.replace('http://', 'http://admin:s3cret-pw@');
    const r = await run([withCredentials, ...common()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('s3cret-pw');
    expect(r.stderr).toContain('***@');
  });

  it('keeps checkpoints in an owner-only cache folder and removes them after a completed audit', async () => {
    const cacheDir = path.join(await mkdtemp(path.join(tmp, 'cachehome-')), 'oit-audit', 'checkpoints');
    const served = await serveSite(DEMO_SITE_DIR);
    try {
      const partial = await run([served.url, ...common(), '--format', 'json', '--max-pages', '3'], cacheDir);
      expect(Report.parse(JSON.parse(partial.stdout)).crawl.stoppedBy).toBe('max-pages');
      expect((await stat(cacheDir)).mode & 0o777).toBe(0o700);
      const files = await readdir(cacheDir);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect((await stat(path.join(cacheDir, f))).mode & 0o777).toBe(0o600);
      const resumed = await run([served.url, ...common(), '--format', 'json', '--resume'], cacheDir);
      expect(Report.parse(JSON.parse(resumed.stdout)).crawl.stoppedBy).toBe('done');
      expect(await readdir(cacheDir)).toEqual([]);
    } finally {
      await served.close();
    }
  });

  it('writes summary.csv site by site, and --resume with --sites skips the sites already audited', async () => {
    const second = await serveSite(DEMO_SITE_DIR);
    try {
      const list = path.join(tmp, 'resume-sites.txt');
      const outDir = path.join(tmp, 'resume-batch');
      await writeFile(list, `${site.url}\n`);
      expect((await run(['--sites', list, '--out-dir', outDir, ...common(), '--max-pages', '3'])).code).toBe(0);
      // the list grows (or the first run was interrupted after its first site): resume
      await writeFile(list, `${site.url}\n${second.url}\n`);
      const before = pageHits(site);
      const r = await run(['--sites', list, '--out-dir', outDir, ...common(), '--max-pages', '3', '--resume']);
      expect(r.code).toBe(0);
      expect(pageHits(site)).toBe(before);
      expect(pageHits(second)).toBeGreaterThan(0);
      const summary = (await readFile(path.join(outDir, 'summary.csv'), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      expect(summary).toHaveLength(3);
      expect(summary[1]).toContain(site.url);
      expect(summary[2]).toContain(second.url);
    } finally {
      await second.close();
    }
  });
});
