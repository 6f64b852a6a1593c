import { withRenderState } from '../snapshot/build-snapshot.ts';
import type { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { BuildSnapshot, RenderPage, RenderResult, SnapshotInput } from './crawl-deps.ts';
import type { CrawlOptions } from './crawler.ts';
import { decodeBody } from './decode-body.ts';
import type { FrontierEntry } from './frontier.ts';
import type { HostGate } from './host-gate.ts';
import { type HttpOutcome, type HttpSettings, politeRequest } from './http-request.ts';
import { readBodyLimited } from './read-body.ts';
import { documentCheckFrom, isoDate, mimeOf } from './response-headers.ts';
import { createSiteScope, type SiteRef } from './site-scope.ts';
import { yieldToEventLoop } from './sleep.ts';
import { hashRoute, urlKey } from './url-key.ts';

/**
 * One page: GET it politely (robots.txt first), follow it to its final URL, read the body within
 * the byte cap, decode it and build its snapshot. A same-site document reached as a page is
 * recorded as a document; an off-site redirect is reported, not followed. A page a script builds
 * (or a `#/` route) is then rendered by the host's renderer, if any, within the per-page timeout
 * and the per-audit cap, and its snapshot is rebuilt from the rendered DOM.
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
  options: Pick<CrawlOptions, 'maxBytesPerPage' | 'requestTimeoutMs' | 'maxRenderedPages' | 'renderTimeoutMs'>;
  /** Its signal is the run's: aborted on cancel or when the time is up. */
  http: HttpSettings;
  gateFor: (url: URL) => HostGate;
  blockedByRobots: (url: URL) => Promise<boolean>;
  /** Replaced when the start URL redirects to another host (that host is the site then). */
  site: SiteRef;
  clock: () => number;
  buildSnapshot: BuildSnapshot;
  renderPage?: RenderPage;
  /** Pages already rendered in this audit (by the runs it resumes). */
  renderedSoFar?: number;
}

type StaticOutcome = PageOutcome | { kind: 'static'; snapshot: PageSnapshot; input: SnapshotInput };

/** Settles with the renderer's answer, or an error once `signal` aborts (a renderer that hangs is not waited for). */
function renderWithin(renderPage: RenderPage, url: string, signal: AbortSignal, timedOut: () => boolean, timeoutMs: number): Promise<RenderResult> {
  return new Promise<RenderResult>((resolve) => {
    const onAbort = (): void => resolve({ error: timedOut() ? `rendering took longer than ${timeoutMs / 1000} s` : 'rendering was cut off' });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    renderPage(url, signal)
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then((result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      });
  });
}

