import type { MatchedBy } from '../../report/report-schema.ts';
import type { DatedMention, PageSnapshot } from '../../snapshot/page-snapshot.ts';
import { defineCheck } from './check.ts';
import { bestState, type TargetState } from './target-checks.ts';

/** An ITA/OIT index page: its rows without links are items listed with no document. */
const ITA_PAGE = /\b(ita|oit)\b|คุณธรรมและความโปร่งใส|เปิดเผยข้อมูลสาธารณะ/i;
const O_NUMBER_ROW = /^\s*[Oo0]\s?\d{1,2}\b/;
/** A heading that is an ITA item's requirement: "MOIT 17 …", "17 | MOIT 17 …", "EB 5 …", "OIT 3 …", "O12 …". */
const ITA_ITEM_HEADING = /^\s*(\d{1,2}\s*[|.:)]\s*)?(moit|eb|oit|o)\s?\d{1,2}\b/i;
/** A label with this many Thai letters is a sentence of its own (an evidence row), not a button or a date. */
const SENTENCE_CHARS = 25;
const URL_LIKE = /^(https?:\/\/|www\.|\/)\S*$/i;
/** Links of this many different concepts leading to one page make it a hub (a generic page behind a menu). */
export const HUB_CONCEPTS = 3;

/** Rules for one document per year or period: a month's file, found only by its row or heading, is not one. */
const ONE_DOCUMENT_RULES = new Set(['in-force', 'previous-fiscal-year', 'first-half', 'multi-year']);

/** A link labelled with one month ("เดือน ตุลาคม 2567"): a piece of a monthly series. */
function namesOneMonth(dates: readonly DatedMention[]): boolean {
  const label = dates.filter((d) => d.source === 'link-label');
  return label.length > 0 && label.every((d) => d.precision === 'month' && d.until === undefined);
}

/** A form that submits nowhere: "#" or a script URL (an empty action posts to the page itself, which works). */
const INERT_ACTION = /^\s*(#.*|javascript:.*)$/i;

/** What a channel page offers a person: a usable channel, only forms that submit nowhere, or nothing to use. */
export type ChannelPageState = 'ok' | 'inert-form' | 'no-channel';

/** Checks on which text of a link or page may name a concept, and which found evidence counts for an item. */
export const EVIDENCE_CHECKS = {
  labelIsUrl: defineCheck('label-is-url', 'evidence', 'A label that is just a URL ("https://…", "/opinion.php") names nothing: the row or heading says what the link is for.', (label: string): boolean =>
    URL_LIKE.test(label)),
  contactByLabelOnly: defineCheck('contact-by-label-only', 'evidence', 'A mailto:/tel: link counts only by its own label, never by the row or heading it stands in.', (kind: string): boolean => kind === 'contact'),
  menuToggle: defineCheck('menu-toggle', 'evidence', 'An empty link repeated on many pages ("ข้อมูลพื้นฐาน" → #) is a menu toggle, not an item listed without a document.', (emptyLink: boolean, onManyPages: boolean): boolean =>
    emptyLink && onManyPages),
  headingOfContentLink: defineCheck('heading-of-content-link', 'evidence', 'A link is named by the heading of its panel only when it leads somewhere and is not in the site menu.', (hasUrl: boolean, inMenu: boolean): boolean =>
    hasUrl && !inMenu),
  requirementHeadingOwnLabel: defineCheck(
    'requirement-heading-own-label',
    'evidence',
    'Under an ITA item heading ("MOIT 17 …", "EB 5 …", "O12 …") a link whose own label is a sentence naming another document is that document, not the item the heading names.',
    (heading: string, label: string, labelSource: string): boolean =>
      ITA_ITEM_HEADING.test(heading) && labelSource === 'text' && (label.match(/[\u0E00-\u0E7F]/g)?.length ?? 0) >= SENTENCE_CHARS,
  ),
  headingOfGenericButton: defineCheck(
    'heading-of-generic-button',
    'evidence',
    'A button with a generic label ("ดาวน์โหลด", an icon) alone in its card is named by the card heading even when it leads nowhere: the document is listed, not published.',
    (genericLabel: boolean, contextIsOwn: boolean, onManyPages: boolean): boolean => genericLabel && contextIsOwn && !onManyPages,
  ),
  indexRowOnItaPage: defineCheck('index-row-on-ita-page', 'evidence', 'A table row without a link is an item listed without a document only on an ITA/OIT page or in an "O12 …" row.', (pageText: string, row: string): boolean =>
    ITA_PAGE.test(pageText) || O_NUMBER_ROW.test(row)),
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
  templateFillerOnly: defineCheck(
    'template-filler-only',
    'evidence',
    "A page that shows a web template's filler (lorem ipsum, placeholder images) and links no document is not shown to hold the item: its title alone confirms nothing.",
    (templateFiller: boolean, contentLinks: number): boolean => templateFiller && contentLinks === 0,
  ),
  channelPage: defineCheck(
    'channel-page-usable',
    'evidence',
    'A page for a channel (complaint, Q&A, opinion, e-service) counts when it has a working form, its own e-mail or a content link; only forms that submit nowhere (action empty or #) → inert-form; nothing to use → no-channel.',
    (forms: readonly { action: string }[], ownEmail: boolean, contentLinks: number): ChannelPageState => {
      if (forms.some((f) => !INERT_ACTION.test(f.action)) || ownEmail) return 'ok';
      if (forms.length > 0) return 'inert-form';
      return contentLinks > 0 ? 'ok' : 'no-channel';
    },
  ),
} as const;
