import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../lib/report/export-csv.ts';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import { renderChangesText } from '../../lib/report/render-text.ts';
import { DifferentSitesError, diffReports, hasChanges, sameSite, tryDiffReports } from '../../lib/report/report-diff.ts';
import type { Evidence } from '../../lib/report/report-schema.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';
import { parseCsv } from './parse-csv.ts';

describe('diffReports', () => {
  it('lists the items whose status changed, with the direction, in checklist order', () => {
    const before = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'missing'), makeItem('O3', 'pass'), makeItem('O4', 'review')]);
    const after = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'pass'), makeItem('O3', 'outdated'), makeItem('O4', 'review')]);
    const diff = diffReports(before, after);
    expect(diff.changed).toEqual([
      { id: 'O2', title: 'รายการ O2', from: 'missing', to: 'pass', direction: 'better' },
      { id: 'O3', title: 'รายการ O3', from: 'pass', to: 'outdated', direction: 'worse' },
    ]);
    expect(diff.unchanged).toBe(2);
    expect(hasChanges(diff)).toBe(true);
  });

  it('reports items added and removed, and flags a change of checklist', () => {
    const before = makeReport([makeItem('O1', 'pass'), makeItem('O9', 'missing')], { checklist: { id: 'ita-2568', title: 'ITA 2568' } });
    const after = makeReport([makeItem('O1', 'pass'), makeItem('O10', 'review')]);
    const diff = diffReports(before, after);
    expect(diff.checklistChanged).toBe(true);
    expect(diff.added).toEqual([{ id: 'O10', title: 'รายการ O10', status: 'review' }]);
    expect(diff.removed).toEqual([{ id: 'O9', title: 'รายการ O9', status: 'missing' }]);
    expect(diff.changed).toEqual([]);
  });

  it('has nothing to show when every status is the same', () => {
    const r = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'missing')]);
    expect(hasChanges(diffReports(r, r))).toBe(false);
  });
});

describe('diffReports beyond status flips', () => {
  const ev = (url: string, label = 'แผน'): Evidence => makeEvidence({ url, label });

  it('lists evidence added, removed and changed by URL, and months newly present or missing', () => {
    const before = makeReport([
      makeItem('O1', 'pass', { evidence: [ev('https://www.example.go.th/a'), ev('https://www.example.go.th/b')] }),
      makeItem('O11', 'incomplete', { months: { present: ['2025-10', '2025-11'], missing: ['2025-12'] }, evidence: [ev('https://www.example.go.th/s')] }),
    ]);
    const after = makeReport(
      [
        makeItem('O1', 'pass', { evidence: [ev('https://www.example.go.th/a', 'แผน (ฉบับแก้ไข)'), ev('https://www.example.go.th/c'), ev('https://www.example.go.th/c#p2')] }),
        makeItem('O11', 'incomplete', { months: { present: ['2025-10', '2025-11', '2025-12'], missing: ['2026-01'] }, evidence: [ev('https://www.example.go.th/s')] }),
      ],
      { generatedAt: '2026-06-20T01:00:00.000Z' },
    );
    const diff = diffReports(before, after);
    expect(diff.changed).toEqual([]);
    expect(diff.items).toEqual([
      { id: 'O1', title: 'รายการ O1', from: 'pass', to: 'pass', direction: 'same', evidenceAdded: ['https://www.example.go.th/c'], evidenceRemoved: ['https://www.example.go.th/b'], evidenceChanged: ['https://www.example.go.th/a'], monthsNewlyPresent: [], monthsNewlyMissing: [] },
      { id: 'O11', title: 'รายการ O11', from: 'incomplete', to: 'incomplete', direction: 'same', evidenceAdded: [], evidenceRemoved: [], evidenceChanged: [], monthsNewlyPresent: ['2025-12'], monthsNewlyMissing: ['2026-01'] },
    ]);
    expect(diff.previous.generatedAt).toBe('2026-05-20T03:04:05.000Z');
    expect(diff.current.generatedAt).toBe('2026-06-20T01:00:00.000Z');
    expect(diff.unchanged).toBe(0);
    expect(hasChanges(diff)).toBe(true);
  });

  it('warns when the audits were judged on different as-of dates or checklists', () => {
    const a = makeReport([makeItem('O1', 'pass')]);
    expect(diffReports(a, a).warnings).toEqual([]);
    const later = makeReport([makeItem('O1', 'pass')], { asOf: '2026-06-30' });
    expect(diffReports(a, later).warnings).toEqual(['as-of-differs']);
    const other = makeReport([makeItem('O1', 'pass')], { asOf: '2026-06-30', checklist: { id: 'ita-2568', title: 'ITA 2568' } });
    expect(diffReports(a, other).warnings).toEqual(['as-of-differs', 'checklist-differs']);
  });

  it('refuses to compare audits of different sites, but treats www. and http/https as the same site', () => {
    const a = makeReport([makeItem('O1', 'pass')]);
    const b = makeReport([makeItem('O1', 'pass')], { site: 'https://other.go.th' });
    expect(() => diffReports(a, b)).toThrow(DifferentSitesError);
    expect(tryDiffReports(a, b)).toMatchObject({ ok: false });
    expect(sameSite(a, makeReport([], { site: 'http://example.go.th' }))).toBe(true);
  });

  it('is shown by the text, HTML and CSV renderers', () => {
    const before = makeReport([makeItem('O1', 'missing'), makeItem('O2', 'pass', { evidence: [ev('https://www.example.go.th/old')] })]);
    const after = makeReport([makeItem('O1', 'pass', { evidence: [ev('https://www.example.go.th/new1')] }), makeItem('O2', 'pass', { evidence: [ev('https://www.example.go.th/new2')] })], { asOf: '2026-06-30' });
    const text = renderChangesText(before, after, 'both');
    expect(text).toContain('O1   ไม่พบ → ผ่าน (missing → pass)');
    expect(text).toContain('+ หลักฐานใหม่ / new evidence: https://www.example.go.th/new2');
    expect(text).toContain('− หลักฐานที่หายไป / evidence gone: https://www.example.go.th/old');
    expect(text).toContain('ตัดสินคนละวันที่');
    const html = renderReportHtml(after, before);
    expect(html).toContain('data-diff-warning="as-of-differs"');
    expect(html).toMatch(/data-diff-item="O2"[^]*href="https:\/\/www\.example\.go\.th\/new2"/);
    const rows = parseCsv(reportToCsv(after, before).slice(1));
    expect(rows[0]?.slice(-5)).toEqual(['change', 'evidence_added', 'evidence_removed', 'months_newly_present', 'months_newly_missing']);
    expect(rows[1]?.slice(-5)).toEqual(['better: missing -> pass', 'https://www.example.go.th/new1', '', '', '']);
    expect(rows[2]?.slice(-5)).toEqual(['evidence', 'https://www.example.go.th/new2', 'https://www.example.go.th/old', '', '']);
    const refused = renderReportHtml(after, makeReport([], { site: 'https://evil.example' }));
    expect(refused).toContain('data-diff-refused');
  });
});
