import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/thai/index.ts';
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
  it("on-organisation-host: nothing here but links to the organisation's other hosts that may hold it is review, naming them", () => {
    const v = decideWithoutEvidence(facts([], { organisationHosts: ['procurement.kmutnb.ac.th'] }));
    expect(v).toMatchObject({ status: 'review', check: 'on-organisation-host' });
    expect(v.reasonEn).toContain('procurement.kmutnb.ac.th');
    // Anything named for the item on this host decides first (a dead link is still the item listed empty).
    expect(decideWithoutEvidence(facts(['broken'], { organisationHosts: ['procurement.kmutnb.ac.th'] }))).toMatchObject({ check: 'broken-link' });
    expect(decideWithoutEvidence(facts([], { organisationHosts: [] }))).toMatchObject({ status: 'missing', check: 'not-found' });
  });
  it('not-an-account-only: the social item given only as a group or one video is incomplete; an account beside it decides first', () => {
    const v = decideWithoutEvidence(facts(['not-an-account'], { title: 'Social Network', titleEn: 'Social network' }));
    expect(v).toMatchObject({ status: 'incomplete', check: 'not-an-account-only' });
    expect(v.reasonEn).toContain('Facebook group');
    expect(decideWithoutEvidence(facts(['external', 'not-an-account']))).toMatchObject({ status: 'review' });
  });
  it("ita-section-elsewhere: nothing here, and the site's ITA section is on another host, is review naming the link", () => {
    const ita = { host: 'sites.google.com', url: 'https://sites.google.com/pracharath.ac.th/school/ita', label: 'ITA ONLINE' };
    const v = decideWithoutEvidence(facts([], { itaElsewhere: ita }));
    expect(v).toMatchObject({ status: 'review', check: 'ita-section-elsewhere' });
    expect(v.reasonEn).toContain('"ITA ONLINE" → sites.google.com');
    // What the site itself names for the item decides first (a dead link is the item listed, broken).
    expect(decideWithoutEvidence(facts(['broken'], { itaElsewhere: ita }))).toMatchObject({ check: 'broken-link' });
    expect(decideWithoutEvidence(facts([], { itaElsewhere: null }))).toMatchObject({ status: 'missing', check: 'not-found' });
  });
  it("dead-monthly-link-months: a monthly item sent to the organisation's other hosts shows no month on this site", () => {
    const check = EVIDENCE_VERDICT_CHECKS[3];
    expect(check.id).toBe('dead-monthly-link-months');
    expect(check.run('monthly', 'review', 'on-organisation-host')).toBe(true);
    expect(check.run('monthly', 'review', 'external-only')).toBe(false);
    expect(check.run('monthly', 'incomplete')).toBe(true);
    expect(check.run('current-fiscal-year', 'missing')).toBe(false);
  });
  it('script-route-only: evidence only behind a #/… route is review with that reason', () => {
    const v = decideWithoutEvidence(facts(['script-route', 'placeholder']));
    expect(v).toMatchObject({ status: 'review', check: 'script-route-only' });
    expect(v.reason).toContain('สคริปต์');
    expect(v.reasonEn).toContain('a script opens (#/…, a postback)');
  });
  it('unconfirmed-menu-link: a link to a page that does not show the item (parts unnamed) is the item listed without its document, incomplete, before broken or empty links', () => {
    const v = decideWithoutEvidence(facts(['unconfirmed', 'broken']));
    expect(v).toMatchObject({ status: 'incomplete', check: 'unconfirmed-menu-link' });
    expect(v.reasonEn).toContain('does not show it');
  });
  it('linked-page-other-topic: a link whose page holds only other topics is missing, naming the link and the page', () => {
    const v = decideWithoutEvidence(facts(['other-topic'], { otherTopicLink: { label: 'อำนาจหน้าที่', url: 'https://x.go.th/?p=charac' } }));
    expect(v).toMatchObject({ status: 'missing', check: 'linked-page-other-topic' });
    expect(v.reason).toContain('อำนาจหน้าที่');
    expect(v.reasonEn).toContain('https://x.go.th/?p=charac');
    // A broken or empty link for the item still makes it incomplete; a blocked site still needs a person.
    expect(decideWithoutEvidence(facts(['other-topic', 'broken'], { otherTopicLink: { label: 'a', url: 'u' } })).check).toBe('broken-link');
    expect(decideWithoutEvidence(facts(['other-topic'], { otherTopicLink: { label: 'a', url: 'u' }, blockedShare: 0.5 })).check).toBe('site-blocked');
  });
  it('broken-before-unnamed-external: a broken link outranks an off-site link named only by its row', () => {
    expect(decideWithoutEvidence(facts(['broken', 'external'], { externalNamedByLabel: false }))).toMatchObject({ status: 'incomplete', check: 'broken-before-unnamed-external' });
    expect(decideWithoutEvidence(facts(['broken', 'external'], { externalNamedByLabel: true }))).toMatchObject({ status: 'review', check: 'external-only' });
    expect(decideWithoutEvidence(facts(['external'], { externalNamedByLabel: false }))).toMatchObject({ status: 'review', check: 'external-only' });
  });
  it('found-in-part: only the footer address of the contact item is incomplete, after broken or empty links', () => {
    expect(decideWithoutEvidence(facts(['partial']))).toMatchObject({ status: 'incomplete', check: 'found-in-part' });
    expect(decideWithoutEvidence(facts(['partial', 'broken'])).check).toBe('broken-link');
  });
  it('inert-form and no-usable-channel: a channel that cannot be shown to work is review', () => {
    expect(decideWithoutEvidence(facts(['inert-form', 'placeholder']))).toMatchObject({ status: 'review', check: 'inert-form' });
    expect(decideWithoutEvidence(facts(['no-channel']))).toMatchObject({ status: 'review', check: 'no-usable-channel' });
  });
  it('one-way-channel: an FAQ page with no way to ask is incomplete, with its own reason', () => {
    const v = decideWithoutEvidence(facts(['one-way', 'placeholder']));
    expect(v).toMatchObject({ status: 'incomplete', check: 'one-way-channel' });
    expect(v.reasonEn).toContain('no way to ask');
    // Beside the site's working contact form, which may take questions: a person must look.
    expect(decideWithoutEvidence({ ...facts(['one-way']), relatedChannels: ['ส่งข้อความถึงเรา'] })).toMatchObject({ status: 'review', check: 'one-way-channel' });
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
  it('dead-link-dated-by-label: a dead link whose own label names a period that ended is outdated, before broken-link', () => {
    const old = { status: 'outdated' as const, reason: 'ล่าสุดของปีงบประมาณ 2564', reasonEn: 'newest is for fiscal year 2564' };
    const v = decideWithoutEvidence(facts(['broken'], { labelFreshness: old }));
    expect(v).toMatchObject({ status: 'outdated', check: 'dead-link-dated-by-label' });
    expect(v.reason).toContain('2564');
    expect(decideWithoutEvidence(facts(['placeholder'], { labelFreshness: old }))).toMatchObject({ status: 'outdated' });
    // A label that names the current period, or no period, leaves the link incomplete.
    expect(decideWithoutEvidence(facts(['broken'], { labelFreshness: { status: 'pass', reason: '', reasonEn: '' } }))).toMatchObject({ check: 'broken-link' });
    expect(decideWithoutEvidence(facts(['broken'], { labelFreshness: null }))).toMatchObject({ check: 'broken-link' });
    // What could not be read still needs a person.
    expect(decideWithoutEvidence(facts(['blocked', 'broken'], { labelFreshness: old }))).toMatchObject({ status: 'review' });
  });
  it('people-without-contact-list: an executives page with no contact of its own is incomplete, after what needs a person', () => {
    const v = decideWithoutEvidence(facts(['no-contact']));
    expect(v).toMatchObject({ status: 'incomplete', check: 'people-without-contact-list' });
    expect(v.reasonEn).toContain('no phone or e-mail of the executives');
    expect(decideWithoutEvidence(facts(['no-contact', 'external'])).check).toBe('external-only');
    expect(decideWithoutEvidence(facts(['no-contact', 'no-photo'])).check).toBe('people-without-photo-list');
  });
  it('external-dated-by-label: off-site links whose own labels all name a past period are outdated, not review', () => {
    const old = { status: 'outdated' as const, reason: 'ล่าสุดของปีงบประมาณ 2561', reasonEn: 'newest is for fiscal year 2561' };
    const v = decideWithoutEvidence(facts(['external'], { externalLabelFreshness: old }));
    expect(v).toMatchObject({ status: 'outdated', check: 'external-dated-by-label' });
    expect(v.reason).toContain('2561');
    // A label of the current period, or any off-site link without a period, leaves it to a person.
    expect(decideWithoutEvidence(facts(['external'], { externalLabelFreshness: { status: 'pass', reason: '', reasonEn: '' } }))).toMatchObject({ status: 'review', check: 'external-only' });
    expect(decideWithoutEvidence(facts(['external'], { externalLabelFreshness: null }))).toMatchObject({ status: 'review', check: 'external-only' });
  });
  it('related-channel-only: nothing names the item but a general channel with a form works: review, naming that channel', () => {
    const v = decideWithoutEvidence(facts([], { relatedChannels: ['ช่องทางร้องทุกข์'] }));
    expect(v).toMatchObject({ status: 'review', check: 'related-channel-only' });
    expect(v.reason).toContain('ช่องทางร้องทุกข์');
    expect(decideWithoutEvidence(facts([], { relatedChannels: [] }))).toMatchObject({ status: 'missing', check: 'not-found' });
    // A broken link named for the item itself still decides first.
    expect(decideWithoutEvidence(facts(['broken'], { relatedChannels: ['ร้องทุกข์'] }))).toMatchObject({ check: 'broken-link' });
  });
  it('related-channel-unusable: nothing names the item and a general channel is named over a dead link: incomplete, naming it', () => {
    const v = decideWithoutEvidence(facts([], { unusableRelated: ['สายตรงอธิการบดี'] }));
    expect(v).toMatchObject({ status: 'incomplete', check: 'related-channel-unusable' });
    expect(v.reason).toContain('สายตรงอธิการบดี');
    // A working general channel is review first; with nothing related the item is missing.
    expect(decideWithoutEvidence(facts([], { relatedChannels: ['ร้องเรียน'], unusableRelated: ['สายตรงอธิการบดี'] }))).toMatchObject({ status: 'review', check: 'related-channel-only' });
    expect(decideWithoutEvidence(facts([], { unusableRelated: [] }))).toMatchObject({ status: 'missing', check: 'not-found' });
    // Evidence named for the item itself decides first.
    expect(decideWithoutEvidence(facts(['external'], { unusableRelated: ['ร้องเรียน'] }))).toMatchObject({ status: 'review' });
  });
  it('dead-headlines-stale-site: news links broken and the whole site dated before the period: outdated, naming the newest date', () => {
    const stale = { status: 'outdated' as const, reason: 'ล่าสุดคือ ส.ค. 2560', reasonEn: 'newest is 2017-08' };
    const v = decideWithoutEvidence(facts(['broken'], { staleSite: stale }));
    expect(v).toMatchObject({ status: 'outdated', check: 'dead-headlines-stale-site' });
    expect(v.reasonEn).toContain('2017-08');
    expect(decideWithoutEvidence(facts(['placeholder'], { staleSite: stale }))).toMatchObject({ status: 'outdated' });
    // A site with a current date somewhere, or an item that is not a headline list (no staleSite), stays incomplete.
    expect(decideWithoutEvidence(facts(['broken'], { staleSite: { status: 'pass', reason: '', reasonEn: '' } }))).toMatchObject({ status: 'incomplete', check: 'broken-link' });
    expect(decideWithoutEvidence(facts(['broken'], { staleSite: null }))).toMatchObject({ status: 'incomplete', check: 'broken-link' });
    // Nothing named at all is not this rule.
    expect(decideWithoutEvidence(facts([], { staleSite: stale }))).toMatchObject({ status: 'missing' });
    // A stale site's dead news outranks an off-site link only its heading names (broken-before-unnamed-external).
    expect(decideWithoutEvidence(facts(['broken', 'external'], { staleSite: stale, externalNamedByLabel: false }))).toMatchObject({ status: 'outdated', check: 'dead-headlines-stale-site' });
  });
  it('external-headlines-stale-site: news only off the site and the whole site dated before the period: outdated', () => {
    const stale = { status: 'outdated' as const, reason: 'ล่าสุดคือ ส.ค. 2560', reasonEn: 'newest is 2017-08' };
    const v = decideWithoutEvidence(facts(['external'], { staleSite: stale }));
    expect(v).toMatchObject({ status: 'outdated', check: 'external-headlines-stale-site' });
    expect(v.reasonEn).toContain('2017-08');
    // A current date somewhere on the site, or an item that is not a headline list, leaves the off-site link to a person.
    expect(decideWithoutEvidence(facts(['external'], { staleSite: { status: 'pass', reason: '', reasonEn: '' } }))).toMatchObject({ status: 'review', check: 'external-only' });
    expect(decideWithoutEvidence(facts(['external'], { staleSite: null }))).toMatchObject({ status: 'review', check: 'external-only' });
  });
  it('people-in-pictures-only: executives shown only in pictures are review', () => {
    expect(decideWithoutEvidence(facts(['people-in-pictures']))).toMatchObject({ status: 'review', check: 'people-in-pictures-only' });
    expect(decideWithoutEvidence(facts(['people-in-pictures', 'broken']))).toMatchObject({ status: 'review' });
  });
  it('part-before-unnamed-external: part of the item on the site outranks an off-site link its heading alone names', () => {
    expect(decideWithoutEvidence(facts(['partial', 'external'], { externalNamedByLabel: false }))).toMatchObject({ status: 'incomplete', check: 'part-before-unnamed-external' });
    // An off-site link named by its own label may be the whole item: a person looks.
    expect(decideWithoutEvidence(facts(['partial', 'external'], { externalNamedByLabel: true }))).toMatchObject({ status: 'review', check: 'external-only' });
  });
  it('index-code-only: only a row numbered as the item, naming something else, is review after broken or empty links', () => {
    const v = decideWithoutEvidence(facts(['code-only']));
    expect(v).toMatchObject({ status: 'review', check: 'index-code-only' });
    expect(v.reasonEn).toContain('numbered');
    expect(decideWithoutEvidence(facts(['code-only', 'broken']))).toMatchObject({ status: 'incomplete', check: 'broken-link' });
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
    const [inForce, freshness, partial, deadMonthly] = EVIDENCE_VERDICT_CHECKS;
    expect(deadMonthly.run('monthly', 'incomplete')).toBe(true);
    expect(deadMonthly.run('monthly', 'missing')).toBe(true);
    expect(deadMonthly.run('monthly', 'review')).toBe(false);
    expect(deadMonthly.run('previous-fiscal-year', 'incomplete')).toBe(false);
    expect(inForce.run('in-force')).toBe(true);
    expect(freshness.run('monthly')).toBe(true);
    expect(partial.run('outdated', new Set<TargetState>(['ok', 'script-filled']))).toBe(true);
    expect(partial.run('pass', new Set<TargetState>(['script-filled']))).toBe(false);
  });
  it('contact-needs-details: a social account alone does not pass contact details that are only listed (real7 kpic-college-2568 O3)', () => {
    const check = EVIDENCE_VERDICT_CHECKS.find((c) => c.id === 'contact-needs-details');
    if (!check) throw new Error('contact-needs-details missing');
    const run = check.run as (a: readonly string[], b: ReadonlySet<TargetState | 'details'>, c: boolean) => boolean;
    expect(run(['contact'], new Set(['placeholder']), false)).toBe(true);
    expect(run(['contact'], new Set(), false)).toBe(true);
    // contact details read from a page, a contact page found, an address printed anywhere, or an item of contact only
    expect(run(['contact'], new Set(['placeholder', 'details']), false)).toBe(false);
    expect(run(['contact'], new Set(['placeholder', 'unconfirmed']), false)).toBe(false);
    expect(run(['contact'], new Set(['placeholder']), true)).toBe(false);
    expect(run([], new Set(['placeholder']), false)).toBe(false);
  });
  it('enquiry-only-on-facebook: a Facebook page as the only Q&A channel is review, not pass (real8 kohchang/thoen 2569 O3)', () => {
    const check = EVIDENCE_VERDICT_CHECKS.find((c) => c.id === 'enquiry-only-on-facebook');
    if (!check) throw new Error('enquiry-only-on-facebook missing');
    const run = check.run as (a: readonly string[], b: boolean, c: readonly string[]) => boolean;
    expect(run(['qa'], false, ['www.facebook.com'])).toBe(true);
    expect(run(['qa'], false, ['facebook.com', 'm.facebook.com'])).toBe(true);
    // a LINE OA or Traffy (LINE) beside it, an on-site Q&A page or form, no channel at all, or an item without Q&A
    expect(run(['qa'], false, ['www.facebook.com', 'line.me'])).toBe(false);
    expect(run(['qa'], true, ['www.facebook.com'])).toBe(false);
    expect(run(['qa'], false, [])).toBe(false);
    expect(run([], false, ['www.facebook.com'])).toBe(false);
    expect(run(['qa'], false, ['notfacebook.com'])).toBe(false);
  });
  it('dead-link-listing-dates: a dead or empty link is dated by its label and its listing row, not its URL or page', () => {
    const listingDates = EVIDENCE_VERDICT_CHECKS[5];
    expect(listingDates.id).toBe('dead-link-listing-dates');
    expect(listingDates.run('link-label')).toBe(true);
    expect(listingDates.run('row')).toBe(true);
    expect(listingDates.run('url')).toBe(false);
    expect(listingDates.run('body')).toBe(false);
    expect(listingDates.run('last-modified')).toBe(false);
  });
  it('part-listed-empty: a required part listed with an empty link and no document keeps the item from passing', () => {
    const partEmpty = EVIDENCE_VERDICT_CHECKS[4];
    const part = (conceptId: string, states: TargetState[]) => ({ conceptId, states: new Set<TargetState>(states) });
    expect(partEmpty.run([part('authority', ['ok']), part('structure', ['placeholder'])])).toBe('structure');
    expect(partEmpty.run([part('authority', ['ok']), part('structure', ['placeholder', 'ok'])])).toBeNull();
    expect(partEmpty.run([part('authority', ['ok']), part('structure', [])])).toBeNull();
  });
  it('enquiry-channel-absent: contact details without any channel to ask on do not make the 2569 contact item pass', () => {
    const absent = EVIDENCE_VERDICT_CHECKS[15];
    expect(absent.id).toBe('enquiry-channel-absent');
    // A land office's contact page: address, phone, a map; no form, no board, no social account.
    expect(absent.run(['qa'], false)).toBe(true);
    expect(absent.run(['qa'], true)).toBe(false);
    // An item that asks for no channel (ita-2565 O5) is not concerned.
    expect(absent.run([], false)).toBe(false);
  });
  it('structure-chart-missing: a page whose chart links are dead and that shows no chart is review', () => {
    const v = decideWithoutEvidence(facts(['chart-missing', 'broken'], { title: 'โครงสร้างหน่วยงาน', titleEn: 'Structure' }));
    expect(v.status).toBe('review');
    expect(v.check).toBe('structure-chart-missing');
  });
  it('people-without-photo-list: a people page without photos is the item in part, and outranks an empty link', () => {
    const v = decideWithoutEvidence(facts(['no-photo', 'placeholder'], { title: 'ข้อมูลผู้บริหาร', titleEn: 'Executives' }));
    expect(v.status).toBe('incomplete');
    expect(v.check).toBe('people-without-photo-list');
    expect(v.reasonEn).toContain('no photos');
  });
  it('part-absent: a required part with no evidence that no page even mentions keeps the item from passing', () => {
    const partAbsent = EVIDENCE_VERDICT_CHECKS[16];
    expect(partAbsent.id).toBe('part-absent');
    // A structure PDF, and no duties anywhere on the site (a land office's sidebar 'โครงสร้างหน่วยงาน' only).
    expect(partAbsent.run([{ conceptId: 'structure', found: true, mentioned: true }, { conceptId: 'authority', found: false, mentioned: false }])).toBe('authority');
    // The structure page states the duties too ('อำนาจหน้าที่ ตามพระราชบัญญัติสภาตำบล…'): mentioned, so it may pass.
    expect(partAbsent.run([{ conceptId: 'structure', found: true, mentioned: true }, { conceptId: 'authority', found: false, mentioned: true }])).toBeNull();
    expect(partAbsent.run([{ conceptId: 'structure', found: true, mentioned: true }, { conceptId: 'authority', found: true, mentioned: true }])).toBeNull();
  });
  it('view-year-never-passes: a pass resting on the year tab an ITA page is shown for is judged again without it', () => {
    const viewYear = EVIDENCE_VERDICT_CHECKS[17];
    expect(viewYear.id).toBe('view-year-never-passes');
    expect(viewYear.run('pass', 'review')).toBe(true);
    expect(viewYear.run('pass', 'pass')).toBe(false);
    expect(viewYear.run('outdated', 'review')).toBe(false);
  });
  it('item-row-document: a document listed in the item\'s own ITA row may hold every part', () => {
    const rowDocument = EVIDENCE_VERDICT_CHECKS[19];
    expect(rowDocument.id).toBe('item-row-document');
    expect(rowDocument.run('document', 'ita-index-row')).toBe(true);
    expect(rowDocument.run('document', 'synonym')).toBe(false);
    expect(rowDocument.run('page', 'ita-index-row')).toBe(false);
  });
  it('national-document-only: only national documents (an Act, budget-document volumes) named for an agency item is review', () => {
    const v = decideWithoutEvidence(facts(['national-document', 'broken']));
    expect(v).toMatchObject({ status: 'review', check: 'national-document-only' });
    expect(v.reasonEn).toContain('national');
    expect(decideWithoutEvidence(facts(['external', 'national-document']))).toMatchObject({ check: 'external-only' });
  });
  it('template-filler-page: a page of web-template filler is review', () => {
    expect(decideWithoutEvidence(facts(['template-page', 'placeholder']))).toMatchObject({ status: 'review', check: 'template-filler-page' });
  });
});

