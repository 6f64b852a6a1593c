import { describe, expect, it } from 'vitest';
import { renderReport } from '../../lib/cli/render-report.ts';
import { reportToCsv } from '../../lib/report/export-csv.ts';
import { formSheet, formSheetCsv, formSheetText } from '../../lib/report/form-sheet.ts';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import { renderChangesText, renderText } from '../../lib/report/render-text.ts';
import { LANGS } from '../../lib/report/report-lang.ts';
import { Report } from '../../lib/report/report-schema.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';
import { parseCsv } from './parse-csv.ts';

/** Ordinary Thai with combining vowels and tone marks: must come through every export unchanged. */
const THAI = 'ประกาศผู้ชนะการเสนอราคา จัดซื้อน้ำดื่ม ที่ทำการ อบต.'; // ู ้ ื ่ ำ ี ่
const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const FORMULA = '=HYPERLINK("http://evil.example/x","คลิก")';
const HUGE = 'ก'.repeat(50_000);
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

const hostile = makeReport(
  [
    makeItem('O1', 'pass', {
      title: `${THAI} ${SCRIPT}`,
      titleEn: `${THAI} ${FORMULA}`,
      reason: `พบ\u0000 ${FORMULA}`,
      owner: `สำนักปลัด\u202eดลปกันำส`,
      evidence: [
        makeEvidence({ url: 'javascript:alert(document.cookie)', label: `${THAI} javascript` }),
        makeEvidence({ url: 'data:text/html,<script>alert(1)</script>', label: 'data url' }),
        makeEvidence({ url: 'https://www.example.go.th/a.pdf', label: `\u202e${THAI}\u0007\u001b[2J` }),
        makeEvidence({ url: 'https://www.example.go.th/a.pdf', label: 'duplicate of a.pdf' }),
        makeEvidence({ url: 'https://www.example.go.th/huge', label: HUGE }),
        makeEvidence({ url: 'https://www.example.go.th/formula', label: FORMULA }),
      ],
      attention: [{ kind: 'check', message: `${SCRIPT}\u202e`, messageEn: FORMULA }],
    }),
    makeItem('O2', 'missing', { title: FORMULA, reason: `+${SCRIPT}`, reasonEn: `@SUM(1)\u0000`, owner: `-2+3` }),
    makeItem('O3', 'review', { title: HUGE, reason: `\t=cmd|' /C calc'!A0`, reasonEn: '\r-1' }),
    makeItem('O4', 'incomplete', { title: `\u202e${THAI}`, months: { present: [], missing: ['2026-03'] }, evidence: [makeEvidence({ url: 'https://www.example.go.th/a.pdf' })] }),
  ],
  { checklist: { id: 'ita-2569', title: `ITA 2569 ${SCRIPT}` } },
);
const previous = makeReport([makeItem('O1', 'missing'), makeItem('O2', 'missing'), makeItem('O3', 'pass', { evidence: [makeEvidence({ url: 'javascript:alert(9)' })] })], {
  asOf: '2026-04-20',
  checklist: { id: `ita-2568${SCRIPT}`, title: 'ITA 2568' },
});

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function noBidiOrControls(out: string, name: string): void {
  for (const c of BIDI) expect(out.includes(c), `${name} contains U+${c.charCodeAt(0).toString(16)}`).toBe(false);
  expect(CONTROLS.test(out), `${name} contains a control character`).toBe(false);
}

/** The text a reader sees in HTML: no tags, no attribute values. */
function visibleHtml(html: string): string {
  return html.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]*>/g, '');
}

