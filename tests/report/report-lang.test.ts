import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../lib/report/render-html.tsx';
import { renderText } from '../../lib/report/render-text.ts';
import { itemTitle, say, sayDate, sayMonth } from '../../lib/report/report-lang.ts';
import { makeItem, makeReport } from '../ui/make-report.ts';

describe('report language', () => {
  it('shows dates in Buddhist era in Thai, both eras in English', () => {
    expect(sayDate('2026-05-20', 'th')).toBe('20 พ.ค. 2569');
    expect(sayDate('2026-05-20T03:04:05Z', 'en')).toBe('20 May 2026 (BE 2569)');
    expect(sayDate('2026-05-20', 'both')).toBe('20 พ.ค. 2569 / 20 May 2026');
    expect(sayMonth('2026-03', 'en')).toBe('Mar 2026 (BE 2569)');
    expect(sayMonth('2026-03', 'th')).toBe('มี.ค. 2569');
    expect(sayDate('not a date', 'th')).toBe('not a date');
  });

  it('picks a phrase and an item title', () => {
    const p = { th: 'ผ่าน', en: 'pass' };
    expect([say(p, 'th'), say(p, 'en'), say(p, 'both')]).toEqual(['ผ่าน', 'pass', 'ผ่าน / pass']);
    expect(itemTitle({ title: 'ข้อมูลผู้บริหาร', titleEn: 'Executives' }, 'en')).toBe('Executives');
    expect(itemTitle({ title: 'ข้อมูลผู้บริหาร', titleEn: 'Executives' }, 'both')).toBe('ข้อมูลผู้บริหาร');
  });

  it('renders text and HTML in Thai only, English only, or both (Thai first)', () => {
    const report = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'missing')]);
    const th = renderText(report, { lang: 'th' });
    expect(th).toContain('ณ วันที่: 20 พ.ค. 2569');
    expect(th).not.toContain('as of');
    const en = renderText(report, { lang: 'en' });
    expect(en).toContain('as of: 20 May 2026 (BE 2569)');
    expect(en).toContain('item O2');
    expect(en).not.toMatch(/ณ วันที่|ผ่าน|ไม่พบ/);
    const both = renderText(report);
    expect(both.indexOf('ณ วันที่ / as of')).toBeGreaterThanOrEqual(0);
    expect(renderReportHtml(report, null, { lang: 'en' })).toContain('<html lang="en">');
    const visible = (html: string): string => html.replace(/<style>[^]*?<\/style>/, '').replace(/<[^>]*>/g, '');
    expect(visible(renderReportHtml(report, null, { lang: 'th' }))).not.toMatch(/missing|pass|as of/);
    // only data stays Thai in English (owner, sub-indicator, evidence labels as the site wrote them)
    const data = /สำนักปลัด|9\.1 ข้อมูลพื้นฐาน|แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569/g;
    expect(visible(renderReportHtml(report, null, { lang: 'en' })).replace(data, '')).not.toMatch(/[\u0e00-\u0e7f]/);
  });
});
