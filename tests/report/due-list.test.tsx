import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { dueByOwner, dueList, dueMessage, itemDueFacts } from '../../lib/report/due-list.ts';
import { thaiMonthOf } from '../../lib/report/format.ts';
import type { ItemVerdict, Report } from '../../lib/report/report-schema.ts';
import { ItemCard } from '../../lib/report/report-view.tsx';
import { makeItem, makeReport } from '../ui/make-report.ts';
import { auditDemo } from './demo-report.ts';

describe('dueList', () => {
  it('puts overdue first, then due soon by date, then items to fix, then stale, then checks; keeps checklist order within equal dates', () => {
    const report = makeReport([
      makeItem('O1', 'pass', { attention: [{ kind: 'check', message: 'ตรวจเอง', messageEn: 'check' }] }),
      makeItem('O2', 'outdated', { attention: [{ kind: 'stale', message: 'เก่า', messageEn: 'stale' }] }),
      makeItem('O3', 'pass', { attention: [{ kind: 'due-soon', message: 'ส่งภายใน 30 มิ.ย.', messageEn: 'due 30 Jun', due: '2026-06-30' }] }),
      makeItem('O4', 'missing', { attention: [{ kind: 'overdue', message: 'เลยกำหนด', messageEn: 'overdue', due: '2026-04-30' }] }),
      makeItem('O5', 'pass', { attention: [{ kind: 'due-soon', message: 'ส่งภายใน 31 พ.ค.', messageEn: 'due 31 May', due: '2026-05-31' }] }),
      makeItem('O6', 'incomplete', {
        attention: [
          { kind: 'overdue', message: 'เดือน เม.ย. ยังไม่มี', messageEn: 'April missing', due: '2026-05-31' },
          { kind: 'due-soon', message: 'ไม่มีวันที่', messageEn: 'no date' },
        ],
      }),
    ]);
    expect(dueList(report).map((e) => `${e.kind}:${e.itemId}`)).toEqual([
      'overdue:O4',
      'overdue:O6',
      'due-soon:O5',
      'due-soon:O3',
      'due-soon:O6',
      'fix:O2',
      'stale:O2',
      'check:O1',
    ]);
  });

  it('carries the owner so the list can be handed to a division', () => {
    const report = makeReport([makeItem('O7', 'missing', { owner: 'กองคลัง', attention: [{ kind: 'overdue', message: 'm', messageEn: 'm' }] })]);
    expect(dueList(report)[0]?.owner).toBe('กองคลัง');
  });

  it('is empty when nothing needs attention', () => {
    expect(dueList(makeReport([makeItem('O1', 'pass')]))).toEqual([]);
  });
});

