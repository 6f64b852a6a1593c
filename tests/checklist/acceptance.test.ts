import { describe, expect, it } from 'vitest';
import { getChecklist } from '../../lib/checklist/built-in-checklists.ts';
import { judgeFreshness } from '../../lib/checklist/freshness-rules.ts';
import { date, ev, month, monthlyRows } from './mentions.ts';

// Issue 3 acceptance: checklist ita-2568, as-of 2025-05-15, monthly window October–March.
describe('ita-2568 monthly procurement summary on 2025-05-15', () => {
  const item = getChecklist('ita-2568')?.items.find((i) => i.concepts.includes('procurement-monthly'));
  const asOf = date('2025-05-15');

  it('is item O12 with the first-half monthly rule', () => {
    expect(item?.id).toBe('O12');
    expect(item?.freshness).toMatchObject({ kind: 'monthly', fromMonth: 1, toMonth: 6 });
  });

  it('October 2567 – February 2568 → incomplete, March 2025 missing', () => {
    if (!item) throw new Error('no item');
    // "สขร.1 เดือน ตุลาคม 2567" … "กุมภาพันธ์ 2568": the date finder yields CE months 2024-10 … 2025-02.
    const v = judgeFreshness(item.freshness, monthlyRows(2024, 10, 5), asOf, { subject: 'สรุปผลการจัดซื้อจัดจ้าง', subjectEn: 'procurement summary' });
    expect(v.status).toBe('incomplete');
    expect(v.months?.missing).toEqual(['2025-03']);
    expect(v.months?.present).toEqual(['2024-10', '2024-11', '2024-12', '2025-01', '2025-02']);
    expect(v.reason).toBe('ไม่พบสรุปผลการจัดซื้อจัดจ้างเดือน มี.ค. 2568');
    // April is due by 31 May: reminded, not required.
    expect(v.attention).toEqual([expect.objectContaining({ kind: 'due-soon', due: '2025-05-31' })]);
  });

  it('October – March → pass', () => {
    if (!item) throw new Error('no item');
    const rows = [...monthlyRows(2024, 10, 5), ev('https://example.go.th/skr-mar.pdf', month(2025, 3))];
    const v = judgeFreshness(item.freshness, rows, asOf);
    expect(v.status).toBe('pass');
    expect(v.months?.missing).toEqual([]);
  });
});
