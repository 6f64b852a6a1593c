import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import { REPORT_CSS } from '../../lib/report/report-style.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';

/** The body of one @media block of the stylesheet. */
function mediaBlock(css: string, query: string): string {
  const start = css.indexOf(`@media ${query}`);
  expect(start, query).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    if (css[i] === '}') depth -= 1;
    if (depth === 0) return css.slice(start, i + 1);
  }
  return css.slice(start);
}

describe('report stylesheet', () => {
  it('never breaks Thai text anywhere: break-all is gone, strict line breaking for text, anywhere only for URLs', () => {
    expect(REPORT_CSS).not.toContain('break-all');
    expect(REPORT_CSS).toMatch(/\.report \{[^}]*line-break: strict/);
    for (const rule of REPORT_CSS.match(/[^{}]+\{[^}]*overflow-wrap: anywhere[^}]*\}/g) ?? []) {
      expect(rule, rule).toMatch(/a\.url|a\[href\]::after/);
    }
  });

  it('prints on A4 with every piece of evidence: the "N more" list has a print copy, details open on paper', () => {
    expect(REPORT_CSS).toContain('@page { size: A4;');
    const print = mediaBlock(REPORT_CSS, 'print');
    expect(print).toContain('.more-evidence { display: none; }');
    expect(print).toContain('.print-only { display: block; }');
    expect(print).toContain('details::details-content');
    expect(print).toMatch(/line-height: 1\.[6-9]/);
    const report = makeReport([
      makeItem('O1', 'pass', { evidence: Array.from({ length: 6 }, (_, i) => makeEvidence({ url: `https://www.example.go.th/e${i}`, label: `หลักฐาน ${i}` })) }),
    ]);
    const html = renderReportHtml(report);
    const printCopy = /<ul class="evidence print-only"[^>]*>(.*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect([3, 4, 5].every((i) => printCopy.includes(`href="https://www.example.go.th/e${i}"`))).toBe(true);
    expect(html).toContain('หลักฐานอื่นอีก 3 รายการ');
  });

  it('has a dark mode', () => {
    expect(mediaBlock(REPORT_CSS, '(prefers-color-scheme: dark)')).toContain('.item');
  });
});
