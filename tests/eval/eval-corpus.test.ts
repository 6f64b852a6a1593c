import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCURACY_BAR, EVAL_ROOT, nodeCorpusDeps } from '../../bench/eval.ts';
import { parseExpectedSite } from '../../lib/eval/expected-site.ts';
import { formatCorpus } from '../../lib/eval/format-corpus.ts';
import { runCorpus, type CorpusResult } from '../../lib/eval/run-corpus.ts';
import { Checklist } from '../../lib/checklist/checklist-schema.ts';

describe('evaluation corpus fixtures', () => {
  it('has at least eight sites, each listing exactly the items of its checklist', async () => {
    const sites = (await readdir(EVAL_ROOT, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(sites.length).toBeGreaterThanOrEqual(8);
    for (const site of sites) {
      const expected = parseExpectedSite(await readFile(path.join(EVAL_ROOT, site, 'expected.json'), 'utf8'), `${site}/expected.json`);
      const checklist = Checklist.parse(JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../checklists', `${expected.checklist}.json`), 'utf8')));
      expect(Object.keys(expected.items).sort(), site).toEqual(checklist.items.map((i) => i.id).sort());
    }
  });
});

describe('evaluation corpus: the whole pipeline against hand-judged sites', () => {
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-eval-test-'));
    result = await runCorpus(nodeCorpusDeps(tmp));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('audits every site without an error', () => {
    expect(result.errors).toEqual([]);
  });

  it('never passes an item a human judged missing, outdated or incomplete', () => {
    expect(result.score.falsePasses.map((o) => `${o.site} ${o.item}: expected ${o.expected}, got pass (${o.reason})`)).toEqual([]);
  });

  it(`reaches accuracy ≥ ${ACCURACY_BAR}`, () => {
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });

  it('finds exactly the missing months stated in expected.json', () => {
    expect(result.monthFailures.map((m) => `${m.site} ${m.item}: expected [${m.expectedMissing.join(',')}] got ${m.gotMissing ? `[${m.gotMissing.join(',')}]` : 'none'}`)).toEqual([]);
  });

  it('never requests a state-changing URL (download counters, non-GET)', () => {
    expect(result.forbidden).toEqual([]);
    const ci = result.sites.find((s) => s.site === 'ci-pages-thongsaen');
    expect(ci?.requests ?? 0).toBeGreaterThan(10);
  });
});

describe.each(['holdout', 'holdout2'])('held-out corpus %s (written without reading the matcher): the verdicts stay right', (corpus) => {
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-holdout-test-'));
    result = await runCorpus(nodeCorpusDeps(tmp, path.join(EVAL_ROOT, '..', corpus)));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('audits every site, with no false pass and accuracy ≥ the bar', () => {
    expect(result.errors).toEqual([]);
    expect(result.score.falsePasses.map((o) => `${o.site} ${o.item}`)).toEqual([]);
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });
});

/**
 * Real pages (tests/fixtures/real, real2 … real7, real9: real organisations' sites, each labelled before the checker first
 * ran on it): a ratchet, not yet the bar. No false pass may appear on any of them (each corpus's DIAGNOSIS.md names
 * the ones its first run found, all fixed since), and accuracy may not fall below the last measurement.
 */
describe.each([
  // real: 193 → 192 with external-headlines-stale-site (law2540-infocenter O7: its labeller reads a news list on another
  // host on a site whose newest entry is of 2560 as `review`; the labellers of real52, real66 and real69 read the same as
  // `outdated`, +3). Named loss.
  // real 192 → 191 (2026-12-08): sanor O20 — a bare 'จัดซื้อจัดจ้าง' menu entry over 404 names the announcements (exactLabels,
  // +5 on real2, real30, real33, real46, real113); this labeller read it as naming nothing (real44 the same).
  { corpus: 'real', correct: 191, items: 198, known: [] as string[] },
  // A pass where the labeller wanted a look (review) counts as a false pass; known ones are named (saiyoi O2 and
  // kosamphi O38 were fixed by people-list-stale and later-period-only). See each DIAGNOSIS.md.
  // real2 194 (was 195): hangdong O30 — 'ร้องเรียนงานบุคคล' (an HR complaint line) over a dead link now makes the corruption channel incomplete (related-channel-unusable); the labeller wrote missing.
  // real2 193 (was 194): hangdong O7 — dead news on a site whose newest dated entry is old is now outdated before an
  // off-site link its heading names (dead-headlines-stale-site ahead of broken-before-unnamed-external: real46 egat O7,
  // real49 rmutp O7 and up O7 +3); its labeller reads it as incomplete. Named loss.
  { corpus: 'real2', correct: 194, items: 198, known: [] as string[] },
  // real3 142 (was 143), real40 73 (was 74), real47 79 (was 80), real86 82 (was 83): nysso, obec-office, bsru, reru-cs O5 —
  // ITA 2565's contact item names the fax ('ที่อยู่ หมายเลขโทรศัพท์ โทรสาร อีเมล แผนที่ตั้ง'; real69, real82, real101 label it so); these
  // labellers pass it without a fax the checker reads (real40's shown only after an icon). Named losses.
  { corpus: 'real3', correct: 142, items: 164, known: [] as string[] },
  // real5 (non-local-government bodies; first unseen run 120/155, 2 false passes, both fixed: national-document-label,
  // and partTerms for a position-standard announcement). See its DIAGNOSIS.md.
  // real5 146 → 145, real10 68 → 67 (2026-12-08): unconfirmed-menu-link now says incomplete (labellers' answer 7 of 14 times);
  // kmitl O27 and kudrang O42 were labelled review. Named losses (real3's nysso O42 too, against gains of the same rule).
  { corpus: 'real5', correct: 145, items: 155, known: [] as string[] },
  // Thai local government (vendor platforms); first runs 74/78 (three sites) and 41/43 (fourth site), 0 false passes (see real4/DIAGNOSIS.md).
  // real4 −1 on 2026-12-07: phraachan O25, a disagreement between two labellers on one wording (real4/DIAGNOSIS.md).
  { corpus: 'real4', correct: 117, items: 121, known: [] as string[] },
  // Local government rebuilt by outside developers (React, Next.js, Laravel); first unseen run 61/78, 4 false passes
  // (empty list pages and a copied template's sample cards passing), all fixed (see real6/DIAGNOSIS.md). 70 → 69: banpho O11,
  // a bare empty 'ข้อมูลเชิงสถิติ' category, labelled missing here and incomplete by real8's and real15's labellers.
  { corpus: 'real6', correct: 70, items: 78, known: [] as string[] },
  // real7 (a prison, a community hospital, two OVEC colleges; first unseen run 109/155, 2 false passes, both fixed:
  // an ITA row's printed criterion and a contact row passed on a Facebook link). See real7/DIAGNOSIS.md.
  // real7 149 (was 150): watchan O2 — the executives page is one picture (not served in the rebuild) → review (people-only-in-pictures); the labeller wrote incomplete.
  { corpus: 'real7', correct: 149, items: 155, known: [] as string[] },
  // real8 (held back: two So Smart local-government sites, three hospitals; first measurement 109/130, 2 false passes,
  // both fixed: enquiry-only-on-facebook for ita-2569 O3). See real8/DIAGNOSIS.md.
  // real8 121 (was 122): thoen O2 — 'ผู้บริหารโรงพยาบาล' is an executives term now (real71's 'ทีมผู้บริหาร' and its kind);
  // its menu link to /about, a page of other content, is review (unconfirmed-menu-link) where the label says incomplete.
  { corpus: 'real8', correct: 123, items: 130, known: [] as string[] },
  // real10 (held back: two MOPH bodies; first measurement 59/86, 1 false pass, fixed: a guideline-compliance report is
  // not the annual operation report; detail-row-under-item names documents by their MOIT row). See real10/DIAGNOSIS.md.
  { corpus: 'real10', correct: 67, items: 86, known: [] as string[] },
  // real11 (held back: two municipal sub-sites; first unseen run 44/52, 0 false passes; split-name-card, phone-only,
  // click-pointer-label and concept data, see real11/DIAGNOSIS.md).
  // real11 48 (was 49): chaiyaphum O17 — the grievance form 'แบบฟอร์มแจ้งเรื่องร้องเรียน' now names a general complaint line → review (related-channel-only), the convention of real12/18/43; this labeller wrote missing.
  { corpus: 'real11', correct: 48, items: 52, known: [] as string[] },
  // real9 (held back: one public organisation, RTRDA, in three states; first unseen run 50/78, 8 false passes, 6 month
  // failures, all fixed: map-only contact, dead E-Service passed by its statistics, the ITA round in a file name read as
  // a date, สขร. rows dated by their announcement day); a coded bold item line is its links' index row, or with nothing under it the item listed without a document (due-period-listed-empty). See real9/DIAGNOSIS.md.
  { corpus: 'real9', correct: 74, items: 78, known: [] as string[] },
  // real12 (held back: two MOPH community hospitals, an OVEC technical college; first measurement 51/78, 4 false passes,
  // all fixed: an under-construction page holds nothing, a year only in link labels dates the page they open, a titled
  // row under a heading of several items, a sexual-harassment report is not the integrity report); 56/78, then 60/78
  // (bare-year-label, year-then-round, list-group-row, requirement-heading-own-label without period words), then 61/78
  // (a template's page preloader is no list being loaded: thoeng O4), and ข้อกำหนดจริยธรรม is a code's name, its year no
  // period (found by the metamorphic be-strip run: namyuen O16). See real12/DIAGNOSIS.md.
  { corpus: 'real12', correct: 62, items: 78, known: [] as string[] },
  // real14 (held back: a public science school with no ITA page; first measurement 35/43, 2 false passes, both fixed: a
  // social item passed on an unnamed banner to another body's Facebook page (social-link-unnamed, review); contact details
  // passed without a location map (contact-needs-map, the checklist's แผนที่ตั้ง, a convention applied to every corpus on
  // 2026-12-06: thirteen contact items of other corpora relabelled, their floors unchanged); a side box headed
  // 'รายงานประจำปี' over empty links is the item listed empty (panel-listed-empty); a post heading over a name (person-card). See real14/DIAGNOSIS.md.
  { corpus: 'real14', correct: 39, items: 43, known: [] as string[] },
  // real15 (held back: an army hospital's 2017 redesign and a community hospital's one-page CMS; first measurement
  // 76/86, 1 false pass: contact details without a location map, as real14's, fixed by contact-needs-map). See real15/DIAGNOSIS.md.
  { corpus: 'real15', correct: 84, items: 86, known: [] as string[] },
  // real16 (held back: an army department's 2017 PHP site and a small OBEC school on a free template; first measurement
  // 74/86, 1 false pass: an address and a map with no phone or e-mail but the template's sample, fixed by
  // contact-needs-phone-or-email and demo-contact). See real16/DIAGNOSIS.md.
  { corpus: 'real16', correct: 81, items: 86, known: [] as string[] },
  // real17 (held back: a municipality's disaster-prevention sub-site built by students, empty database lists; first
  // measurement 40/43, 1 false pass: a risk-area Google My Maps map taken for the office's location, fixed in isMapUrl). See real17/DIAGNOSIS.md.
  { corpus: 'real17', correct: 43, items: 43, known: [] as string[] },
  // real18 (held back: a city municipality's public-health bureau on server-rendered Next.js, database lists empty; first
  // measurement 22/26, 2 false passes, both fixed: executives without photos (people-without-photo); a structure page whose
  // chart is only in script-drawn tabs and 404 files (chart-links-dead, review). See real18/DIAGNOSIS.md.
  { corpus: 'real18', correct: 26, items: 26, known: [] as string[] },
  // real19 (held back: a provincial land office's static pages; first measurement 18/26, 2 false passes, both fixed:
  // structure without duties (part-absent), contact without any channel to ask on (enquiry-channel-absent)). Its O11
  // month list counts March as due on 15 April; the checker's rule (a month is due by the end of the next) does not —
  // a named label conflict, see real19/DIAGNOSIS.md.
  { corpus: 'real19', correct: 22, items: 26, known: [] as string[], knownMonths: ['angthong-land-office-2569 O11'] },
  // real20 (held back: a university faculty's 2017 PHP site as a crawler saved it, audited in FY 2565; first measurement
  // 36/43, 1 false pass, fixed: a plan's multi-year span made the site look alive, newest-site-date). See real20/DIAGNOSIS.md.
  { corpus: 'real20', correct: 39, items: 43, known: [] as string[] },
  // real21 (held back: two community hospitals, a 2025 redesign with its developer's placeholders and a PHP 5 template site;
  // first measurement 61/69, 1 false pass, fixed: a map heading over a placeholder box, location-map-shown). See real21/DIAGNOSIS.md.
  { corpus: 'real21', correct: 65, items: 69, known: [] as string[] },
  // real22 (held back: a provincial prison's online visit-booking site; first measurement 40/43, 0 false passes). See real22/DIAGNOSIS.md.
  { corpus: 'real22', correct: 42, items: 43, known: [] as string[] },
  // real23 (held back: an OBEC school's 2026 PHP site from its seed data, an ITA page of waiting rows; first measurement
  // 20/26, 3 false passes, all fixed: a news card naming 'คณะผู้บริหาร' (section-title-names-item), undated pages dated by a
  // ticker's day printed on every page). See real23/DIAGNOSIS.md.
  { corpus: 'real23', correct: 23, items: 26, known: [] as string[] },
  // real24 (held back: a district office's static site; first measurement 25/26, 0 false passes; its O11 month list counts
  // March as due on 15 April, as real19's — the checker's end-of-next-month rule does not). See real24/DIAGNOSIS.md.
  // real24 24 (was 25): sopmoei O17 — 'ศูนย์ดำรงธรรม' over a dead link → incomplete (related-channel-unusable); the labeller wrote missing.
  { corpus: 'real24', correct: 24, items: 26, known: [] as string[], knownMonths: ['sopmoei-district-office-2569 O11'] },
  // real25 (held back: a university faculty's 2022 Next.js front end, its ITA links mostly off-site; first measurement
  // 32/43, 0 false passes). See real25/DIAGNOSIS.md.
  { corpus: 'real25', correct: 33, items: 43, known: [] as string[] },
  // real26 (held back: a provincial general hospital's 2025 Yii 2 redesign; first measurement 24/26, 0 false passes). See real26/DIAGNOSIS.md.
  { corpus: 'real26', correct: 25, items: 26, known: [] as string[] },
  // real27 (held back: a sub-district non-formal education centre's 2019 PHP site from its SQL dump; first measurement 40/43,
  // 0 false passes; a social account written as text, social-account-in-text). See real27/DIAGNOSIS.md.
  { corpus: 'real27', correct: 41, items: 43, known: [] as string[] },
  // real29–real36 (held back, session of 2026-12-07 morning; first measurements, before any fix for them, in each
  // FIRST-RUN.txt: real29 18/26 (3 false passes), real30 18/43 (4), real31 23/26 (1), real32 38/43 (0), real33 1/43 (2),
  // real35 32/43 (0), real36 74/86 (0)). See each DIAGNOSIS.md.
  { corpus: 'real29', correct: 21, items: 26, known: [] as string[] },
  { corpus: 'real30', correct: 36, items: 43, known: [] as string[] },
  { corpus: 'real31', correct: 24, items: 26, known: [] as string[] },
  { corpus: 'real32', correct: 41, items: 43, known: [] as string[] },
  { corpus: 'real33', correct: 38, items: 43, known: [] as string[] },
  // real35 O21: the months October–December 2565 are Drive files the labeller counted; the checker says review (only on
  // another host) and gives no month breakdown.
  { corpus: 'real35', correct: 32, items: 43, known: [] as string[], knownMonths: ['chumtabong-hospital-2566 O21'] },
  { corpus: 'real36', correct: 79, items: 86, known: [] as string[] },
  // real37, real39 (held back, measured after the session's other fixes: first 24/26 and 38/43, 0 false passes).
  { corpus: 'real37', correct: 25, items: 26, known: [] as string[] },
  { corpus: 'real39', correct: 40, items: 43, known: [] as string[] },
  // real40–real49 (held back, session of 2026-12-07 afternoon; first measurements, before any fix for them, in each
  // FIRST-RUN.txt: real40 67/86 (1 false pass), real41 22/26, real42 37/43 (1), real43 36/43, real44 81/86 (1),
  // real45 74/86, real46 106/129 (1), real47 74/86, real48 38/43, real49 58/86). See each DIAGNOSIS.md.
  { corpus: 'real40', correct: 74, items: 86, known: [] as string[] },
  { corpus: 'real41', correct: 24, items: 26, known: [] as string[] },
  // real42 −1 on 2026-12-07: doae O17 (labelled missing) is review by on-organisation-host: the department links two of
  // its own other hosts (agriinfo, ssnet) that may hold services — a person must look (real42/DIAGNOSIS.md).
  // real42 38 (was 39): O1 was review only through a share button's off-site link (facebook.com/sharer…), which is no
  // evidence any more (share-button); the structure page itself answers as broken to the crawl (real42/DIAGNOSIS.md).
  { corpus: 'real42', correct: 38, items: 43, known: [] as string[] },
  // real43 37 (was 38): psu-ttmed O7 — news links dead and the site's dated entries end in 2549 → outdated (dead-headlines-stale-site); the labeller wrote incomplete.
  { corpus: 'real43', correct: 37, items: 43, known: [] as string[] },
  { corpus: 'real44', correct: 81, items: 86, known: [] as string[] },
  { corpus: 'real45', correct: 78, items: 86, known: [] as string[] },
  { corpus: 'real46', correct: 115, items: 129, known: [] as string[] },
  { corpus: 'real47', correct: 79, items: 86, known: [] as string[] },
  { corpus: 'real48', correct: 41, items: 43, known: [] as string[] },
  // real49: 72 → 70 with front-page-again (rmutp O7, O38: links '/?cat=1', '/?p=17468' that the rebuilt site answers
  // with its front page; its labeller dated them by that page as outdated. A link answered with the front page is a soft
  // 404 now: broken, so the item is incomplete — real87's two false passes came from such links). Named losses.
  { corpus: 'real49', correct: 73, items: 86, known: [] as string[] },
  // real50–real55 (held back, session of 2026-12-07 evening; first measurements, before any fix for them, in each
  // FIRST-RUN.txt: real50 33/43 (1 false pass, fixed by contact-needs-phone-and-email), real51 18/26 (1, fixed by
  // phone-of-another-province), real52 37/43, real53 35/43, real54 77/86, real55 25/43 (1, fixed by
  // people-without-contact): 225/284 = 79.2 %, 3 false passes. See each DIAGNOSIS.md.
  { corpus: 'real50', correct: 34, items: 43, known: [] as string[], knownMonths: ['patong-hospital-2567 O21'] },
  { corpus: 'real51', correct: 20, items: 26, known: [] as string[] },
  // real52 37 (was 38): pakkret O7 — the only news words stand deep in a paragraph of prose, which no longer names the
  // link in it (row-text-is-title: real90's false pass, a certificate request mentioned mid-paragraph). Named loss.
  { corpus: 'real52', correct: 37, items: 43, known: [] as string[] },
  { corpus: 'real53', correct: 39, items: 43, known: [] as string[] },
  { corpus: 'real54', correct: 81, items: 86, known: [] as string[] },
  { corpus: 'real55', correct: 27, items: 43, known: [] as string[] },
  // real56–real60 (held back, same session, built while the fixes above were made; first measurements on b0fd536, before
  // any fix for them, in each FIRST-RUN.txt: real56 16/43 (1 false pass, now review by people-list-stale on the dates of
  // its evidence), real57 23/26, real58 24/26 (1, fixed by placeholder-person-names), real59 78/86, real60 37/43 (1, fixed
  // by channel-links-dead): 178/224 = 79.5 %, 3 false passes. See each DIAGNOSIS.md.
  { corpus: 'real56', correct: 25, items: 43, known: [] as string[] },
  { corpus: 'real57', correct: 24, items: 26, known: [] as string[] },
  { corpus: 'real58', correct: 25, items: 26, known: [] as string[] },
  { corpus: 'real59', correct: 81, items: 86, known: [] as string[] },
  // real60 38 (was 39): O8's FAQ beside the dean's direct-line form is now review (one-way-channel, the convention of
  // real15/real32/real44's labellers); real60's labeller says incomplete for its web boards over 404 (real60/DIAGNOSIS.md).
  { corpus: 'real60', correct: 40, items: 43, known: [] as string[] },
  // real61–real64 (held back, same session, measured once after this session's fixes: real61 35/43, real62 41/43,
  // real63 24/26 on 0735ccf, real64 77/86 on ffabd94: 177/198 = 89.4 %, 0 false passes). See each DIAGNOSIS.md.
  { corpus: 'real61', correct: 39, items: 43, known: [] as string[] },
  { corpus: 'real62', correct: 42, items: 43, known: [] as string[] },
  { corpus: 'real63', correct: 24, items: 26, known: [] as string[] },
  { corpus: 'real64', correct: 83, items: 86, known: [] as string[] },
  // real66–real68 (held back, built this session; first measurements on 4a35639 before any change for them: real66 80/86,
  // real67 32/43 (3 false passes), real68 72/86 (1 false pass): 184/215 = 85.6 %, 4 false passes). See each DIAGNOSIS.md.
  // real66 82 (was 83): kmitl-sci O17 — the departments' hosts under kmitl.ac.th → review (on-organisation-host, the organisation now read from its links); the labeller wrote missing.
  { corpus: 'real66', correct: 83, items: 86, known: [] as string[] },
  { corpus: 'real67', correct: 37, items: 43, known: [] as string[] },
  { corpus: 'real68', correct: 76, items: 86, known: [] as string[] },
  // real69, real70 (held back, built later the same session; first measurements on 93a897a and 67bd079, after the fixes
  // above: real69 78/86 (1 false pass), real70 69/86 (1 false pass)). See each DIAGNOSIS.md.
  { corpus: 'real69', correct: 82, items: 86, known: [] as string[] },
  { corpus: 'real70', correct: 73, items: 86, known: [] as string[] },
  // real71, real72 (held back, the session's last; first measurements on 1d4e666: real71 37/43, real72 37/43, 0 false passes).
  { corpus: 'real71', correct: 40, items: 43, known: [] as string[] },
  { corpus: 'real72', correct: 38, items: 43, known: [] as string[] },
  // real73–real75 (held back, built this session by builders who never ran the checker; first measurements on acdb185:
  // real73 73/86, real74 79/86 (1 false pass: a structure page saying only 'อยู่ระหว่างการปรับปรุง', fixed by
  // page-holds-nothing reading a notice cell as no row), real75 75/86 — 227/258 = 88.0 %). See each DIAGNOSIS.md.
  { corpus: 'real73', correct: 76, items: 86, known: [] as string[] },
  { corpus: 'real74', correct: 82, items: 86, known: [] as string[] },
  { corpus: 'real75', correct: 76, items: 86, known: [] as string[] },
  // real76, real77 (held back, built after the session's fixes; first measurements on f9a7cbf / fdbe664 (same code):
  // real76 80/86, real77 80/86 = 160/172 = 93.0 %, 0 false passes).
  { corpus: 'real76', correct: 82, items: 86, known: [] as string[] },
  { corpus: 'real77', correct: 83, items: 86, known: [] as string[] },
  // real79 (held back; first measurement on 070a6e5: 82/86 = 95.3 %, 0 false passes).
  // real78 (held back; first measurement on cbb55b9's code: 42/43, 0 false passes).
  { corpus: 'real78', correct: 43, items: 43, known: [] as string[] },
  { corpus: 'real79', correct: 82, items: 86, known: [] as string[] },
  // real80–real83 (held back, built 2026-12-07 late session by builders who never ran the checker; first measurements,
  // each before any change for it: real80 81/86 and real82 79/86 on 22439d3, real83 72/86 on 22439d3, real81 81/86 with
  // 1 false pass (a service page holding only a '404' picture) on d290b76 — 313/344 = 91.0 %). See each DIAGNOSIS.md.
  { corpus: 'real80', correct: 83, items: 86, known: [] as string[] },
  { corpus: 'real81', correct: 82, items: 86, known: [] as string[] },
  { corpus: 'real82', correct: 81, items: 86, known: [] as string[] },
  { corpus: 'real83', correct: 77, items: 86, known: [] as string[] },
  // real84–real89 (held back, built later the same session; first measurements, each before any change for it: real84
  // 79/86 (1 false pass: a training video as the social account) on 73f6f0f, real85 74/86 and real86 83/86 on b43bb38,
  // real87 66/86 (3 false passes: links answered with the front page, staff programmes' Facebook groups) and real89 83/86
  // on 77fe949, real88 79/86 on e972ece). See each DIAGNOSIS.md.
  { corpus: 'real84', correct: 80, items: 86, known: [] as string[] },
  { corpus: 'real85', correct: 77, items: 86, known: [] as string[] },
  { corpus: 'real86', correct: 82, items: 86, known: [] as string[] },
  { corpus: 'real87', correct: 71, items: 86, known: [] as string[] },
  { corpus: 'real88', correct: 80, items: 86, known: [] as string[] },
  { corpus: 'real89', correct: 84, items: 86, known: [] as string[] },
  // real90 (first measurement on 39b5db0: 78/86, 1 false pass — a paragraph mentioning 'ส่งคำร้องขอ' named its 'click
  // here' link an e-service; fixed by row-text-is-title). real91 (first measurement on adaa988: 79/86, 0 false passes).
  { corpus: 'real90', correct: 79, items: 86, known: [] as string[] },
  { corpus: 'real91', correct: 81, items: 86, known: [] as string[] },
  // real92–real101 (held back, built in the session of 2026-12-07 from 21:12 UTC by builders who never ran the checker; first measurements,
  // each before any change for it: real92–real97 on dd40a06 (358/413, 2 false passes: a dormitory
  // page's contact item read from private dormitories' e-mails, a staff Facebook group as the social account), real98,
  // real100, real101 on 7275470 (161/172, 1 false pass: a contact item without the fax ITA 2565 names), real99 on
  // c2b8748 (74/86): 593/671 = 88.4 %, 3 false passes over not-passing labels, all fixed, and real94 O3 below). See each DIAGNOSIS.md.
  { corpus: 'real92', correct: 84, items: 86, known: [] as string[] },
  { corpus: 'real93', correct: 81, items: 86, known: [] as string[] },
  // real94 school O3 (ita-2569 contact and enquiry channel): labelled review ('a suggestion form with an empty public
  // board', uncertain: pass); the checker passes a contact page's own form as the channel (enquiry-channel-absent), as
  // other 2569 labellers do. Known: a pass where the labeller wanted a look, not a pass over a not-passing label.
  { corpus: 'real94', correct: 60, items: 69, known: ['bansuan-jananusorn-school-2569 O3'] },
  { corpus: 'real95', correct: 42, items: 43, known: [] as string[] },
  { corpus: 'real96', correct: 41, items: 43, known: [] as string[] },
  { corpus: 'real97', correct: 80, items: 86, known: [] as string[] },
  { corpus: 'real98', correct: 39, items: 43, known: [] as string[] },
  { corpus: 'real99', correct: 75, items: 86, known: [] as string[] },
  { corpus: 'real100', correct: 40, items: 43, known: [] as string[] },
  { corpus: 'real101', correct: 84, items: 86, known: [] as string[] },
  // real102–real104 (held back, built later the same session; first measurements on main before any change for them:
  // real102 80/86, real103 81/86, real104 39/43 — 200/215 = 93.0 %, 0 false passes). See each DIAGNOSIS.md.
  { corpus: 'real102', correct: 80, items: 86, known: [] as string[] },
  { corpus: 'real103', correct: 81, items: 86, known: [] as string[] },
  { corpus: 'real104', correct: 40, items: 43, known: [] as string[] },
  // real105, real106 (a third round the same session; first measurements on main before any change for them: 41/43 and
  // 42/43, 0 false passes). See each DIAGNOSIS.md.
  { corpus: 'real105', correct: 41, items: 43, known: [] as string[] },
  { corpus: 'real106', correct: 42, items: 43, known: [] as string[] },
  // real107–real116 (session of 2026-12-07 from 23:53 UTC, four rounds; first measurements on main before any change for
  // them: 79/86, 39/43, 41/43 (1 false pass, fixed), 37/43, 72/86 (1, fixed), 83/86, 43/86, 82/86 (1, fixed), 78/86, 41/43
  // — 595/688 = 86.5 %; real113's MCOT page is a script shell: `review` by the brief where the labeller wrote `missing`,
  // its O23 month breakdown absent for the same reason). See each DIAGNOSIS.md.
  { corpus: 'real107', correct: 79, items: 86, known: [] as string[] },
  { corpus: 'real108', correct: 39, items: 43, known: [] as string[] },
  { corpus: 'real109', correct: 42, items: 43, known: [] as string[] },
  { corpus: 'real110', correct: 39, items: 43, known: [] as string[] },
  { corpus: 'real111', correct: 74, items: 86, known: [] as string[] },
  { corpus: 'real112', correct: 83, items: 86, known: [] as string[] },
  { corpus: 'real113', correct: 44, items: 86, known: [] as string[], knownMonths: ['mcot-broadcaster-2565 O23'] },
  { corpus: 'real114', correct: 84, items: 86, known: [] as string[] },
  { corpus: 'real115', correct: 79, items: 86, known: [] as string[] },
  { corpus: 'real116', correct: 41, items: 43, known: [] as string[] },
  // real117, real118 (a fifth round the same session; first measurements on main before any change: 82/86 and 73/86, 0 false passes).
  { corpus: 'real117', correct: 82, items: 86, known: [] as string[] },
  { corpus: 'real118', correct: 75, items: 86, known: [] as string[] },
  // real119 … real125 (session of 2026-12-08; first measurements on main before any change: 43/43, 83/86, 35/43 (1 false pass),
  // 84/86 (1 false pass), 39/43, 81/86, 79/86 — the false passes fixed by general rules).
  { corpus: 'real119', correct: 43, items: 43, known: [] as string[] },
  { corpus: 'real120', correct: 83, items: 86, known: [] as string[] },
  { corpus: 'real121', correct: 38, items: 43, known: [] as string[] },
  { corpus: 'real122', correct: 86, items: 86, known: [] as string[] },
  { corpus: 'real123', correct: 40, items: 43, known: [] as string[] },
  { corpus: 'real124', correct: 83, items: 86, known: [] as string[] },
  { corpus: 'real125', correct: 80, items: 86, known: [] as string[] },
] as { corpus: string; correct: number; items: number; known: string[]; knownMonths?: string[] }[])('real-page corpus $corpus: no new false pass, accuracy kept', ({ corpus, correct, items, known, knownMonths = [] }) => {
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), `oit-${corpus}-test-`));
    result = await runCorpus(nodeCorpusDeps(tmp, path.join(EVAL_ROOT, '..', corpus)));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it(`audits every site with no new false pass; accuracy ≥ ${correct}/${items}`, () => {
    expect(result.errors).toEqual([]);
    expect(result.score.falsePasses.map((o) => `${o.site} ${o.item}`).filter((f) => !known.includes(f))).toEqual([]);
    expect(result.score.total).toBe(items);
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(correct / items - 1e-9);
    // every labelled month breakdown matches (real3's two monthly items judged missing now list their months)
    expect(result.monthFailures.map((m) => `${m.site} ${m.item}`).filter((f) => !knownMonths.includes(f))).toEqual([]);
  });
});
