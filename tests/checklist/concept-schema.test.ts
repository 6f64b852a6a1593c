import { describe, expect, it } from 'vitest';
import { Concept, ConceptFile } from '../../lib/checklist/checklist-schema.ts';

const base = { id: 'qa', name: 'ถาม-ตอบ (Q&A)', terms: ['ถาม-ตอบ'] };

describe('Concept schema: the per-concept flags of the matcher rules', () => {
  it('defaults every flag off and every list empty, so an older concepts file keeps its meaning', () => {
    const c = Concept.parse(base);
    expect(c).toMatchObject({ weakTerms: [], reviewWith: [], anyTopic: false, hostsAreEvidence: false, sectionIsEvidence: false, channel: false, listsEntries: false, nationalDocuments: false, peopleInPosts: false, periodReport: false });
  });

  it('keeps the flags a concept sets', () => {
    const c = Concept.parse({ ...base, weakTerms: ['กระดาน'], reviewWith: ['general-complaint'], anyTopic: true, hostsAreEvidence: true, sectionIsEvidence: true, channel: true, listsEntries: true });
    expect(c).toMatchObject({ weakTerms: ['กระดาน'], reviewWith: ['general-complaint'], anyTopic: true, hostsAreEvidence: true, sectionIsEvidence: true, channel: true, listsEntries: true });
  });

  it('openingTerms: empty by default; a list of non-empty terms, an empty term refused with its index', () => {
    expect(Concept.parse(base).openingTerms).toEqual([]);
    expect(Concept.parse({ ...base, openingTerms: ['พระราชบัญญัติ', 'พ.ร.บ.'] }).openingTerms).toEqual(['พระราชบัญญัติ', 'พ.ร.บ.']);
    const r = Concept.safeParse({ ...base, openingTerms: ['พระราชบัญญัติ', ''] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['openingTerms', 1]);
  });

  it('refuses a flag of the wrong type, naming the field', () => {
    const r = Concept.safeParse({ ...base, channel: 'yes' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['channel']);
  });
});

describe('ConceptFile: kindTerms and oneWayTerms name terms of their own concept', () => {
  it('accepts them when each is one of the terms, and names the field and index of one that is not', () => {
    const qa = { ...base, terms: ['ถาม-ตอบ', 'คำถามที่พบบ่อย'], oneWayTerms: ['คำถามที่พบบ่อย'] };
    expect(ConceptFile.safeParse({ concepts: [qa] }).success).toBe(true);
    const bad = ConceptFile.safeParse({ concepts: [{ ...qa, oneWayTerms: ['FAQ'] }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['concepts', 0, 'oneWayTerms', 0]);
    const plan = { id: 'operation-plan', name: 'แผนดำเนินงาน', terms: ['แผนดำเนินงาน'], kindTerms: ['แผนปฏิบัติการ'] };
    expect(ConceptFile.safeParse({ concepts: [plan] }).error?.issues[0]?.path).toEqual(['concepts', 0, 'kindTerms', 0]);
  });
});
