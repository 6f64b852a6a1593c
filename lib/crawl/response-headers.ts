import type { DocumentCheck } from '../snapshot/page-snapshot.ts';

/** What the crawler reads from response headers: media type, dates, sizes, and a document's check record. */

/** The media type of a Content-Type header, lower-case, without parameters ('' when absent). */
export function mimeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** An HTTP date as an ISO string, or undefined when absent or unparseable. */
export function isoDate(value: string | null): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** The full size of the body: the total of a Content-Range, else Content-Length. */
export function sizeOf(headers: Headers): number | undefined {
  const range = /\/(\d+)\s*$/.exec(headers.get('content-range') ?? '');
  const text = range?.[1] ?? headers.get('content-length');
  if (text === null || text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text);
}

/** A document as its response headers describe it (type, size, Last-Modified). */
export function documentCheckFrom(url: string, status: number, headers: Headers): DocumentCheck {
  const size = sizeOf(headers);
  const lastModified = isoDate(headers.get('last-modified'));
  return {
    url,
    status,
    contentType: mimeOf(headers.get('content-type')),
    ...(size !== undefined ? { size } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}
