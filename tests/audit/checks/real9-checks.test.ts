import { describe, expect, it } from 'vitest';
import { EVIDENCE_VERDICT_CHECKS, type TargetState } from '../../../lib/audit/checks/index.ts';
import type { DatedEvidence } from '../../../lib/checklist/freshness/freshness-types.ts';
import { findDates } from '../../../lib/thai/index.ts';

/** Rules found on the real9 corpus (a public organisation, RTRDA, in three states), on literal inputs. */
const byId = (id: string) => {
  const check = EVIDENCE_VERDICT_CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`${id} missing`);
  return check;
};

describe('year-summary-required', () => {
  const run = byId('year-summary-required').run as (summaries: readonly DatedEvidence[][], fy: number) => boolean;
  const piece = (label: string, url = 'https://x.go.th/a.pdf', urlText = ''): DatedEvidence => ({
    url,
    dates: [...findDates(label).map((d) => ({ ...d, source: 'link-label' as const })), ...findDates(urlText).map((d) => ({ ...d, source: 'url' as const }))],
  });
  it("twelve months beside only an older year's summary do not pass the previous year", () => {
    expect(run([[piece('รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี พ.ศ. 2567')]], 2568)).toBe(true);
  });
  it("the label's year outranks a number in the file name (the ITA round: ITA_68_o13…pdf)", () => {
    expect(run([[piece('รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี พ.ศ. 2567', 'https://x.go.th/3.ITA_68_o13.pdf', 'ITA 2568')]], 2568)).toBe(true);
  });
  it("the year's summary, an undated one or none at all leaves the months to decide", () => {
    expect(run([], 2568)).toBe(false);
    expect(run([[piece('แบบสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ.2568')]], 2568)).toBe(false);
    expect(run([[piece('แบบสรุปผลการจัดซื้อจัดจ้าง')]], 2568)).toBe(false);
    expect(run([[piece('สรุปผล พ.ศ. 2567')], [piece('สรุปผล ประจำปีงบประมาณ 2568')]], 2568)).toBe(false);
  });
});

describe('channel-dead-supporting-only', () => {
  const run = byId('channel-dead-supporting-only').run as (states: ReadonlySet<TargetState>) => boolean;
  it('a broken link to the system, with only documents about it, keeps the statistics from passing the channel', () => {
    expect(run(new Set<TargetState>(['broken']))).toBe(true);
    expect(run(new Set<TargetState>(['broken', 'not-a-channel']))).toBe(true);
    expect(run(new Set<TargetState>(['placeholder']))).toBe(true);
  });
  it('a working system, one on another host, a page not yet read, or nothing named for it decides nothing', () => {
    expect(run(new Set<TargetState>(['broken', 'ok']))).toBe(false);
    expect(run(new Set<TargetState>(['broken', 'external']))).toBe(false);
    expect(run(new Set<TargetState>(['not-a-channel']))).toBe(false);
    expect(run(new Set<TargetState>())).toBe(false);
  });
});

describe('contact-needs-details: a map is where the office is, not how to reach it', () => {
  const run = byId('contact-needs-details').run as (a: readonly string[], b: ReadonlySet<TargetState | 'details' | 'map'>, c: boolean) => boolean;
  it('a Google Maps link beside a broken contact page, with no address printed anywhere, is not contact information', () => {
    expect(run(['contact'], new Set(['map', 'broken']), false)).toBe(true);
    expect(run(['contact'], new Set(['map']), false)).toBe(true);
  });
  it('a map with a working contact page, contact details read from a page, or an address printed anywhere passes', () => {
    expect(run(['contact'], new Set(['map', 'ok']), false)).toBe(false);
    expect(run(['contact'], new Set(['map', 'details']), false)).toBe(false);
    expect(run(['contact'], new Set(['map', 'broken']), true)).toBe(false);
  });
});

describe('due-period-listed-empty', () => {
  const run = byId('due-period-listed-empty').run as (freshness: 'pass' | 'outdated' | 'incomplete' | 'missing' | 'review', listed: 'pass' | 'outdated' | null) => boolean;
  it("an older document beside the due period's listing without a document is incomplete, not outdated", () => {
    expect(run('outdated', 'pass')).toBe(true);
  });
  it('no listing, a listing of an older period, or a verdict other than outdated decides nothing', () => {
    expect(run('outdated', null)).toBe(false);
    expect(run('outdated', 'outdated')).toBe(false);
    expect(run('pass', 'pass')).toBe(false);
    expect(run('review', 'pass')).toBe(false);
  });
});
