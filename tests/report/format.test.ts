import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, formatElapsed, isWebUrl, normalizeStartUrl, originOf, shortUrl, thaiDateOf, thaiMonthOf } from '../../lib/report/format.ts';

describe('UI formatting', () => {
  it('shows dates in Thai Buddhist-era form and the fiscal year', () => {
    expect(thaiDateOf('2026-05-20')).toBe('20 พ.ค. 2569');
    expect(thaiDateOf('2026-05-20T03:04:05Z')).toBe('20 พ.ค. 2569');
    expect(thaiMonthOf('2025-10')).toBe('ต.ค. 2568');
    expect(fiscalYearLabel('2026-10-01')).toBe('ปีงบประมาณ 2570');
    expect(fiscalYearLabel('2026-02-30')).toBeNull();
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(75_000)).toBe('1:15');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });

  it('accepts only http(s) URLs as links and start URLs', () => {
    expect(isWebUrl('https://a.go.th/x')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,x')).toBe(false);
    expect(originOf('www.example.go.th/path')).toBe('https://www.example.go.th');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(normalizeStartUrl(' http://127.0.0.1:8080 ')).toBe('http://127.0.0.1:8080/');
  });

  it('shortens URLs on the audited site to their path', () => {
    expect(shortUrl('https://a.go.th/public/list/1554?x=1', 'https://a.go.th')).toBe('/public/list/1554?x=1');
    expect(shortUrl('https://a.go.th/%E0%B8%81', 'https://a.go.th')).toBe('/ก');
    expect(shortUrl('https://other.go.th/x', 'https://a.go.th')).toBe('https://other.go.th/x');
  });
});