export function createPageFetcher(d: PageFetcherDeps): (entry: FrontierEntry, isStart: boolean) => Promise<PageOutcome> {
  let rendered = d.renderedSoFar ?? 0;

  /** The static snapshot, rendered when a script builds the page and the host can render. */
  async function renderIfBuilt(snapshot: PageSnapshot, input: SnapshotInput): Promise<PageSnapshot | 'aborted'> {
    const scriptBuilt = snapshot.scriptBuilt;
    const route = hashRoute(new URL(snapshot.finalUrl)) !== null;
    if (scriptBuilt === 'none' && !route) return snapshot;
    if (!d.renderPage) {
      return scriptBuilt === 'none' ? snapshot : withRenderState(snapshot, { scriptBuilt, rendered: 'no', renderNote: 'not rendered: no browser is available to this audit' });
    }
    if (rendered >= d.options.maxRenderedPages) {
      return withRenderState(snapshot, { scriptBuilt, rendered: 'no', renderNote: `not rendered: the limit of ${d.options.maxRenderedPages} rendered pages per audit was reached` });
    }
    rendered += 1;
    const url = new URL(snapshot.finalUrl);
    const timer = new AbortController();
    const signal = AbortSignal.any([d.http.signal, timer.signal]);
    let release: (() => void) | null = null;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    let result: RenderResult;
    try {
      // The browser loads the page and what its script asks for: one request slot, at the site's pace.
      release = await d.gateFor(url).acquire(d.http.signal);
      timeout = setTimeout(() => timer.abort(), d.options.renderTimeoutMs);
      result = await renderWithin(d.renderPage, url.href, signal, () => timer.signal.aborted, d.options.renderTimeoutMs);
    } catch {
      result = { error: 'rendering was cut off' };
    } finally {
      clearTimeout(timeout);
      release?.();
    }
    if (d.http.signal.aborted) return 'aborted';
    if ('error' in result) return withRenderState(snapshot, { scriptBuilt, rendered: 'failed', renderNote: result.error });
    let finalUrl: URL;
    try {
      finalUrl = new URL(result.finalUrl);
    } catch {
      return withRenderState(snapshot, { scriptBuilt, rendered: 'failed', renderNote: `the renderer gave no usable URL (${result.finalUrl})` });
    }
    if (!d.site.current.isSameSite(finalUrl)) {
      return withRenderState(snapshot, { scriptBuilt, rendered: 'failed', renderNote: `the page's script went to another site (${finalUrl.href})` });
    }
    const truncated = result.html.length > d.options.maxBytesPerPage;
    const html = truncated ? result.html.slice(0, d.options.maxBytesPerPage) : result.html;
    const after = d.buildSnapshot({ ...input, finalUrl: finalUrl.href, html, truncated: input.truncated || truncated });
    // Still looks the same and nothing appeared (no new link or heading): the data never came, or the script failed.
    const nothingNew = after.links.length <= snapshot.links.length && after.headings.length <= snapshot.headings.length;
    if (after.scriptBuilt !== 'none' && after.scriptBuilt === scriptBuilt && nothingNew) {
      const what = scriptBuilt === 'shell' ? 'the page was still an empty application shell' : 'the listing was still empty';
      return withRenderState(after, { scriptBuilt, rendered: 'failed', renderNote: `${what} after rendering` });
    }
    return withRenderState(after, { scriptBuilt, rendered: 'yes' });
  }

  return async function fetchPage(entry: FrontierEntry, isStart: boolean): Promise<PageOutcome> {
    const outcome = await fetchStatic(entry, isStart);
    if (outcome.kind !== 'static') return outcome;
    const snapshot = await renderIfBuilt(outcome.snapshot, outcome.input);
    if (snapshot === 'aborted') return { kind: 'aborted' };
    return { kind: 'page', snapshot, finalKey: urlKey(new URL(snapshot.finalUrl)) };
  };

  async function fetchStatic(entry: FrontierEntry, isStart: boolean): Promise<StaticOutcome> {
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
      // A fragment survives redirects (the hash route is what the page's script reads).
      if (!finalUrl.hash && url.hash) {
        finalUrl = new URL(finalUrl.href);
        finalUrl.hash = url.hash;
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
      // The body is in: free the host slot, and let the request waiting for it go out, before decoding
      // and building the snapshot (CPU work that would otherwise hold the next request back).
      if (!truncated) {
        out.done();
        await yieldToEventLoop();
      }
      const decoded = decodeBody(bytes, contentType, truncated);
      if (!decoded.ok) return { kind: 'failure', reason: decoded.reason, status };
      const lastModified = isoDate(response.headers.get('last-modified'));
      const input: SnapshotInput = {
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
      };
      return { kind: 'static', snapshot: d.buildSnapshot(input), input };
    } catch (error) {
      if (d.http.signal.aborted) return { kind: 'aborted' };
      if (out.signal.aborted) return { kind: 'failure', reason: `timeout after ${d.options.requestTimeoutMs / 1000} s (while reading the page)` };
      return { kind: 'failure', reason: `could not read the page (${error instanceof Error ? error.message : String(error)})` };
    } finally {
      if (cutOff) await out.discard();
      else out.done();
    }
  }
}
