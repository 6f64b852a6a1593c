import { z } from 'zod';
import { DateMention } from '../thai/date-mention.ts';

/**
 * Where a date (or a label) was read from on a page. `url-path` is weak: a day stamp, year or upload folder in a
 * link's path, read only when the link names no date in its label, row or file name.
 */
/** Where a date was read; 'view-year': the year tab an ITA page is shown for (assessment-year-view), which never passes an item (view-year-never-passes). */
export const DateSource = z.enum(['link-label', 'row', 'heading', 'title', 'body', 'published', 'url', 'url-path', 'last-modified', 'view-year']);
export type DateSource = z.infer<typeof DateSource>;

export const DatedMention = DateMention.extend({ source: DateSource });
export type DatedMention = z.infer<typeof DatedMention>;

/** Where a link's label came from. */
export const LabelSource = z.enum(['text', 'title', 'aria-label', 'alt', 'filename', 'preceding-text', 'icon', 'none']);
export type LabelSource = z.infer<typeof LabelSource>;

/** Which markup the link was read from; `label`: an entry of a list of section names with no link at all (unlinked-entry-list). */
export const LinkOrigin = z.enum(['a', 'area', 'iframe', 'object', 'embed', 'data-pdf-src', 'viewer', 'onclick', 'button', 'refresh', 'option', 'label']);
export type LinkOrigin = z.infer<typeof LinkOrigin>;

/**
 * What a link points at:
 * - `page`: same-site HTML page (crawlable);
 * - `document`: a file (PDF, DOC, XLS …), same site or not;
 * - `external`: another host (recorded as evidence, not crawled);
 * - `placeholder`: listed but goes nowhere (`""`, `#`, `#!`, `javascript:`, a link to the page itself);
 * - `contact`: `mailto:` or `tel:`;
 * - `script-route`: a same-site hash route (`#/…`, `#!/…`, `/#/…`) that a script turns into a page.
 *   Its URL keeps the route; it is crawled (rendered) only when the host can render pages.
 */
export const LinkKind = z.enum(['page', 'document', 'external', 'placeholder', 'contact', 'script-route']);
export type LinkKind = z.infer<typeof LinkKind>;

export const LinkRecord = z.object({
  /** The attribute as written in the page. */
  href: z.string(),
  /** Absolute URL, or null when the link goes nowhere (placeholder). */
  url: z.string().nullable(),
  kind: LinkKind,
  origin: LinkOrigin,
  /** Normalised label (normalizeThai). */
  label: z.string(),
  labelSource: LabelSource,
  /** Text of the table row or list item that holds the link (normalised), if any. */
  context: z.string(),
  /** Nearest heading or panel title above the link (normalised), if any. */
  heading: z.string(),
  /**
   * When the link stands in a table row: the row's item code ("O10" for "OIT 10"/"ข้อ 10"/"O๑๐", "MOIT5"),
   * its title (the words of the other cells, without the code) and the group-heading row it stands under.
   */
  row: z.object({ code: z.string(), title: z.string(), group: z.string() }).optional(),
  /** The link stands in the site's navigation (nav/header/footer, a menu or sidebar block); absent in old snapshots. */
  inMenu: z.boolean().optional(),
  /** Dates found in the label, context and URL of this link. */
  dates: z.array(DatedMention),
});
export type LinkRecord = z.infer<typeof LinkRecord>;

/**
 * How much of a page a script builds after load, judged on the served HTML: `none`, `list` (a listing
 * filled after load on an otherwise ordinary page) or `shell` (an application shell: the whole page).
 */
export const ScriptBuilt = z.enum(['none', 'list', 'shell']);
export type ScriptBuilt = z.infer<typeof ScriptBuilt>;

/** Whether the snapshot was read from a browser-rendered DOM: `no` (not tried), `yes`, or `failed`. */
export const Rendered = z.enum(['no', 'yes', 'failed']);
export type Rendered = z.infer<typeof Rendered>;

