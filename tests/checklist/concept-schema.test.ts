import { describe, expect, it } from 'vitest';
import { Concept } from '../../lib/checklist/checklist-schema.ts';

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

  it('refuses a flag of the wrong type, naming the field', () => {
    const r = Concept.safeParse({ ...base, channel: 'yes' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['channel']);
  });
});
