import { defineCheck } from './check.ts';

/**
 * Whether the evidence target can count: it works, it is a real link, it is readable. `code-only`: named only by an
 * ITA row's item code; `template-page`: a page of web-template filler; `sample-people`: a people page of copied sample cards (one person for several posts); `no-photo`: a people page with names and posts but no photo; `no-contact`: a people page with no phone or e-mail of its own; `chart-missing`: a structure page whose chart links are all dead and that shows no chart; `inert-form`/`no-channel`/`not-a-channel`: a
 * channel page that cannot be shown to work, or a document about a channel; `partial`: found in part (an address
 * without phone or e-mail); `other-topic`: a page named for the item that holds other topics; `national-document`: a
 * national document (an Act, a budget-document volume) named for an item of the agency's own; `empty-page`: a page for
 * the item whose list says it holds nothing yet, or whose sections are headings with nothing under them.
 */
export type TargetState =
  | 'ok'
  | 'placeholder'
  | 'broken'
  | 'blocked'
  | 'external'
  | 'unconfirmed'
  | 'national-document'
  | 'script-route'
  | 'script-filled'
  | 'template-page'
  | 'sample-people'
  | 'no-photo'
  | 'people-in-pictures'
  | 'no-contact'
  | 'chart-missing'
  | 'inert-form'
  | 'no-channel'
  | 'not-a-channel'
  | 'one-way'
  | 'not-an-account'
  | 'code-only'
  | 'partial'
  | 'empty-page'
  | 'other-topic';

/** Lower is better: the state an item takes from its best piece of evidence. */
export const TARGET_RANK: Record<TargetState, number> = {
  ok: 0, 'script-filled': 1, blocked: 2, external: 3, unconfirmed: 4, 'chart-missing': 4.5, 'people-in-pictures': 4.7, 'national-document': 5, 'template-page': 6, 'inert-form': 7, 'no-channel': 8, 'script-route': 9, broken: 10, 'code-only': 11, 'not-a-channel': 12, 'one-way': 12.5, 'not-an-account': 12.7, 'sample-people': 13, 'no-photo': 13.5, 'no-contact': 13.7, placeholder: 14, 'empty-page': 15, partial: 16, 'other-topic': 17,
};

export function bestState(states: TargetState[]): TargetState {
  return states.reduce<TargetState>((best, s) => (TARGET_RANK[s] < TARGET_RANK[best] ? s : best), 'other-topic');
}

/** What the crawl knows about one link's target, as plain data. */
export interface TargetFacts {
  kind: 'page' | 'document' | 'external' | 'placeholder' | 'contact' | 'script-route';
  hasUrl: boolean;
  /** HTTP status of a failed fetch of the target, if it failed. */
  failureStatus?: number;
  /** For a script route: HTTP status of the failed fetch of its base page (the URL without `#…`), if it failed. */
  baseFailureStatus?: number;
  /** HTTP status of the document check (HEAD), if the target is a checked document. */
  documentStatus?: number;
  /** The target is on the audited site's hosts. */
  onSite: boolean;
  /** The target's host is one the concept accepts off-site (facebook.com for the social-network item). */
  acceptedHost: boolean;
  /** The target is the front page (no path, no query) of a host the concept accepts (www.info.go.th/, the national portal's home). */
  acceptedHostFront?: boolean;
  /** The target page is a list filled in by script. */
  scriptFilled: boolean;
  /** The concept is a channel (complaint, Q&A, opinion, e-service): something to use, not a document. */
  channel?: boolean;
  /** The target is a social network's front page or a web-template maker's own account (see isNetworkHome), no account of the
   * organisation; set for a link to a social network's host (whatever the concept) and for a concept whose hosts are the evidence. */
  networkHome?: boolean;
  /** The link is an ASP.NET postback (`javascript:__doPostBack(…)`): the server answers a form post a browser makes. */
  postback?: boolean;
  /** The link is not the front page's own address, but the page it answers with is the front page (same content). */
  frontPageAgain?: boolean;
}

/**
 * First path segments that name a web-template maker's own account or a sample, left in a free template's footer icons
 * (facebook.com/templatemo, twitter.com/colorlib, facebook.com/yourpage), or the network's own account (facebook.com/facebook).
 */
