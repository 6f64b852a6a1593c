import { describe, expect, it } from 'vitest';
import { decideWithoutEvidence, EVIDENCE_VERDICT_CHECKS, type NoEvidenceFacts, type TargetState } from '../../../lib/audit/checks/index.ts';

const facts = (states: TargetState[], extra: Partial<NoEvidenceFacts> = {}): NoEvidenceFacts => ({
  title: 'ข่าวประชาสัมพันธ์',
  titleEn: 'News',
  states: new Set(states),
  valid: 0,
  minEvidence: 1,
  blockedShare: 0,
  unrenderedScriptPages: 0,
  ...extra,
});

describe('verdict checks without valid evidence', () => {
  it('not-found: nothing seen on a readable site is missing', () => {
    expect(decideWithoutEvidence(facts([]))).toMatchObject({ status: 'missing', check: 'not-found' });
  });
  it('what could not be read needs a person', () => {
    expect(decideWithoutEvidence(facts(['script-filled']))).toMatchObject({ status: 'review', check: 'script-filled-list' });
    expect(decideWithoutEvidence(facts(['blocked']))).toMatchObject({ status: 'review', check: 'blocked-link' });
    expect(decideWithoutEvidence(facts(['external']))).toMatchObject({ status: 'review', check: 'external-only' });
    expect(decideWithoutEvidence(facts(['blocked']))).toMatchObject({ status: 'review', check: 'blocked-link' });
  });
  it('script-route-only: evidence only behind a #/… route is review with that reason', () => {
    const v = decideWithoutEvidence(facts(['script-route', 'placeholder']));
    expect(v).toMatchObject({ status: 'review', check: 'script-route-only' });
    expect(v.reason).toContain('สคริปต์');
    expect(v.reasonEn).toContain('script route');
  });
  it('unconfirmed-menu-link: a link to a shared generic page that does not show the item is review, before broken or empty links', () => {
    const v = decideWithoutEvidence(facts(['unconfirmed', 'broken']));
    expect(v).toMatchObject({ status: 'review', check: 'unconfirmed-menu-link' });
    expect(v.reasonEn).toContain('shared by many topics');
  });
  it('inert-form and no-usable-channel: a channel that cannot be shown to work is review', () => {
    expect(decideWithoutEvidence(facts(['inert-form', 'placeholder']))).toMatchObject({ status: 'review', check: 'inert-form' });
    expect(decideWithoutEvidence(facts(['no-channel']))).toMatchObject({ status: 'review', check: 'no-usable-channel' });
  });
  it('channel-only-a-document: a PDF about the channel is incomplete, with its own reason', () => {
    const v = decideWithoutEvidence(facts(['not-a-channel', 'placeholder']));
    expect(v).toMatchObject({ status: 'incomplete', check: 'channel-only-a-document' });
    expect(v.reasonEn).toContain('not a usable channel');
  });
  it('broken and empty links are incomplete', () => {
    expect(decideWithoutEvidence(facts(['broken', 'placeholder']))).toMatchObject({ status: 'incomplete', check: 'broken-link' });
    expect(decideWithoutEvidence(facts(['placeholder']))).toMatchObject({ status: 'incomplete', check: 'listed-without-document' });
  });
  it('site-blocked: many 403/429 pages make nothing-found a review', () => {
    expect(decideWithoutEvidence(facts([], { blockedShare: 0.2 }))).toMatchObject({ status: 'review', check: 'site-blocked' });
    expect(decideWithoutEvidence(facts([], { blockedShare: 0.19 }))).toMatchObject({ status: 'missing' });
  });
  it('script-built-site: nothing found on a site with unrendered script-built pages is review, never missing', () => {
    const v = decideWithoutEvidence(facts([], { unrenderedScriptPages: 3 }));
    expect(v).toMatchObject({ status: 'review', check: 'script-built-site' });
    expect(v.reason).toContain('หน้านี้สร้างด้วยสคริปต์');
    expect(v.reasonEn).toContain('built by a script');
  });
  it('too-few: fewer channels than required is incomplete', () => {
    expect(decideWithoutEvidence(facts(['ok'], { valid: 1, minEvidence: 2 }))).toMatchObject({ status: 'incomplete', check: 'too-few' });
  });
  it('checks once evidence counts', () => {
    const [inForce, freshness, partial] = EVIDENCE_VERDICT_CHECKS;
    expect(inForce.run('in-force')).toBe(true);
    expect(freshness.run('monthly')).toBe(true);
    expect(partial.run('outdated', new Set<TargetState>(['ok', 'script-filled']))).toBe(true);
    expect(partial.run('pass', new Set<TargetState>(['script-filled']))).toBe(false);
  });
  it('part-listed-empty: a required part listed with an empty link and no document keeps the item from passing', () => {
    const partEmpty = EVIDENCE_VERDICT_CHECKS[3];
    const part = (conceptId: string, states: TargetState[]) => ({ conceptId, states: new Set<TargetState>(states) });
    expect(partEmpty.run([part('authority', ['ok']), part('structure', ['placeholder'])])).toBe('structure');
    expect(partEmpty.run([part('authority', ['ok']), part('structure', ['placeholder', 'ok'])])).toBeNull();
    expect(partEmpty.run([part('authority', ['ok']), part('structure', [])])).toBeNull();
  });
  it('template-filler-page: a page of web-template filler is review', () => {
    expect(decideWithoutEvidence(facts(['template-page', 'placeholder']))).toMatchObject({ status: 'review', check: 'template-filler-page' });
  });
});