describe('people-list-stale', () => {
  const stale = EVIDENCE_VERDICT_CHECKS[6];
  it('is the check people-list-stale', () => expect(stale.id).toBe('people-list-stale'));
  const asOf = { year: 2022, month: 5, day: 31 }; // FY 2565; the previous fiscal year began 2020-10
  it('a site whose newest date is years before the assessment cannot confirm a list of people', () => {
    expect(stale.run({ year: 2016, month: 1 }, asOf)).toBe(true);
    expect(stale.run({ year: 2020, month: 9 }, asOf)).toBe(true);
  });
  it('a date in the previous or current fiscal year, or no date at all, leaves the list to pass', () => {
    expect(stale.run({ year: 2020, month: 10 }, asOf)).toBe(false);
    expect(stale.run({ year: 2022, month: 3 }, asOf)).toBe(false);
    expect(stale.run(null, asOf)).toBe(false);
  });
});

describe('later-period-only', () => {
  const later = EVIDENCE_VERDICT_CHECKS[7];
  const piece = (text: string, source = 'link-label') => ({ url: 'https://x.go.th/r.pdf', dates: findDates(text).map((d) => ({ ...d, source })) });
  it('is the check later-period-only', () => expect(later.id).toBe('later-period-only'));
  it("the current year's report offered for last year's is not a pass", () => {
    expect(later.run([piece('รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 รอบ 12 เดือน')], 2566)).toBe(true);
  });
  it("last year's report, one covering it, or a posting day since, passes", () => {
    expect(later.run([piece('รายงานผล ประจำปีงบประมาณ พ.ศ. 2566')], 2566)).toBe(false);
    expect(later.run([piece('รายงานผล ปีงบประมาณ 2567'), piece('รายงานผล ปีงบประมาณ 2566')], 2566)).toBe(false);
    expect(later.run([piece('แผน พ.ศ. 2566-2570')], 2566)).toBe(false);
    expect(later.run([piece('โพสต์เมื่อ 15 ธันวาคม 2566', 'row')], 2566)).toBe(false);
  });
  it('undated evidence is not its business', () => {
    expect(later.run([piece('รายงานผล')], 2566)).toBe(false);
  });
});
