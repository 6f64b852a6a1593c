import { describe, expect, it } from 'vitest';
import { dueList } from '../../lib/report/due-list.ts';
import { makeItem, makeReport } from '../ui/make-report.ts';

describe('dueList', () => {
  it('puts overdue first, then due soon by date, then stale, then checks; keeps checklist order within equal dates', () => {
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
