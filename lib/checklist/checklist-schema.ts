import { z } from 'zod';

/** Days per month for MM-DD validation (29 February is allowed: it exists in leap years and is clamped otherwise). */
const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "MM-DD", e.g. "12-31": a day of the fiscal year on which something falls due. */
export const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD, e.g. 04-30')
  .refine((text) => Number(text.slice(3)) <= (MAX_DAY[Number(text.slice(0, 2)) - 1] ?? 0), {
    message: 'expected a real day of the year as MM-DD (e.g. 04-30, not 04-31)',
  });

/** The kinds of freshness rule, in the order they are documented. */
export const FRESHNESS_KINDS = [
  'in-force',
  'current-fiscal-year',
  'previous-fiscal-year',
  'first-half',
  'multi-year',
  'monthly',
  'recent',
] as const;
export type FreshnessKind = (typeof FRESHNESS_KINDS)[number];

/**
 * Freshness rules: a small closed set of declarative kinds.
 * Each kind is judged by one pure function of (dated evidence, as-of date) in `freshness/`.
 */
export const FreshnessRule = z.discriminatedUnion('kind', [
  /** Currently in force: found is enough. */
  z.strictObject({ kind: z.literal('in-force') }).describe('Currently in force: found is enough.'),
  /** Evidence dated in, or labelled with, the fiscal year of the as-of date (or a later one). */
  z.strictObject({ kind: z.literal('current-fiscal-year') }).describe('Dated in, or labelled with, the fiscal year of the as-of date.'),
  /** Report of the previous fiscal year, due by `due` (MM-DD) of the current fiscal year; before that the year before counts. */
  z.strictObject({ kind: z.literal('previous-fiscal-year'), due: MonthDay }).describe('Report of the previous fiscal year, due by MM-DD of the current one.'),
  /** Covers the first half (Oct–Mar) of the current fiscal year, due by `due` (MM-DD); before that the previous fiscal year counts. */
  z.strictObject({ kind: z.literal('first-half'), due: MonthDay }).describe('Covers October–March of the current fiscal year, due by MM-DD.'),
  /** A multi-year plan whose span covers the current fiscal year. */
  z.strictObject({ kind: z.literal('multi-year') }).describe('A multi-year plan whose span covers the current fiscal year.'),
  /**
   * A monthly series: each month is due by the end of the following month (plus `graceDays`).
   * Required are the fiscal months `fromMonth`..`toMonth` (1 = October … 12 = September) whose due date has passed.
   * `fiscalYear`: `current` or `previous` (a report on the whole previous year).
   */
  z
    .strictObject({
      kind: z.literal('monthly'),
      fromMonth: z.number().int().min(1).max(12),
      toMonth: z.number().int().min(1).max(12),
      fiscalYear: z.enum(['current', 'previous']).default('current'),
      graceDays: z.number().int().min(0).max(90).default(0),
    })
    .refine((rule) => rule.fromMonth <= rule.toMonth, {
      message: 'toMonth must not be before fromMonth (fiscal months: 1 = October … 12 = September)',
      path: ['toMonth'],
    })
    .describe('Monthly series: fiscal months fromMonth..toMonth (1 = October) each due by the end of the following month + graceDays.'),
  /** The newest dated entry is at most `days` old (news watch). */
  z.strictObject({ kind: z.literal('recent'), days: z.number().int().min(1).max(3650) }).describe('The newest dated entry is at most `days` old.'),
]);
export type FreshnessRule = z.infer<typeof FreshnessRule>;

export const Confidence = z.enum(['confirmed', 'probable']);
export type Confidence = z.infer<typeof Confidence>;

/** Concept ids are kebab-case: "procurement-monthly". */
export const ConceptId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case concept id like procurement-monthly');

