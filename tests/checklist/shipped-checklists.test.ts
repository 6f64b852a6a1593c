import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FILES, builtInConcepts, defaultChecklistId, getChecklist, listChecklists } from '../../lib/checklist/built-in-checklists.ts';
import { jsonSchemaFiles } from '../../lib/checklist/checklist-json-schema.ts';
import { parseChecklist } from '../../lib/checklist/load-checklist.ts';
import { conceptMatches, matchingConcepts } from './concept-match.ts';

const checklistsDir = new URL('../../checklists/', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, checklistsDir), 'utf8'));
const concept = (id: string) => {
  const c = builtInConcepts.concepts.find((x) => x.id === id);
  if (!c) throw new Error(`no concept ${id}`);
  return c;
};

describe('JSON schema files', () => {
  it.each(jsonSchemaFiles())('checklists/$file is up to date (run npm run schema)', ({ file, text }) => {
    expect(readFileSync(new URL(file, checklistsDir), 'utf8')).toBe(text);
  });
});

describe('shipped checklists', () => {
  it('ships the ITA years 2565–2569 and eit-web', () => {
    expect(listChecklists().map((c) => c.id)).toEqual(['ita-2565', 'ita-2566', 'ita-2567', 'ita-2568', 'ita-2569', 'eit-web']);
  });

  it.each(BUILT_IN_FILES.map((f) => f.file))('%s validates, with its $schema and an id matching the file name', (file) => {
    const json = readJson(file);
    const result = parseChecklist(json, file, builtInConcepts);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(json).toMatchObject({ $schema: './schema.json', id: file.replace(/\.json$/, '') });
  });

  it.each([['ita-2565', 43], ['ita-2566', 43], ['ita-2567', 43], ['ita-2568', 26], ['ita-2569', 26]] as const)('%s has item ids exactly O1..O%i in order', (id, count) => {
    const list = getChecklist(id);
    expect(list?.year).toBe(Number(id.slice(4)));
    expect(list?.items.map((i) => i.id)).toEqual(Array.from({ length: count }, (_, i) => `O${i + 1}`));
  });

  it('eit-web has e6..e10, and e6 needs two contact channels', () => {
    const list = getChecklist('eit-web');
    expect(list?.items.map((i) => i.id)).toEqual(['e6', 'e7', 'e8', 'e9', 'e10']);
    expect(list?.items[0]?.minEvidence).toBe(2);
    expect(list?.items.find((i) => i.id === 'e10')?.concepts).toEqual(['complaint-channel']);
  });

  it('references only defined concepts, and every concept is used by some checklist (a part only, by an item that asks for it)', () => {
    const defined = new Set(builtInConcepts.concepts.filter((c) => !c.partOnly).map((c) => c.id));
    // the location map (partOnly) is asked for by the contact item of every ITA year (needsMap), not by EIT e6
    expect(builtInConcepts.concepts.filter((c) => c.partOnly).map((c) => c.id)).toEqual(['location-map']);
    for (const l of listChecklists()) expect(l.items.filter((i) => i.needsMap).map((i) => i.id), l.id).toEqual(l.id === 'eit-web' ? [] : [l.items.find((i) => i.concepts.includes('contact'))?.id]);
    const used = new Set(listChecklists().flatMap((l) => l.items.flatMap((i) => i.concepts)));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !used.has(id))).toEqual([]);
  });

  it('2567 is the 2566 list with probable confidence', () => {
    const a = getChecklist('ita-2566');
    const b = getChecklist('ita-2567');
    expect(b?.items.map(({ id, title, concepts, freshness }) => ({ id, title, concepts, freshness }))).toEqual(
      a?.items.map(({ id, title, concepts, freshness }) => ({ id, title, concepts, freshness })),
    );
    expect(b?.items.every((i) => i.confidence === 'probable')).toBe(true);
    expect(a?.items.every((i) => i.confidence === 'confirmed')).toBe(true);
  });

  it('marks the inferred 2568 titles as probable', () => {
    const probable = getChecklist('ita-2568')?.items.filter((i) => i.confidence === 'probable').map((i) => i.id);
    expect(probable).toEqual(expect.arrayContaining(['O2', 'O5', 'O6', 'O7']));
  });

  it('finds the monthly procurement summary under each year\'s number with the right rule', () => {
    const monthly = (id: string) => getChecklist(id)?.items.filter((i) => i.freshness.kind === 'monthly').map((i) => [i.id, i.freshness]);
    const firstHalf = { kind: 'monthly', fromMonth: 1, toMonth: 6, fiscalYear: 'current', graceDays: 0 };
    expect(monthly('ita-2565')).toEqual([['O23', firstHalf]]);
    expect(monthly('ita-2566')).toEqual([['O21', firstHalf]]);
    expect(monthly('ita-2568')).toEqual([['O12', firstHalf]]);
    expect(monthly('ita-2569')).toEqual([['O11', firstHalf], ['O12', { kind: 'monthly', fromMonth: 1, toMonth: 12, fiscalYear: 'previous', graceDays: 0 }]]);
  });

  it('merged 2568 items reference the concepts of both 2566 items', () => {
    expect(getChecklist('ita-2568')?.items.find((i) => i.id === 'O1')?.concepts).toEqual(['structure', 'authority']);
    expect(getChecklist('ita-2568')?.items.find((i) => i.id === 'O21')?.concepts).toEqual(['no-gift-declaration', 'no-gift-culture']);
  });

  it('gives every dated rule a human due text where one applies', () => {
    for (const list of listChecklists()) {
      for (const item of list.items) {
        const k = item.freshness.kind;
        if (k === 'previous-fiscal-year' || k === 'first-half' || k === 'monthly') expect(item.due, `${list.id} ${item.id}`).toBeTruthy();
      }
    }
  });
});