const TEMPLATE_ACCOUNT =
  /^(?:templatemo|seedthemes|seedwebs|themeisle|themegrill|elegantthemes|mythemeshop|templatemonster|colorlib|themewagon|bootstrapmade|htmlcodex|freehtml5(?:co)?|themefisher|untreeco|w3layouts|tooplate|uicookies|themeforest|envato(?:market)?|wrapbootstrap|creativetim|graygrids|uideck|designmodo|freepik|html5up|facebook|twitter|youtube|instagram|tiktok|line|your-?page|your-?name|your-?account|your-?username|username|user-?name|pagename|page-?name|example|account|profile|#)$/i;

/**
 * Whether a URL is a network's front page ('https://www.facebook.com/', 'https://twitter.com/#', 'https://line.me')
 * or a template maker's or sample account on it (TEMPLATE_ACCOUNT): what a free template's social icons link to
 * until someone fills in the organisation's own. Only the path is read; the host is the caller's to check.
 */
export function isNetworkHome(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const segments = u.pathname.split('/').filter((s) => s !== '');
  if (segments.length === 0) return u.search === '' || /^\?(?:ref=|locale=|hl=|lang=)[^&]*$/i.test(u.search);
  return segments.length === 1 && TEMPLATE_ACCOUNT.test(segments[0]!);
}

const goneOrFailed = (status: number): TargetState => (status === 404 || status === 410 ? 'broken' : 'blocked');

/** Target checks in the order they apply; the first that answers decides, else the target is `ok`. */
export const TARGET_CHECKS = [
  defineCheck('form-postback', 'target', "An ASP.NET postback link (javascript:__doPostBack('…')) opens its page only through the form a browser posts: its content cannot be read from the HTML (script-route), not an empty link.", (t: TargetFacts): TargetState | null =>
    t.postback === true ? 'script-route' : null),
  defineCheck('link-goes-nowhere', 'target', 'A link that goes nowhere ("", #, javascript:, the page itself, no web URL) is listed, not published.', (t: TargetFacts): TargetState | null =>
    t.kind === 'placeholder' || (!t.hasUrl && t.kind !== 'script-route') ? 'placeholder' : null),
  defineCheck('script-route-base-gone', 'target', 'A script route (#/…) whose base page answers 404/410 cannot open in any browser: broken.', (t: TargetFacts): TargetState | null =>
    t.kind === 'script-route' && [t.failureStatus, t.baseFailureStatus].some((s) => s === 404 || s === 410) ? 'broken' : null),
  defineCheck('script-route', 'target', 'A link to a script route (#/…) opens only in a browser: its content cannot be read from the HTML.', (t: TargetFacts): TargetState | null =>
    t.kind === 'script-route' ? 'script-route' : null),
  defineCheck('contact-link', 'target', 'A mailto:/tel: link is a working contact channel by itself.', (t: TargetFacts): TargetState | null => (t.kind === 'contact' ? 'ok' : null)),
  defineCheck('failed-fetch', 'target', 'A target the crawl could not fetch: 404/410 is broken, other failures (403/429/5xx) are blocked.', (t: TargetFacts): TargetState | null =>
    t.failureStatus !== undefined ? goneOrFailed(t.failureStatus) : null),
  defineCheck('front-page-again', 'target', "A link named for a page that answers with the site's front page (a post id the server ignores, '/?p=64' showing the home; a removed page sent to the home) leads to nothing of its own: a soft 404, broken.", (t: TargetFacts): TargetState | null =>
    t.frontPageAgain === true ? 'broken' : null),
  defineCheck('failed-document', 'target', 'A document whose check answered 400 or more: 404/410 is broken, others blocked.', (t: TargetFacts): TargetState | null =>
    t.documentStatus !== undefined && t.documentStatus >= 400 ? goneOrFailed(t.documentStatus) : null),
  defineCheck('channel-not-a-document', 'target', 'For a channel (complaint, Q&A, opinion, e-service) a document (PDF, Word) describing it is not the channel: listed, not usable.', (t: TargetFacts): TargetState | null =>
    t.channel === true && t.kind === 'document' ? 'not-a-channel' : null),
  defineCheck('network-home-link', 'target', "A link to a social network's front page or a template maker's account on it (facebook.com/, messenger.com/, twitter.com/#, facebook.com/templatemo) names no account of the organisation, whatever item it is named for: a template's icon left unfilled is listed, not published.", (t: TargetFacts): TargetState | null =>
    t.networkHome === true ? 'placeholder' : null),
  defineCheck('off-site', 'target', "A target on another host is evidence only for a concept that accepts that host; otherwise a person must look. For a document item the front page of an accepted national portal (www.info.go.th/, www.gprocurement.go.th/) is the portal, not the agency's own document there: a person must look. A channel's accepted host is the service itself (wbs.nacc.go.th/).", (t: TargetFacts): TargetState | null =>
    t.kind === 'external' || !t.onSite ? (t.acceptedHost && !(t.acceptedHostFront === true && t.channel !== true) ? 'ok' : 'external') : null),
  defineCheck('script-filled-target', 'target', 'A page whose list is filled in by script: unknown until what it holds is seen.', (t: TargetFacts): TargetState | null =>
    t.scriptFilled ? 'script-filled' : null),
] as const;

/** The state of a link's target: the answer of the first target check that gives one, else `ok`. */
export function decideTarget(facts: TargetFacts): TargetState {
  for (const c of TARGET_CHECKS) {
    const state = c.run(facts);
    if (state) return state;
  }
  return 'ok';
}
