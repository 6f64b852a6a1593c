import type { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { BuildSnapshot } from './crawl-deps.ts';
import type { CrawlOptions } from './crawler.ts';
import { decodeBody } from './decode-body.ts';
import type { FrontierEntry } from './frontier.ts';
import type { HostGate } from './host-gate.ts';
import { type HttpOutcome, type HttpSettings, politeRequest } from './http-request.ts';
import { readBodyLimited } from './read-body.ts';
import { documentCheckFrom, isoDate, mimeOf } from './response-headers.ts';
import { createSiteScope, type SiteRef } from './site-scope.ts';
import { urlKey } from './url-key.ts';

/**
 * One page: GET it politely (robots.txt first), follow it to its final URL, read the body within
 * the byte cap, decode it and build its snapshot. A same-site document reached as a page is
 * recorded as a document; an off-site redirect is reported, not followed.
 */
export type PageOutcome =
  | { kind: 'page'; snapshot: PageSnapshot; finalKey: string }
  | { kind: 'document'; document: DocumentCheck }
  | { kind: 'offsite'; finalUrl: string }
  | { kind: 'failure'; reason: string; status?: number }
  | { kind: 'blocked' }
  | { kind: 'aborted' };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);
const DOCUMENT_TYPE = /^(?:application\/(?:pdf|msword|vnd\.ms-|vnd\.openxmlformats|vnd\.oasis\.opendocument|zip|x-zip|x-rar|vnd\.rar|x-7z|octet-stream|rtf)|image\/|text\/csv)/;

export interface PageFetcherDeps {
  options: Pick<CrawlOptions, 'maxBytesPerPage' | 'requestTimeoutMs'>;
  /** Its signal is the run's: aborted on cancel or when the time is up. */
  http: HttpSettings;
  gateFor: (url: URL) => HostGate;
  blockedByRobots: (url: URL) => Promise<boolean>;
  /** Replaced when the start URL redirects to another host (that host is the site then). */
  site: SiteRef;
  clock: () => number;
  buildSnapshot: BuildSnapshot;
}

export function createPageFetcher(d: PageFetcherDeps): (entry: FrontierEntry, isStart: boolean) => Promise<PageOutcome> {
  return async function fetchPage(entry: FrontierEntry, isStart: boolean): Promise<PageOutcome> {
    const url = new URL(entry.url);
    if (await d.blockedByRobots(url)) return { kind: 'blocked' };
    if (d.http.signal.aborted) return { kind: 'aborted' };
    const out: HttpOutcome = await politeRequest(entry.url, 'GET', d.gateFor(url), d.http);
    if (out.kind === 'aborted') return out;
    if (out.kind === 'error') return { kind: 'failure', reason: out.reason, ...(out.status !== undefined ? { status: out.status } : {}) };
    const { response } = out;
    /** Set when the body is not read to its end: the request is then cut off, not just released. */
    let cutOff = true;
    try {
      let finalUrl = url;
      try {
        if (response.url) finalUrl = new URL(response.url);
      } catch {
        // keep the requested URL
      }
      if (!d.site.current.isSameSite(finalUrl)) {
        if (!isStart) {
          return { kind: 'offsite', finalUrl: finalUrl.href };
        }
        // The start URL moved to another host: that host is the site now.
        d.site.current = createSiteScope(finalUrl.href);
      }
      const status = response.status;
      if (status >= 300) {
        return { kind: 'failure', reason: `HTTP ${status}`, status };
      }
      const contentType = response.headers.get('content-type');
      const mime = mimeOf(contentType);
      if (!HTML_TYPES.has(mime)) {
        if (!isStart && DOCUMENT_TYPE.test(mime)) {
          return { kind: 'document', document: documentCheckFrom(entry.url, status, response.headers) };
        }
        return { kind: 'failure', reason: `not HTML (${mime})`, status };
      }
      const { bytes, truncated } = await readBodyLimited(response, d.options.maxBytesPerPage);
      cutOff = truncated;
      // The body is in: free the host slot before decoding and building the snapshot (CPU work).
      if (!truncated) out.done();
      const decoded = decodeBody(bytes, contentType, truncated);
      if (!decoded.ok) return { kind: 'failure', reason: decoded.reason, status };
      const lastModified = isoDate(response.headers.get('last-modified'));
      const snapshot = d.buildSnapshot({
        url: entry.url,
        finalUrl: finalUrl.href,
        status,
        contentType: mime || 'text/html',
        charset: decoded.charset,
        html: decoded.text,
        ...(lastModified ? { lastModified } : {}),
        truncated,
        depth: entry.depth,
        fetchedAt: new Date(d.clock()).toISOString(),
        site: d.site.current,
      });
      return { kind: 'page', snapshot, finalKey: urlKey(finalUrl) };
    } catch (error) {
      if (d.http.signal.aborted) return { kind: 'aborted' };
      if (out.signal.aborted) return { kind: 'failure', reason: `timeout after ${d.options.requestTimeoutMs / 1000} s (while reading the page)` };
      return { kind: 'failure', reason: `could not read the page (${error instanceof Error ? error.message : String(error)})` };
    } finally {
      if (cutOff) await out.discard();
      else out.done();
    }
  };
}
