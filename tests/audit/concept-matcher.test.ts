import { describe, expect, it } from 'vitest';
import { createConceptMatcher } from '../../lib/audit/concept-matcher.ts';
import { Concept } from '../../lib/checklist/checklist-schema.ts';

const concepts = [
  { id: 'procurement-monthly', name: 'monthly', terms: ['สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'สขร.1', 'สรุปผลการจัดซื้อจัดจ้าง'], exclude: ['แผนการจัดซื้อจัดจ้าง'] },
  { id: 'procurement-annual-report', name: 'annual', terms: ['รายงานผลการจัดซื้อจัดจ้างประจำปี'] },
  { id: 'structure', name: 'structure', terms: ['โครงสร้าง'] },
  { id: 'authority', name: 'authority', terms: ['อำนาจหน้าที่', 'หน้าที่และอำนาจ'] },
  { id: 'procurement-plan', name: 'plan', terms: ['แผนการจัดซื้อจัดจ้าง', 'แผนการจัดหาพัสดุ'] },
].map((c) => Concept.parse(c));

const match = createConceptMatcher(concepts);
const ids = (text: string) => match(text).map((m) => m.conceptId).sort();

describe('createConceptMatcher', () => {
  it('matches synonyms after normalising spaces, digits and SARA AM', () => {
    expect(ids('สรุปผลการจัดซื้อจัดจ้าง รายเดือน')).toEqual(['procurement-monthly']);
    expect(ids('แบบ สขร. ๑ เดือนตุลาคม')).toEqual(['procurement-monthly']);
    expect(ids('อํานาจหน้าที่')).toEqual(['authority']);
  });
  it('lets the longest match win over an overlapping shorter one', () => {
    expect(ids('รายงานผลการจัดซื้อจัดจ้างประจำปี 2567')).toEqual(['procurement-annual-report']);
  });
  it('keeps two concepts that do not overlap in one label', () => {
    expect(ids('โครงสร้างและอำนาจหน้าที่')).toEqual(['authority', 'structure']);
  });
  it('applies exclude terms', () => {
    expect(ids('แผนการจัดซื้อจัดจ้าง ประจำปี 2568')).toEqual(['procurement-plan']);
  });
  it('tolerates a typo in a long term, and says so', () => {
    const m = match('สรปุผลการจัดซื้อจัดจ้าง');
    expect(m.map((x) => x.conceptId)).toEqual(['procurement-monthly']);
    expect(m[0]?.how).toBe('fuzzy');
  });
  it('matches nothing in unrelated labels', () => {
    expect(ids('ข่าวกีฬา')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('terms with gaps', () => {
  const gapped = createConceptMatcher([
    Concept.parse({ id: 'procurement-monthly', name: 'monthly', terms: ['สรุปผลการจัดซื้อจัดจ้าง*รายเดือน'] }),
  ]);
  it('matches the parts in order with a short text between', () => {
    expect(gapped('MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน ประจำปี').map((m) => m.conceptId)).toEqual(['procurement-monthly']);
  });
  it('does not match the parts in the other order', () => {
    expect(gapped('รายเดือน สรุปผลการจัดซื้อจัดจ้าง')).toEqual([]);
  });
});