function expectCsvNeutral(csv: string, name: string): string[][] {
  expect([...Buffer.from(csv, 'utf8').subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.slice(1));
  for (const row of rows) {
    for (const cell of row) {
      expect(/^\s*[=+\-@\t\r]/.test(cell), `${name}: ${cell.slice(0, 60)}`).toBe(false);
      expect(cell.length, `${name}: cell too long`).toBeLessThan(5_000);
      expect(cell.includes('javascript:') && /^javascript:/m.test(cell), `${name}: a javascript: URL cell`).toBe(false);
    }
  }
  return rows;
}

describe('every export of a report full of hostile strings', () => {
  it.each(LANGS)('text (%s): controls and bidi removed, labels shortened, Thai intact', (lang) => {
    const out = renderText(hostile, { lang, evidencePerItem: 10 }) + renderChangesText(previous, hostile, lang);
    noBidiOrControls(out.replace(/\n/g, ''), 'text');
    expect(out).not.toContain('ก'.repeat(201));
    expect(out).toContain(THAI);
    expect(out.split('\n').filter((l) => l.includes('https://www.example.go.th/a.pdf  «'))).toHaveLength(2); // O1 once, O4 once
  });

  it.each(LANGS)('HTML (%s): markup escaped, only http(s) links, bidi isolated, labels shortened with the full text in title, Thai intact', (lang) => {
    const html = renderReportHtml(hostile, previous, { lang });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => /^https?:\/\//.test(m[1] ?? ''))).toBe(true);
    noBidiOrControls(html.replace(/\n/g, ''), 'html');
    const visible = visibleHtml(html);
    expect(visible).not.toContain('ก'.repeat(201));
    expect(html).toContain(`title="${HUGE}"`);
    expect(html).toContain(`<bdi>${THAI}`);
    expect(visible).toContain(THAI);
    expect(visible).toContain('&lt;script>alert(1)&lt;/script>');
    // one evidence line per URL
    expect(html.match(/data-evidence-url="https:\/\/www\.example\.go\.th\/a\.pdf"/g)).toHaveLength(2); // O1 and O4
  });

  it('CSV: BOM, formula cells neutralised, no controls, each URL once, only http(s) URLs, Thai intact', () => {
    const csv = reportToCsv(hostile, previous);
    noBidiOrControls(csv.replace(/[\r\n]/g, ''), 'csv');
    const rows = expectCsvNeutral(csv, 'csv');
    const o1 = rows[1] ?? [];
    expect(o1[1]?.startsWith(THAI)).toBe(true);
    expect(o1[4]).toBe(`พบ ${FORMULA}`);
    expect(o1[7]?.split('\n')).toEqual(['https://www.example.go.th/a.pdf', 'https://www.example.go.th/huge', 'https://www.example.go.th/formula']);
    expect(rows[2]?.[1]).toBe(`'${FORMULA}`);
    expect(rows[3]?.[1]?.length).toBeLessThanOrEqual(201);
  });

  it.each(LANGS)('OIT form sheet (%s): CSV and copy-all text are clean, URLs http(s) and unique', (lang) => {
    const csv = formSheetCsv(hostile, lang);
    noBidiOrControls(csv.replace(/[\r\n]/g, ''), 'sheet');
    const rows = expectCsvNeutral(csv, 'sheet');
    expect(rows[1]?.[3]?.split('\n')).toEqual(['https://www.example.go.th/a.pdf', 'https://www.example.go.th/huge', 'https://www.example.go.th/formula']);
    expect(rows[1]?.[1]?.startsWith(THAI)).toBe(true);
    const text = formSheetText(formSheet(hostile, lang));
    noBidiOrControls(text.replace(/\n/g, ''), 'sheet text');
    expect(text).not.toContain('javascript:');
    expect(text).not.toContain('ก'.repeat(201));
    expect(text).toContain(THAI);
  });

  it('JSON is data: valid, round-trips through the schema, each evidence URL once', () => {
    const json = renderReport(hostile, 'json', null);
    expect(CONTROLS.test(json.replace(/\n/g, ''))).toBe(false);
    const back = Report.parse(JSON.parse(json));
    expect(back.items[0]?.title).toBe(hostile.items[0]?.title);
    expect(back.items[0]?.evidence.map((e) => e.url)).toEqual([
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'https://www.example.go.th/a.pdf',
      'https://www.example.go.th/huge',
      'https://www.example.go.th/formula',
    ]);
  });
});
