import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';

describe('renderReportHtml', () => {
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const report = makeReport([
    makeItem('O1', 'pass', {
      evidence: [
        makeEvidence({ label: evil, url: 'https://www.example.go.th/a"onmouseover="alert(3)' }),
        makeEvidence({ label: 'javascript link', url: 'javascript:alert(4)' }),
      ],
    }),
    makeItem('O2', 'missing', { reason: evil }),
  ]);
  const html = renderReportHtml(report);

  it('escapes markup from site labels and reasons', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('keeps attribute values quoted and turns only http(s) URLs into links', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/"\s*onmouseover=/i);
    expect(html).toContain('<span class="not-link"><bdi>javascript link</bdi></span>');
    expect(html).toContain('target="_blank" rel="noopener noreferrer"');
  });

  it('is a standalone page with a restrictive CSP, the status words and item attributes', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('data-item-id="O2" data-status="missing"');
    expect(html).toContain('ไม่พบ');
  });

  it('shows the diff against a previous audit', () => {
    const previous = makeReport([makeItem('O1', 'missing'), makeItem('O2', 'missing')]);
    expect(renderReportHtml(report, previous)).toContain('data-diff-item="O1"');
  });
});
