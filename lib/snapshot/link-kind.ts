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

/** Same page, ignoring the fragment (a link to itself is a placeholder, not evidence). */
export function isSamePage(a: URL, b: URL): boolean {
  const strip = (u: URL) => `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  return strip(a) === strip(b);
}

export function classifyLink(url: URL | null, href: string, page: URL, isSameSite: (u: URL) => boolean): LinkKind {
  if (/^\s*(mailto|tel):/i.test(href)) return 'contact';
  if (!url) return 'placeholder';
  // A hash route (`#/o1`, `/#!/news`) is a page a script builds, not an anchor on this page.
  if (hashRoute(url) !== null && isSameSite(url) && !isDocumentUrl(url) && hashRoute(url) !== hashRoute(page)) return 'script-route';
  if (isSamePage(url, page)) return 'placeholder';
  if (isDocumentUrl(url)) return 'document';
  if (!isSameSite(url)) return 'external';
  return 'page';
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
