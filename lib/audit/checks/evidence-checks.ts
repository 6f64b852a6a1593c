import type { MatchedBy } from '../../report/report-schema.ts';
import type { DatedMention, PageSnapshot } from '../../snapshot/page-snapshot.ts';
import { defineCheck } from './check.ts';
import { bestState, type TargetState } from './target-checks.ts';

/** An ITA/OIT index page: its rows without links are items listed with no document. */
const ITA_PAGE = /\b(ita|oit)\b|คุณธรรมและความโปร่งใส|เปิดเผยข้อมูลสาธารณะ/i;
const O_NUMBER_ROW = /^\s*[Oo0]\s?\d{1,2}\b/;
const URL_LIKE = /^(https?:\/\/|www\.|\/)\S*$/i;
/** Share buttons of social networks: they post the page, they are not the organisation's account. */
const SHARE_BUTTON = /\/(?:sharer|share|intent|dialog|plugins|social-plugin|R\/msg)(?:[/.?#]|$)|[?&](?:u|url|text)=http/i;
/** Text that shows nothing: a notice that the data is not there yet, or a template's filler. */
const STUB_TEXT = /(?:อยู่ระหว่าง(?:การ)?(?:ปรับปรุง|จัดทำ|ดำเนินการ)|กำลัง(?:ปรับปรุง|จัดทำ)|ยังไม่มี(?:ข้อมูล|รายการ|กระทู้|คำถาม)|ไม่พบ(?:ข้อมูล|รายการ)|กรุณากลับมา(?:ใหม่|อีกครั้ง)[^ ]*|coming soon|under construction|not available|no data|lorem ipsum[^.]*|card title|some quick example text[^.]*)/giu;
/** Letters a page section must hold to show an item by itself (a name and a position, a thread, an address). */
const SECTION_LETTERS = 40;
/** Links of this many different concepts leading to one page make it a hub (a generic page behind a menu). */
export const HUB_CONCEPTS = 3;

/** Rules for one document per year or period: a month's file, found only by its row or heading, is not one. */
const ONE_DOCUMENT_RULES = new Set(['in-force', 'previous-fiscal-year', 'first-half', 'multi-year']);

/** A link labelled with one month ("เดือน ตุลาคม 2567"): a piece of a monthly series. */
function namesOneMonth(dates: readonly DatedMention[]): boolean {
  const label = dates.filter((d) => d.source === 'link-label');
  return label.length > 0 && label.every((d) => d.precision === 'month' && d.until === undefined);
}

/** Checks on which text of a link or page may name a concept, and which found evidence counts for an item. */
export const EVIDENCE_CHECKS = {
  labelIsUrl: defineCheck('label-is-url', 'evidence', 'A label that is just a URL ("https://…", "/opinion.php") names nothing: the row or heading says what the link is for.', (label: string): boolean =>
    URL_LIKE.test(label)),
  contactByLabelOnly: defineCheck('contact-by-label-only', 'evidence', 'A mailto:/tel: link counts only by its own label, never by the row or heading it stands in.', (kind: string): boolean => kind === 'contact'),
  menuToggle: defineCheck(
    'menu-toggle',
    'evidence',
    'An empty link repeated on many pages ("ข้อมูลพื้นฐาน" → #) is a menu toggle, not an item listed without a document — unless it stands in the content, outside any menu (a card\'s "อ่านเพิ่มเติม" → #! repeated on several pages).',
    (emptyLink: boolean, onManyPages: boolean, inContent = false): boolean => emptyLink && onManyPages && !inContent,
  ),
  headingOfContentLink: defineCheck('heading-of-content-link', 'evidence', 'A link is named by the heading of its panel only when it leads somewhere and is not in the site menu (a link repeated on many pages, or one standing in nav/header/footer or a menu block).', (hasUrl: boolean, inMenu: boolean): boolean =>
    hasUrl && !inMenu),
  placeholderUnderHeading: defineCheck(
    'placeholder-under-heading',
    'evidence',
    'An empty link with a label ("อ่านต่อ", a news title → href="") under a heading in the content, not a menu, is the heading\'s item listed without a document.',
    (emptyLink: boolean, labelled: boolean, inMenu: boolean): boolean => emptyLink && labelled && !inMenu,
  ),
  indexRowOnItaPage: defineCheck('index-row-on-ita-page', 'evidence', 'A table row without a link is an item listed without a document only on an ITA/OIT page or in an "O12 …" row.', (pageText: string, row: string): boolean =>
    ITA_PAGE.test(pageText) || O_NUMBER_ROW.test(row)),
  itaRowTitle: defineCheck(
    'ita-row-title',
    'evidence',
    'A link in a row of an ITA index table (a row coded "OIT 10"/"ข้อ 10"/"O10", or any table row on an ITA page) also counts for the concept its row title names, whatever its own label names.',
    (pageText: string, rowCode: string, rowTitle: string): boolean => rowTitle !== '' && (rowCode !== '' || ITA_PAGE.test(pageText)),
  ),
  rowCodeTiebreak: defineCheck(
    'ita-row-code-tiebreak',
    'evidence',
    "When a row title names several concepts, those of the checklist item the row's code numbers win; a code never adds a concept the title does not name.",
    (titleConcepts: readonly string[], codeConcepts: readonly string[]): string[] => {
      const both = titleConcepts.filter((c) => codeConcepts.includes(c));
      return both.length > 0 ? both : [...titleConcepts];
    },
  ),
  rowCodeOnly: defineCheck(
    'ita-row-code-only',
    'evidence',
    'A row numbered as an item ("OIT 34") whose title and document name none of its concepts only hints at that item: a code-only hint (review), never a pass. Numbers shift between years, so when the row names another item of the same checklist the table is numbered for another year and the code says nothing.',
    (codeConcepts: readonly string[], namedConcepts: readonly string[], namesAnotherItem: boolean): string[] =>
      namesAnotherItem || codeConcepts.some((c) => namedConcepts.includes(c)) ? [] : [...codeConcepts],
  ),
  hostIsEvidence: defineCheck(
    'host-is-evidence',
    'evidence',
    'A link to a host whose links are the evidence themselves (a social network: facebook.com, line.me, youtube.com …, a concept marked hostsAreEvidence) counts for that concept whatever its label, an icon-only link included — but not a share button ("facebook.com/sharer", "twitter.com/intent/tweet", "line.me/R/msg"), which is no account of the organisation.',
    (hostsAreEvidence: boolean, linkToAcceptedHost: boolean, url: string): boolean => hostsAreEvidence && linkToAcceptedHost && !SHARE_BUTTON.test(url),
  ),
  sectionShowsItem: defineCheck(
    'section-shows-item',
    'evidence',
    'A section of a page (an h1–h4 heading or a tab pane, up to the next heading of its level) headed by an item shown on pages themselves (executives, Q&A board, contact: concepts marked sectionIsEvidence) is evidence for it when it holds at least 40 letters of its own, not counting a "not there yet" notice or template filler — and, for contact details, a phone number or an e-mail address (an address alone is not enough).',
    (concept: { sectionIsEvidence: boolean; footerContacts: boolean }, sectionText: string, hasPhoneOrEmail: boolean): boolean =>
      concept.sectionIsEvidence &&
      sectionText.replace(STUB_TEXT, ' ').replace(/[^\p{L}\p{M}]/gu, '').length >= SECTION_LETTERS &&
      (!concept.footerContacts || hasPhoneOrEmail),
  ),
  containerHolds: defineCheck(
    'container-holds',
    'evidence',
    'A page that holds links for the same concept is as good as the best of what it holds (Google-Drive-only: external; only empty links: placeholder), unless it has content of its own.',
    (page: { target: TargetState; hasOwnContent: boolean }, held: readonly TargetState[]): TargetState | null =>
      held.length === 0 || (page.target === 'ok' && page.hasOwnContent) ? null : bestState([...held]),
  ),
  oneMonthNotAnnual: defineCheck(
    'one-month-not-annual',
    'evidence',
    'For an item of one document per year or period, a one-month file found only by its row or heading is not that document.',
    (freshnessKind: string, matchedBy: MatchedBy, dates: readonly DatedMention[]): boolean =>
      ONE_DOCUMENT_RULES.has(freshnessKind) && (matchedBy === 'ita-index-row' || matchedBy === 'heading') && namesOneMonth(dates),
  ),
  hubWithoutConfirmation: defineCheck(
    'hub-page-unconfirmed',
    'evidence',
    'A page that links of three or more different concepts lead to (a menu that sends many topics to one generic page) is evidence for a concept only when the page itself shows it (title, heading, a content link or row); otherwise a person must look.',
    (conceptsLinkingHere: number, pageShowsConcept: boolean): boolean => conceptsLinkingHere >= HUB_CONCEPTS && !pageShowsConcept,
  ),
  footerContacts: defineCheck(
    'footer-contacts',
    'evidence',
    "The site's address repeated on many pages (its footer) with a phone number or e-mail on the same page is evidence for a concept marked footerContacts (the contact item), on that page's URL.",
    (contacts: PageSnapshot['contacts'], repeatedOnManyPages: (signal: string) => boolean): boolean =>
      contacts.some((c) => c.kind === 'address' && repeatedOnManyPages(`address:${c.value}`)) && contacts.some((c) => c.kind === 'phone' || c.kind === 'email'),
  ),
} as const;
