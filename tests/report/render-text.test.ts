import { describe, expect, it } from 'vitest';
import { renderText } from '../../lib/report/render-text.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';

describe('renderText', () => {
  const report = makeReport([
    makeItem('O11', 'incomplete', { owner: 'กองคลัง/งานพัสดุ', months: { present: ['2026-02'], missing: ['2026-03'] } }),
    makeItem('O1', 'pass', { evidence: [makeEvidence({ url: 'https://www.example.go.th/a' }), makeEvidence({ url: 'https://www.example.go.th/a' })] }),
  ]);
  const text = renderText(report, { lang: 'th' });

  it('shows a missing month as overdue on the item and in the due list, under its division', () => {
    expect(text).toContain('     ! เลยกำหนด: ยังไม่พบเอกสารเดือน มี.ค. 2569 (เลยกำหนดแล้ว)');
    const due = text.slice(text.indexOf('ต้องทำ'));
    expect(due).toMatch(/\[กองคลัง\/งานพัสดุ\]\n {4}O11 +เลยกำหนด: ยังไม่พบเอกสารเดือน มี\.ค\. 2569/);
  });

  it('prints each evidence URL of an item once', () => {
    expect(text.match(/→ https:\/\/www\.example\.go\.th\/a /g)).toHaveLength(1);
  });
});