describe('defaultChecklistId', () => {
  it('is the newest shipped ITA year for today and later', () => {
    expect(defaultChecklistId({ year: 2026, month: 11, day: 25 })).toBe('ita-2569');
    expect(defaultChecklistId({ year: 2030, month: 1, day: 1 })).toBe('ita-2569');
  });
  it('follows the fiscal year for back-dated audits, and the oldest before that', () => {
    expect(defaultChecklistId({ year: 2025, month: 5, day: 15 })).toBe('ita-2568');
    expect(defaultChecklistId({ year: 2024, month: 10, day: 1 })).toBe('ita-2568');
    expect(defaultChecklistId({ year: 2024, month: 9, day: 30 })).toBe('ita-2567');
    expect(defaultChecklistId({ year: 2019, month: 1, day: 1 })).toBe('ita-2565');
  });
});

describe('concept synonyms', () => {
  it('each ITA item title matches its own concepts and no other concept used in that checklist', () => {
    const problems: string[] = [];
    for (const list of listChecklists().filter((l) => l.year !== undefined)) {
      const inList = new Set(list.items.flatMap((i) => i.concepts));
      for (const item of list.items) {
        const hits = matchingConcepts(builtInConcepts.concepts, item.title).filter((id) => inList.has(id));
        if (!hits.some((id) => item.concepts.includes(id))) problems.push(`${list.id} ${item.id}: own concepts do not match "${item.title}"`);
        const foreign = hits.filter((id) => !item.concepts.includes(id));
        if (foreign.length > 0) problems.push(`${list.id} ${item.id}: "${item.title}" also matches ${foreign.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['procurement-monthly', 'สขร.1 เดือน ตุลาคม 2567'],
    ['procurement-monthly', '12.สขร.เดือน กันยายน 2568'],
    ['procurement-monthly', 'สรปุผลการจัดซื้อจัดจ้าง'],
    ['procurement-monthly', 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน'],
    ['procurement-monthly', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน/ไตรมาส/ปี'],
    ['satisfaction-survey', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปี 2567'],
    ['complaint-channel', 'แจ้งเรื่องทุจริตหน่วยงานภาครัฐ'],
    ['social-network', 'Facebook อบต.ภูกระดึง'],
    ['e-service', 'บริการออนไลน์ E-Service'],
    ['no-gift-declaration', 'นโยบายไม่รับของขวัญ no gift policy'],
    ['qa', 'กระทู้ ถาม-ตอบ (Q&A)'],
    ['qa', 'คำถามที่พบบ่อย (FAQ)'],
    ['budget-plan', 'เทศบัญญัติงบประมาณรายจ่ายประจำปี 2568'],
    ['development-plan', 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)'],
    ['privacy-policy', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล'],
  ])('%s matches "%s"', (id, label) => {
    expect(conceptMatches(concept(id), label)).toBe(true);
  });

  it.each([
    ['satisfaction-survey', 'แบบสอบถามความพึงพอใจในการให้บริการ'],
    ['satisfaction-survey', 'แบบประเมินความพึงพอใจการให้บริการ'],
    ['procurement-monthly', 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568'],
    ['procurement-monthly', 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง'],
    ['procurement-announcements', 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง'],
    ['complaint-channel', 'ร้องเรียนร้องทุกข์ทั่วไป'],
    ['complaint-channel', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ'],
    ['complaint-channel', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี'],
    ['general-complaint', 'ร้องเรียนการทุจริต'],
    ['social-network', 'บริการออนไลน์'],
    ['structure', 'ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน'],
    ['development-plan', 'แผนพัฒนาบุคลากร 3 ปี'],
    ['operation-plan', 'แผนปฏิบัติการป้องกันการทุจริต 4 ปี'],
    ['news', 'ข่าวจัดซื้อจัดจ้างจากระบบ e-GP'],
    ['laws', 'ข้อบัญญัติงบประมาณรายจ่ายประจำปี'],
    ['contact', 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ'],
  ])('%s does not match "%s"', (id, label) => {
    expect(conceptMatches(concept(id), label)).toBe(false);
  });

  it('lists external hosts for channels found off-site', () => {
    expect(concept('social-network').externalHosts).toEqual(expect.arrayContaining(['facebook.com', 'line.me', 'youtube.com', 'tiktok.com']));
    expect(concept('complaint-channel').externalHosts).toEqual(expect.arrayContaining(['wbs.nacc.go.th', 'pacc.go.th']));
    expect(concept('procurement-announcements').externalHosts).toContain('gprocurement.go.th');
  });
});