export const ChecklistItem = z.strictObject({
  /** Exactly as NACC numbers it: "O1" … "O43", or "e6" … "e10" for the EIT website features. */
  id: z.string().regex(/^(O\d{1,2}|e\d{1,2})$/, 'expected an id like O1 or e6').describe('O1 … O43 as NACC numbers the year, or e6 … e10 for EIT website features.'),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  /** e.g. "9" */
  indicator: z.string().min(1),
  /** e.g. "9.1 ข้อมูลพื้นฐาน" */
  subIndicator: z.string().min(1),
  /** What the evidence must show (Thai, short). */
  evidence: z.string().min(1),
  evidenceEn: z.string().min(1),
  /** Concept ids from concepts.json; evidence matching any of them counts for this item. */
  concepts: z.array(ConceptId).min(1).describe('Concept ids defined in concepts.json.'),
  freshness: FreshnessRule,
  /**
   * A stricter rule for the organisation's own publishing duty (e.g. news within 30 days). Its verdict
   * never changes the ITA status; when it fails, it adds an `attention` line for the month-end workflow.
   */
  watch: FreshnessRule.optional().describe("A stricter rule for the organisation's own publishing duty; it only adds attention."),
  /** Human-readable due date, e.g. "ภายใน 30 เม.ย." (optional). */
  due: z.string().min(1).optional().describe('Due date for people, e.g. "ภายใน 30 เม.ย.".'),
  /** Responsible role, e.g. "กองคลัง/งานพัสดุ". */
  owner: z.string().min(1),
  ownerEn: z.string().min(1),
  confidence: Confidence,
  /** How many distinct matching pieces of evidence are needed (e.g. EIT e6: two contact channels). */
  minEvidence: z.number().int().min(1).default(1).describe('Distinct matching pieces of evidence needed (EIT e6: 2).'),
  /** Every concept is a required part (ITA 2568 O1: the structure chart and the duties): a part the site lists without a document keeps the item from passing. */
  allConcepts: z.boolean().optional().describe('Every concept is a required part; a part listed without a document keeps the item from passing.'),
  /**
   * Required parts, each a list of concepts any of which shows it (ITA 2569 O20: the year's No Gift declaration, an
   * activity, and the previous year's report — on gifts received or on the policy). Like allConcepts, for an item
   * whose concepts are alternatives within a part.
   */
  parts: z.array(z.array(ConceptId).min(1)).min(2).optional().describe("Required parts, each a list of alternative concepts; the item does not pass while a part is absent or listed without a document."),
  /** The item names the organisation's location map (แผนที่ตั้ง) among its parts (ITA O5/O3): it does not pass without one (check contact-needs-map). */
  needsMap: z.boolean().optional().describe("The item names the organisation's location map (แผนที่ตั้ง) among its parts; it does not pass without one."),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id like ita-2568'),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    /** ITA assessment year in Buddhist Era, e.g. 2568 (absent for year-independent lists such as eit-web). */
    year: z.number().int().min(2500).max(2700).optional(),
    source: z.string().min(1),
    items: z.array(ChecklistItem).min(1),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id ${item.id}` });
      seen.add(item.id);
      item.parts?.forEach((part, j) =>
        part.forEach((id, k) => {
          if (!item.concepts.includes(id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'parts', j, k], message: `part concept "${id}" is not one of the item's concepts` });
        }),
      );
    });
  });
export type Checklist = z.infer<typeof Checklist>;

/**
 * A concept: one Thai synonym list, written once, referenced by every year's items.
 * `terms` match link labels, page titles and headings after normalisation; `exclude` vetoes a match
 * (e.g. a satisfaction *form* is not a satisfaction *report*).
 */
