import { hashRoute } from '../crawl/url-key.ts';
import type { LinkKind } from './page-snapshot.ts';

/** An href that goes nowhere: empty, `#`, `#!` or `javascript:`. */
export function isEmptyHref(href: string): boolean {
  return /^\s*(#!?|javascript:.*)?\s*$/i.test(href);
}

const DOCUMENT_EXTENSIONS = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip|rar|7z|jpg|jpeg|png)$/i;

/** True when the URL's path ends in a document file extension (PDF, Word, Excel …). */
export function isDocumentUrl(url: URL): boolean {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return DOCUMENT_EXTENSIONS.test(path);
}

/** A URL without its fragment, `www.` and trailing slashes: what isSamePage compares. */
const pageIdentity = (u: URL): string => `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;

/** Same page, ignoring the fragment (a link to itself is a placeholder, not evidence). */
export function isSamePage(a: URL, b: URL): boolean {
  return pageIdentity(a) === pageIdentity(b);
}

export function classifyLink(url: URL | null, href: string, page: URL, isSameSite: (u: URL) => boolean): LinkKind {
  return createLinkClassifier(page, isSameSite)(url, href);
}

/** classifyLink for the links of one page: what it reads of the page (its identity, its hash route) read once. */
export function createLinkClassifier(page: URL, isSameSite: (u: URL) => boolean): (url: URL | null, href: string) => LinkKind {
  const pageRoute = hashRoute(page);
  const pageId = pageIdentity(page);
  return (url, href) => {
    if (/^\s*(mailto|tel):/i.test(href)) return 'contact';
    if (!url) return 'placeholder';
    // A hash route (`#/o1`, `/#!/news`) is a page a script builds, not an anchor on this page.
    const route = hashRoute(url);
    const document = isDocumentUrl(url);
    if (route !== null && isSameSite(url) && !document && route !== pageRoute) return 'script-route';
    if (pageIdentity(url) === pageId) return 'placeholder';
    if (document) return 'document';
    if (!isSameSite(url)) return 'external';
    return 'page';
  };
}

/** The last path segment, decoded, without its extension: a label of last resort. */
export function fileNameLabel(url: URL | null): string {
  if (!url) return '';
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // keep the raw segment
  }
  return name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_+]+/g, ' ');
}