export const PageSnapshot = z.object({
  /** The URL that was requested. */
  url: z.string(),
  /** The URL after redirects. */
  finalUrl: z.string(),
  status: z.number().int(),
  contentType: z.string(),
  charset: z.string(),
  title: z.string(),
  headings: z.array(z.string()),
  breadcrumb: z.string(),
  links: z.array(LinkRecord),
  /** Dates on the page that do not belong to a particular link. */
  dates: z.array(DatedMention),
  /** Contact signals (phone numbers, e-mail addresses, social links) seen on the page. */
  contacts: z.array(z.object({ kind: z.enum(['phone', 'fax', 'email', 'address', 'facebook', 'line', 'youtube', 'map']), value: z.string() })),
  /**
   * Forms on the page (a complaint or opinion form is evidence), with their nearest heading; `noFields` when it has
   * nothing a person fills in (only buttons: a visitor counter), `sendsNothing` when its submit handler only stops the
   * submission and shows a message (`onsubmit="event.preventDefault(); alert('ส่งสำเร็จ')"`).
   */
  forms: z.array(
    z.object({
      action: z.string(),
      label: z.string(),
      noFields: z.literal(true).optional(),
      sendsNothing: z.literal(true).optional(),
      /** Not a message form: a search box, or a newsletter sign-up of one e-mail field (formPurpose). */
      purpose: z.enum(['search', 'subscribe', 'login']).optional(),
      /** A text area to write a message in (form-free-text): a contact form that takes anyone's words, not only a name and a phone. */
      freeText: z.literal(true).optional(),
    }),
  ),
  /**
   * Table rows and list items that hold no usable link (an ITA index row "O8 | ไม่มีลิงก์ | …"):
   * an item listed without a document is `incomplete`, not `missing`.
   */
  unlinkedRows: z.array(z.string()),
  /** The page's own prose, block by block, outside links and controls (see page-prose.ts); older snapshots: none. */
  prose: z.array(z.string()).default([]),
  /**
   * Sections of the page: each h1–h4 heading (and each tab pane, under its tab's label) with its own text up to
   * the next heading of its level. Absent in snapshots made before sections were read.
   */
  sections: z.array(z.object({ heading: z.string(), text: z.string(), linked: z.literal(true).optional() })).optional(),
  /** The page shows a web template's filler (lorem ipsum text, placeholder-service images): its content is not the organisation's. */
  templateFiller: z.boolean().optional(),
  /** The `src` of every image the page shows, as written (at most 100); older snapshots: none. */
  images: z.array(z.string()).optional(),
  /**
   * The images the page shows outside links, icons left out (at most 60, in page order), each with its name: alt or title, else its
   * figure's caption; '' when unnamed. A contact page's location map may be one; older snapshots: none.
   */
  pictures: z.array(z.object({ src: z.string(), name: z.string() })).optional(),
  /** What a script builds on this page, judged on the served HTML (kept when the page is rendered). */
  scriptBuilt: ScriptBuilt.default('none'),
  /** Whether the snapshot comes from the rendered DOM. */
  rendered: Rendered.default('no'),
  /** Why rendering failed or was not tried (no browser, cap reached, timeout …). */
  renderNote: z.string().optional(),
  /**
   * Compatibility: the snapshot cannot show what a script builds (`scriptBuilt !== 'none'` and the page
   * was not rendered). A rendered page shows it, so it is not script-filled any more.
   */
  scriptFilled: z.boolean(),
  /** HTTP Last-Modified, ISO date, if the server sent one. */
  lastModified: z.string().optional(),
  /** The page was larger than the byte limit and was cut. */
  truncated: z.boolean(),
  depth: z.number().int(),
  fetchedAt: z.string(),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;

/** A document (PDF, DOC, XLS …) checked with HEAD only. */
export const DocumentCheck = z.object({
  url: z.string(),
  status: z.number().int(),
  contentType: z.string(),
  size: z.number().int().optional(),
  lastModified: z.string().optional(),
});
export type DocumentCheck = z.infer<typeof DocumentCheck>;