export const Concept = z.strictObject({
  id: ConceptId,
  name: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
  exclude: z.array(z.string().min(1)).default([]),
  /**
   * Reworded or generic labels ("อำนาจและหน้าที่", "ผลการดำเนินงาน"): they name the concept only as a whole label
   * (a menu entry), and a working target they name counts only when the page itself shows one of `terms`.
   */
  weakTerms: z.array(z.string().min(1)).default([]),
  /**
   * Words that name the concept only as the whole label, nothing before or after ('ผู้บริหาร' as a menu entry, not
   * 'ผู้บริหารกรมที่ดิน' or 'สายตรงผู้บริหาร'): a strong match when they are all the label says.
   */
  exactLabels: z.array(z.string().min(1)).default([]),
  /**
   * Words that open a document's title ('พระราชบัญญัติ…', 'พ.ร.บ.…', 'กฎกระทรวง…' for the laws item): a strong match when
   * they open the label (after a number), whatever title follows — anywhere else they do not match.
   */
  openingTerms: z.array(z.string().min(1)).default([]),
  /**
   * Names of one part of the item only (a position-standard announcement for the HR criteria): matched anywhere in a
   * label like `terms`, but like `weakTerms` a working target they name counts only when its page shows one of `terms`;
   * otherwise a person must look (review), never a pass on the part alone.
   */
  partTerms: z.array(z.string().min(1)).default([]),
  /**
   * Terms (each one of `terms`) that name a kind of document many programmes share ('แผนปฏิบัติการ'): followed by a
   * topic ('แผนปฏิบัติการป้องกันและบรรเทาสาธารณภัย') they name that programme's document and match only like
   * `weakTerms`; followed by a period, a year, an organisation or nothing they match as terms (see TOPIC_AFTER_KIND_TERM).
   */
  kindTerms: z.array(z.string().min(1)).default([]),
  /**
   * Terms (each one of `terms`) naming the one-way part of a channel ('คำถามที่พบบ่อย', FAQ: answers to fixed
   * questions): a page named by one counts only with a way to ask on it, a working form or a link to a two-way
   * channel of the concept; otherwise the item is there in part (answers-without-asking → incomplete).
   */
  oneWayTerms: z.array(z.string().min(1)).default([]),
  /** Hints in URLs (slugs like "ita", "no-gift"); weak evidence only. */
  urlHints: z.array(z.string().min(1)).default([]),
  /** Links to these hosts (or their subdomains) count as evidence for the concept (e.g. facebook.com for social-network). */
  externalHosts: z.array(z.string().min(1)).default([]),
  /**
   * Words in the name or path of one of the organisation's other hosts that say the item may be published there
   * ('procurement', 'pasadu' for the procurement items; '*': any of its public hosts, for online services, which are
   * systems on hosts of their own). Nothing found on the audited host but such a link: review (on-organisation-host).
   */
  siblingHostHints: z.array(z.string().min(1)).default([]),
  /** The site's contact details repeated on every page (footer address with phone or e-mail) count as evidence. */
  footerContacts: z.boolean().default(false),
  /**
   * A person's name with the body's top position printed under it (a mayor's card on the home page) shows the item in
   * part (incomplete): one person, no contact channel, is never the whole item.
   */
  personCards: z.boolean().default(false),
  /**
   * Words naming the links that give the concept's chart ('แผนผัง', 'ผังโครงสร้าง'): on a page named for the concept
   * whose every such link is dead and that shows no picture that could be the chart, the chart is not shown
   * (evidence check chart-links-dead → review).
   */
  chartLinks: z.array(z.string()).default([]),
  /**
   * Words a web page (not a file) for the concept must show somewhere to hold the whole item (ITA O9's service guide:
   * "บริการใด ขั้นตอน ระยะเวลา เอกสาร" — a duration: 'ระยะเวลา', 'นาที', 'วันทำการ'). A page with none of them is the
   * item in part (evidence check page-lacks-required-words → incomplete). Files are not read: they keep their verdict.
   */
  pageMustShow: z.array(z.string().min(1)).default([]),
  /**
   * Related channels (concept ids) that, working with a form of their own, make the item `review` instead of
   * `missing` when nothing names this concept (a general complaint form for the corruption-complaint channel).
   */
  reviewWith: z.array(ConceptId).default([]),
  /**
   * Related concepts (ids) whose page, holding a working form with a text area to write in, is this channel too when
   * nothing names it (evidence check message-form-channel: the contact page's free-text form is the opinion channel).
   */
  messageFormOf: z.array(ConceptId).default([]),
  /** A list of this concept holds entries on any topic (news, activities): an entry naming another concept still belongs to it. */
  anyTopic: z.boolean().default(false),
  /** A link to one of `externalHosts` is evidence whatever its label, an icon-only link included (social networks). */
  hostsAreEvidence: z.boolean().default(false),
  /**
   * The item is shown on a page itself, not only in a document: a section of a page headed by one of `terms`, with
   * text of its own (executives' names and positions, a board's threads, contact details), is evidence.
   */
  sectionIsEvidence: z.boolean().default(false),
  /** The item is published as a stream of entries (news, procurement announcements): a section headed by it that shows entries but links none lists it without documents. */
  listsEntries: z.boolean().default(false),
  /**
   * An entry's dated headline is the item itself (news: 'แจ้งกำหนดการฝึกอบรม… 25 พฤษภาคม 2568'): listed under the item's
   * heading with a day's date, it counts whatever its link does ('#', 404) — check dated-headline-is-entry.
   */
  headlineIsEntry: z.boolean().default(false),
  /** A channel (complaint, Q&A, opinion, e-service): it counts only as something a person can use online, never as a document about it. */
  channel: z.boolean().default(false),
  /**
   * National documents (an Act of Parliament, a volume of the Budget Bureau's budget documents) are evidence for this
   * concept (the laws item). For every other concept a link whose own label is one needs a person (national-document-label).
   */
  nationalDocuments: z.boolean().default(false),
  /**
   * Standing data about people in posts (executives): current only while its people are. On a site whose newest
   * date is far older than the assessment (see people-list-stale) it cannot be confirmed current.
   */
  peopleInPosts: z.boolean().default(false),
  /**
   * A report of one period's results (the annual operation, procurement, HR or anti-corruption report): only a report
   * of the period asked stands for it; a later period's report is another document (see later-period-only).
   */
  periodReport: z.boolean().default(false),
  /**
   * A part that an item asks for, never an item's evidence by itself (the location map of the contact item, see
   * ChecklistItem.needsMap): kept out of the evidence matcher, matched only by the rule that asks for it.
   */
  partOnly: z.boolean().default(false),
});
export type Concept = z.infer<typeof Concept>;