describe('the due list and the item cards say the same thing', () => {
  /** The due facts an item card shows: kind and visible text of each `data-fact-kind` line. */
  function cardFacts(item: ItemVerdict): string[] {
    const html = renderToString(<ItemCard item={item} site="https://www.example.go.th" />);
    const text = (s: string): string => s.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    return [...html.matchAll(/<li data-fact-kind="([a-z-]+)">(.*?)<\/li>/g)].map((m) => `${m[1]}|${text(m[2] ?? '')}`);
  }

  function agree(report: Report): void {
    const due = dueList(report);
    for (const item of report.items) {
      const card = cardFacts(item);
      const listed = due.filter((d) => d.itemId === item.id);
      expect(card.map((c) => c.split('|')[0]).sort(), item.id).toEqual(listed.map((d) => d.kind).sort());
      for (const d of listed) {
        if (d.kind === 'fix') continue;
        expect(card.some((c) => c.includes(dueMessage(d, 'both'))), `${item.id}: ${d.message}`).toBe(true);
      }
      // every overdue / due-soon note and every missing month on the card is in the due list
      for (const a of item.attention) expect(listed.some((d) => d.message === a.message && d.kind === a.kind), `${item.id} ${a.message}`).toBe(true);
      for (const m of item.months?.missing ?? []) {
        expect(listed.some((d) => d.kind === 'overdue' && (d.months?.includes(m) === true || d.message.includes(thaiMonthOf(m)))), `${item.id} ${m}`).toBe(true);
      }
      // an item that does not pass is always on the list
      if (item.status !== 'pass') expect(listed.length, item.id).toBeGreaterThan(0);
    }
  }

  it('on the demo report (March summary of O11 overdue on the card and in the list)', async () => {
    const report = await auditDemo();
    agree(report);
    const o11 = dueList(report).filter((d) => d.itemId === 'O11');
    expect(o11.map((d) => d.kind)).toEqual(['overdue']);
    expect(o11[0]?.months).toEqual(['2026-03']);
    expect(o11[0]?.message).toContain('มี.ค. 2569');
  }, 60_000);

  it('on constructed reports', () => {
    agree(
      makeReport([
        makeItem('O1', 'pass'),
        makeItem('O2', 'incomplete', { months: { present: ['2025-10'], missing: ['2025-11', '2025-12', '2026-01', '2026-03'] } }),
        makeItem('O3', 'incomplete', {
          months: { present: [], missing: ['2026-03'] },
          attention: [{ kind: 'overdue', message: 'สรุปผลเดือน มี.ค. 2569 เลยกำหนด', messageEn: 'Mar overdue', due: '2026-04-30' }],
        }),
        makeItem('O4', 'review'),
        makeItem('O5', 'review', { attention: [{ kind: 'check', message: 'ลิงก์เดียวกันหลายเดือน', messageEn: 'same link' }] }),
        makeItem('O6', 'missing'),
        makeItem('O7', 'outdated', { attention: [{ kind: 'stale', message: 'เก่า', messageEn: 'old' }] }),
        makeItem('O8', 'pass', { attention: [{ kind: 'due-soon', message: 'ส่งภายใน 31 พ.ค.', messageEn: 'due 31 May', due: '2026-05-31' }] }),
      ]),
    );
  });

  it('lists a missing month once, even when an attention note already names it', () => {
    const report = makeReport([
      makeItem('O3', 'incomplete', {
        months: { present: [], missing: ['2026-02', '2026-03'] },
        attention: [{ kind: 'overdue', message: 'สรุปผลเดือน มี.ค. 2569 เลยกำหนด', messageEn: 'Mar overdue', due: '2026-04-30' }],
      }),
    ]);
    expect(dueList(report).map((d) => `${d.kind}:${d.message}`)).toEqual(['overdue:ยังไม่พบเอกสารเดือน ก.พ. 2569 (เลยกำหนดแล้ว)', 'overdue:สรุปผลเดือน มี.ค. 2569 เลยกำหนด']);
  });

  it('collapses a run of missing months into one line', () => {
    const months = ['2024-10', '2024-11', '2024-12', '2025-01'];
    const [fact] = itemDueFacts(makeItem('O12', 'incomplete', { months: { present: [], missing: months } }));
    expect(fact).toMatchObject({ kind: 'overdue', months, message: 'ยังไม่พบเอกสารเดือน ต.ค. 2567 – ม.ค. 2568 (เลยกำหนดแล้ว)' });
  });

  it('says check for a review item and fix for a missing one, with the reason', () => {
    expect(itemDueFacts(makeItem('O4', 'review'))).toEqual([{ kind: 'check', message: 'เหตุผล O4', messageEn: 'reason O4' }]);
    expect(itemDueFacts(makeItem('O6', 'missing'))).toEqual([{ kind: 'fix', message: 'เหตุผล O6', messageEn: 'reason O6' }]);
    expect(itemDueFacts(makeItem('O1', 'pass'))).toEqual([]);
  });
});

describe('dueByOwner', () => {
  it('groups by responsible division, the division with the most urgent entry first, order kept within a group', () => {
    const report = makeReport([
      makeItem('O1', 'review', { owner: 'สำนักปลัด' }),
      makeItem('O2', 'missing', { owner: 'กองคลัง' }),
      makeItem('O3', 'incomplete', { owner: 'สำนักปลัด', months: { present: [], missing: ['2026-03'] } }),
      makeItem('O4', 'missing', { owner: 'กองคลัง' }),
    ]);
    const groups = dueByOwner(dueList(report));
    expect(groups.map((g) => `${g.owner}:${g.entries.map((e) => e.itemId).join(',')}`)).toEqual(['สำนักปลัด:O3,O1', 'กองคลัง:O2,O4']);
  });
});