/**
 * The name of a law, an office or a programme ("พระราชบัญญัติข้อมูลข่าวสารของราชการ", "ศูนย์รับเรื่องร้องเรียน").
 * A concept's term found inside such a name does not match (ข่าวสาร inside the law's name is not news),
 * unless the concept is listed in `concepts` (the name *is* that concept's evidence) or the term contains
 * the whole name.
 */
export const ProperName = z.strictObject({
  /** `phrase`: a fixed phrase of its own meaning ('ข้อมูลข่าวสาร', official information under the Official Information Act, not news). */
  kind: z.enum(['law', 'office', 'programme', 'phrase']),
  /** The name and its usual short forms, as written on sites (normalised like terms). */
  names: z.array(z.string().min(1)).min(1),
  /** Concepts for which the name itself is evidence (the laws item for a law). */
  concepts: z.array(ConceptId).default([]),
});
export type ProperName = z.infer<typeof ProperName>;

export const ConceptFile = z
  .strictObject({
    $schema: z.string().optional(),
    concepts: z.array(Concept).min(1),
    /** Names of laws, offices and programmes inside which concept terms do not match. */
    properNames: z.array(ProperName).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.concepts.forEach((concept, i) => {
      if (seen.has(concept.id)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `duplicate concept id ${concept.id}` });
      seen.add(concept.id);
      for (const field of ['kindTerms', 'oneWayTerms'] as const) {
        concept[field].forEach((term, j) => {
          if (!concept.terms.includes(term)) ctx.addIssue({ code: 'custom', path: ['concepts', i, field, j], message: `"${term}" is not one of the concept's terms` });
        });
      }
    });
    file.properNames.forEach((entry, i) => {
      entry.concepts.forEach((id, j) => {
        if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['properNames', i, 'concepts', j], message: `unknown concept "${id}"` });
      });
    });
  });
export type ConceptFile = z.infer<typeof ConceptFile>;
