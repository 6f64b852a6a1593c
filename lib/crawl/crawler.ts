import type { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { buildSnapshot } from '../snapshot/build-snapshot.ts';
import { TOOL_VERSION } from '../version.ts';
import { createDocumentChecker, type DocumentOutcome } from './check-document.ts';
import { CHECKPOINT_VERSION, type CrawlCheckpoint, type CrawlFailure, type CrawlSkip, checkpointKey, type JournalDelta, type JournalPage } from './checkpoint.ts';
import type { BuildSnapshot, CrawlDeps } from './crawl-deps.ts';
import { createPageFetcher, type PageOutcome } from './fetch-page.ts';
import { Frontier, type FrontierEntry } from './frontier.ts';
import { DEFAULT_PER_HOST_CONCURRENCY, HostGate, type Throttle } from './host-gate.ts';
import type { HttpSettings } from './http-request.ts';
import { createPrioritiser, normaliseForMatch } from './priority.ts';
import { createRobotsCheck } from './robots-cache.ts';
import { createMemorySnapshotStore, type PageList, type SnapshotStore } from './snapshot-store.ts';
import { createSiteScope, type SiteRef } from './site-scope.ts';
import { abortableSleep } from './sleep.ts';
import { splashTarget } from './splash.ts';
import { isStateChanging } from './state-changing.ts';
import { isPagerLabel, paginationList, type TrapLimits, TrapGuard, yearFolder } from './traps.ts';
import { urlKey } from './url-key.ts';

/**
 * The crawl stage, the only network I/O of the pipeline, as one run read top to bottom:
 * options → restore or start the record → the best-first loop (the start page is its first item)
 * → each outcome lands in the record, its links in the frontier → a checkpoint delta after each
 * item → the result. The small tested parts live beside it: HTTP request (http-request.ts), host
 * politeness (host-gate.ts), frontier, traps, decoding, state-changing URLs, the page fetcher
 * (fetch-page.ts), robots.txt (robots-cache.ts). Hosts pass fetch, a clock, a checkpoint store and
 * a cancel signal (CrawlDeps); every fetched page becomes a compact PageSnapshot.
 */

export type { CheckpointStore, CrawlCheckpoint, CrawlFailure, CrawlSkip } from './checkpoint.ts';
export { checkpointKey } from './checkpoint.ts';
export type { BuildSnapshot, CrawlDeps, SnapshotInput } from './crawl-deps.ts';
export type { Throttle } from './host-gate.ts';
export type { PageList, SnapshotStore } from './snapshot-store.ts';

// ── Options ─────────────────────────────────────────────────────────────────────────────────────

/** An honest User-Agent. Browsers ignore it for extension fetches; the CLI sends it. */
export const CRAWLER_USER_AGENT = `OIT-Audit/${TOOL_VERSION} (+ITA/OIT transparency checker; contact: site owner)`;

/** The bounds and manners of one crawl run, and their defaults. */
export interface CrawlOptions {
  startUrl: string;
  maxPages: number;
  maxDepth: number;
  /** Wall time of one run (a resumed run gets a fresh budget). */
  maxTimeMs: number;
  maxBytesPerPage: number;
  /** Requests at a time to one host: the main politeness limit (lowered automatically when the server struggles). */
  perHostConcurrency: number;
  /** Fixed spacing between request starts to one host; 0 unless the user sets one (robots.txt Crawl-delay raises it). */
  delayMs: number;
  requestTimeoutMs: number;
  retries: number;
  respectRobots: boolean;
  userAgent: string;
  /** HEAD same-site documents (PDF, DOC, XLS …); external documents are recorded, never requested. */
  checkDocuments: boolean;
  maxDocuments: number;
  /** Normalised checklist terms: links whose label contains one are crawled first. */
  priorityTerms: string[];
  /** Trap caps (pagination, calendars, URL-pattern chains, older year folders). */
  traps: Partial<TrapLimits>;
  /** First retry backoff (doubled per attempt). */
  retryBaseMs: number;
  /** Longest Retry-After honoured as given. */
  maxRetryAfterMs: number;
  /** Pause when ≥5 of the last 8 responses failed. */
  failurePauseMs: number;
  /** Pages rendered in a browser per audit (when the host can render); further script-built pages are judged unrendered. */
  maxRenderedPages: number;
  /** Longest wait for one page to render and settle. */
  renderTimeoutMs: number;
}

export const DEFAULT_CRAWL_OPTIONS: Omit<CrawlOptions, 'startUrl'> = {
  maxPages: 200,
  maxDepth: 8,
  maxTimeMs: 10 * 60 * 1000,
  maxBytesPerPage: 2 * 1024 * 1024,
  perHostConcurrency: DEFAULT_PER_HOST_CONCURRENCY,
  delayMs: 0,
  requestTimeoutMs: 20_000,
  retries: 2,
  respectRobots: true,
  userAgent: CRAWLER_USER_AGENT,
  checkDocuments: true,
  maxDocuments: 200,
  priorityTerms: [],
  traps: {},
  retryBaseMs: 1000,
  maxRetryAfterMs: 60_000,
  failurePauseMs: 10_000,
  maxRenderedPages: 30,
  renderTimeoutMs: 30_000,
};

/** The caller's options over the defaults; an option given as `undefined` keeps its default. */
export function resolveCrawlOptions(input: Partial<CrawlOptions> & { startUrl: string }): CrawlOptions {
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<CrawlOptions>;
  return { ...DEFAULT_CRAWL_OPTIONS, ...given, startUrl: input.startUrl };
}

// ── What a run reports ──────────────────────────────────────────────────────────────────────────

/** What a crawl run reports while it runs. */
export interface CrawlProgress {
  fetched: number;
  queued: number;
  failed: number;
  documents: number;
  /** Pages rendered in a browser so far (tried, whether or not it worked). */
  rendered?: number;
  currentUrl?: string;
  elapsedMs: number;
  /** Set while the site's host is slowed down (server slow, 429/503, Crawl-delay, failures). */
  throttle?: Throttle;
}

export type StoppedBy = 'done' | 'max-pages' | 'max-time' | 'cancelled';

/** What a crawl run hands back when it stops; its pages are the snapshot store's (an array unless the host gave a store). */
export interface CrawlResult<P extends PageList = PageSnapshot[]> {
  startUrl: string;
  /** The home page after splash pass-through and redirects. */
  homeUrl: string;
  pages: P;
  documents: DocumentCheck[];
  failures: CrawlFailure[];
  stoppedBy: StoppedBy;
  /** Total over this run and the runs it resumed. */
  elapsedMs: number;
  /** URLs still queued when the crawl stopped, best first, so the report can say which verdicts could still change. */
  pending: { url: string; label: string; kind: 'page' | 'document' }[];
  /** Found but deliberately not requested: state-changing URLs, trap caps, off-site redirects (first 1000). */
  skipped: CrawlSkip[];
  /** Things worth telling the user that are not page failures (robots.txt unreadable, checkpoint not saved). */
  notes: string[];
}

/** The start URL cannot be audited: invalid, unreachable, not HTML or an HTTP error. One line, naming the URL. */
export class StartUrlError extends Error {
  override readonly name = 'StartUrlError';
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`Cannot audit ${url}: ${reason}`);
  }
}

/** The start URL as a URL, or StartUrlError when it is not an http(s) URL. */
export function parseStartUrl(text: string): URL {
  let start: URL;
  try {
    start = new URL(text);
  } catch {
    throw new StartUrlError(text, 'not a valid URL');
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new StartUrlError(text, `unsupported scheme ${start.protocol}`);
  return start;
}

// ── Pagination by context ───────────────────────────────────────────────────────────────────────

/**
 * Which links of a page are pages of a paginated list: the URL names a page of a list (`?page=3`,
 * `/page/3`) and its label says so (a number, ถัดไป / ก่อนหน้า / next / »), or it has no label and a
 * sibling link to the same list does. A link to `/page/3` labelled กองคลัง is a content page.
 */
export function listPageLinks(links: readonly { url: URL; label: string }[]): Set<number> {
  const pagerLists = new Set<string>();
  const lists = links.map((l) => paginationList(l.url)?.list ?? null);
  links.forEach((l, i) => {
    const list = lists[i];
    if (list !== null && list !== undefined && isPagerLabel(l.label)) pagerLists.add(list);
  });
  const out = new Set<number>();
  links.forEach((l, i) => {
    const list = lists[i];
    if (list === null || list === undefined) return;
    if (isPagerLabel(l.label) || (pagerLists.has(list) && normaliseForMatch(l.label) === '')) out.add(i);
  });
  return out;
}

// ── The run ─────────────────────────────────────────────────────────────────────────────────────

const MAX_SKIPPED = 1000;
const HEARTBEAT_MS = 20_000;

type Outcome = { entry: FrontierEntry; page: PageOutcome } | { entry: FrontierEntry; document: DocumentOutcome };

export interface Crawler<P extends PageList> {
  run(options: Partial<CrawlOptions> & { startUrl: string }, resume?: boolean): Promise<CrawlResult<P>>;
}

/**
 * The crawler with its snapshot builder injected (tests may pass another). Pages go to `snapshots`
 * (the CLI spills them to a file); without one they are kept in memory and the result's pages are an array.
 */
export function createCrawler(deps: CrawlDeps, build?: BuildSnapshot): Crawler<PageSnapshot[]>;
export function createCrawler<P extends PageList>(deps: CrawlDeps, build: BuildSnapshot | undefined, snapshots: SnapshotStore<P>): Crawler<P>;
export function createCrawler(deps: CrawlDeps, build: BuildSnapshot = buildSnapshot, snapshots?: SnapshotStore): Crawler<PageList> {
  return { run: (options, resume = false) => runCrawl(deps, build, resolveCrawlOptions(options), resume, snapshots ?? createMemorySnapshotStore()) };
}

/**
 * One run: fetch the start page (StartUrlError if unusable), pass through a splash page, then
 * crawl best-first within the bounds, appending a checkpoint delta after every item.
 */
async function runCrawl<P extends PageList>(deps: CrawlDeps, build: BuildSnapshot, o: CrawlOptions, resume: boolean, snapshots: SnapshotStore<P>): Promise<CrawlResult<P>> {
  const sleep = deps.sleep ?? abortableSleep;
  const start = parseStartUrl(o.startUrl);
  const startKey = urlKey(start);
  const key = checkpointKey(start.href);
  const store = deps.store;
  const runStartedAt = deps.clock();
  const elapsed = (): number => deps.clock() - runStartedAt;

  // 1. The record: restored from a checkpoint, or empty.
  const checkpoint: CrawlCheckpoint | null = resume && store ? await store.load(key) : null;
  if (!resume && store) await store.clear(key);
  const frontier = new Frontier(checkpoint?.frontier);
  const traps = new TrapGuard(o.traps, checkpoint?.traps);
  // Pages go to the snapshot store as they come (memory, or a file); the crawl itself keeps only the
  // ones its next checkpoint save has not written yet, and a count of those rendered.
  const pages = snapshots.pages;
  // A page the snapshot store serialised (its spill) waits for the save as those bytes alone (JournalPage).
  let unsaved: JournalPage[] = [];
  let renderedCount = 0;
  const keepPage = (page: PageSnapshot): void => {
    const json = snapshots.add(page);
    if (store) unsaved.push(json ?? page);
    if (page.rendered !== 'no') renderedCount += 1;
  };
  for (const p of checkpoint?.pages ?? []) {
    snapshots.add(p);
    if (p.rendered !== 'no') renderedCount += 1;
  }
  const documents: DocumentCheck[] = checkpoint ? [...checkpoint.documents] : [];
  const failures: CrawlFailure[] = checkpoint ? [...checkpoint.failures] : [];
  const skipped: CrawlSkip[] = checkpoint ? [...checkpoint.skipped] : [];
  const notes: string[] = checkpoint ? [...checkpoint.notes] : [];
  const counters = checkpoint ? { ...checkpoint.counters } : { pagesRequested: 0, documentsRequested: 0 };
  const priorElapsedMs = checkpoint?.elapsedMs ?? 0;
  let homeUrl = checkpoint?.homeUrl ?? start.href;
  const site: SiteRef = { current: createSiteScope(checkpoint?.homeUrl ?? start.href) };
  const skip = (url: string, reason: string): void => {
    if (skipped.length < MAX_SKIPPED) skipped.push({ url, reason });
  };

  // 2. Stop switch: the caller's cancel and the time budget abort in-flight requests through one controller.
  const runAbort = new AbortController();
  const onCancel = (): void => runAbort.abort(new DOMException('cancelled', 'AbortError'));
  if (deps.signal?.aborted) onCancel();
  deps.signal?.addEventListener('abort', onCancel, { once: true });
  let wakeLoop: (() => void) | null = null;
  const wake = (): void => {
    const w = wakeLoop;
    wakeLoop = null;
    w?.();
  };
  runAbort.signal.addEventListener('abort', wake);
  const ping = (): Promise<void> | undefined => deps.keepAlive?.().catch(() => undefined);
  const heartbeat = deps.keepAlive ? setInterval(() => void ping(), HEARTBEAT_MS) : null;

  // 3. The parts that talk to the site: one politeness gate per host, robots.txt, pages, documents.
  const gates = new Map<string, HostGate>();
  const gateFor = (url: URL): HostGate => {
    const hostKey = site.current.hostKey(url);
    let gate = gates.get(hostKey);
    if (!gate) {
      const concurrency = Math.max(1, o.perHostConcurrency);
      gate = new HostGate({ concurrency, delayMs: o.delayMs, failureThreshold: 5, windowSize: 8, pauseMs: o.failurePauseMs, clock: deps.clock, sleep });
      gates.set(hostKey, gate);
    }
    return gate;
  };
  const http: HttpSettings = {
    fetch: deps.fetch,
    clock: deps.clock,
    sleep,
    userAgent: o.userAgent,
    timeoutMs: o.requestTimeoutMs,
    retries: o.retries,
    retryBaseMs: o.retryBaseMs,
    maxRetryAfterMs: o.maxRetryAfterMs,
    signal: runAbort.signal,
  };
  const blockedByRobots = createRobotsCheck({ http, gateFor, respectRobots: o.respectRobots, notes });
  const renderedSoFar = renderedCount;
  const fetchPage = createPageFetcher({ options: o, http, gateFor, blockedByRobots, site, clock: deps.clock, buildSnapshot: build, ...(deps.renderPage ? { renderPage: deps.renderPage, renderedSoFar } : {}) });
  const checkDocument = createDocumentChecker({ http, gateFor, blockedByRobots });
  const prioritise = createPrioritiser(o.priorityTerms);

  // 4. Progress, and the checkpoint: after each item, one delta with what changed since the last.
  let currentUrl: string | undefined;
  const report = (): void => {
    if (!deps.onProgress) return;
    const throttle = gates.get(site.current.hostKey(new URL(homeUrl)))?.throttle ?? null;
    deps.onProgress({
      fetched: pages.length,
      queued: frontier.queued,
      failed: failures.length,
      documents: documents.length,
      rendered: renderedCount,
      ...(currentUrl !== undefined ? { currentUrl } : {}),
      elapsedMs: priorElapsedMs + elapsed(),
      ...(throttle ? { throttle } : {}),
    });
  };
  const saved = { documents: documents.length, failures: failures.length, skipped: skipped.length, notes: notes.length };
  let saving: Promise<void> = Promise.resolve();
  /** The next append, not yet started: its delta is taken when it starts, so what changes meanwhile joins it. */
  let nextSave: Promise<void> | null = null;
  let saveFailed = false;
  const takeDelta = (): JournalDelta => {
    const changes = frontier.takeChanges();
    const delta: JournalDelta = {
      version: CHECKPOINT_VERSION,
      startUrl: start.href,
      homeUrl,
      pages: unsaved,
      documents: documents.slice(saved.documents),
      failures: failures.slice(saved.failures),
      skipped: skipped.slice(saved.skipped),
      notes: notes.slice(saved.notes),
      queued: changes.queued,
      done: changes.done,
      seq: changes.seq,
      traps: traps.takeChanges(),
      counters: { ...counters },
      elapsedMs: priorElapsedMs + elapsed(),
      savedAt: new Date(deps.clock()).toISOString(),
    };
    unsaved = [];
    Object.assign(saved, { documents: documents.length, failures: failures.length, skipped: skipped.length, notes: notes.length });
    return delta;
  };
  /**
   * Saves what changed since the last save. One append at a time: items that finish while one is being
   * written share the next (one journal line for several pages when pages come faster than the store writes).
   */
  const saveCheckpoint = (): Promise<void> => {
    if (!store) return saving;
    if (nextSave) return nextSave;
    const save = saving
      .then(() => {
        nextSave = null;
        return store.append(key, takeDelta());
      })
      .catch((error: unknown) => {
        if (!saveFailed) notes.push(`checkpoint could not be saved (${error instanceof Error ? error.message : String(error)}); this audit cannot be resumed`);
        saveFailed = true;
      });
    nextSave = save;
    saving = save;
    return save;
  };
  // 5. Links of a fetched page → the frontier: same-site pages and documents, ranked, within the
  //    depth bound; state-changing and trap URLs skipped with a reason. A page of a list that adds
  //    nothing new ends its list.
  /** Key of each link URL met so far: a menu link met again on every page costs one lookup. */
  const keyOfLink = new Map<string, string>();
  // Hash routes are pages of their own only when a browser can render them.
  const renderRoutes = deps.renderPage !== undefined && o.maxRenderedPages > 0;
  const enqueueLinks = (snapshot: PageSnapshot, entry: FrontierEntry): void => {
    const parent = new URL(snapshot.finalUrl);
    const candidates: { url: URL; label: string; kind: 'page' | 'document'; source: string }[] = [];
    for (const link of snapshot.links) {
      const route = link.kind === 'script-route' && renderRoutes;
      // Without a browser a hash route's base page is still fetched (once): if it is gone, so is the route.
      if (link.url === null || (link.kind !== 'page' && link.kind !== 'document' && link.kind !== 'script-route')) continue;
      if (link.kind === 'document' && !o.checkDocuments) continue;
      const seenKey = keyOfLink.get(link.url);
      if (seenKey !== undefined && frontier.isDone(seenKey)) continue;
      let url: URL;
      try {
        url = new URL(link.url);
      } catch {
        continue;
      }
      if (!site.current.isSameSite(url)) continue;
      if (!route) url.hash = '';
      candidates.push({ url, label: link.label, kind: link.kind === 'document' ? 'document' : 'page', source: link.url });
      traps.observe(url);
    }
    const listPages = listPageLinks(candidates);
    let fresh = 0;
    candidates.forEach((c, i) => {
      const k = urlKey(c.url);
      keyOfLink.set(c.source, k);
      const depth = entry.depth + 1;
      const paginated = listPages.has(i);
      const base = { url: c.url.href, key: k, kind: c.kind, depth, label: c.label, tier: prioritise(c.label, c.url), year: yearFolder(c.url)?.year ?? 0, parent: snapshot.finalUrl, ...(paginated ? { paginated } : {}) };
      if (frontier.knows(k)) {
        frontier.add(base);
        return;
      }
      if (isStateChanging(c.url)) {
        skip(c.url.href, 'looks state-changing (counter, vote, logout, delete …): never requested');
        frontier.finish(k);
        return;
      }
      if (c.kind === 'page' && depth > o.maxDepth) return;
      const verdict = traps.admit(c.url, parent, paginated);
      if (!verdict.ok) {
        skip(c.url.href, verdict.reason);
        frontier.finish(k);
        return;
      }
      frontier.add(base);
      if (!paginated) fresh += 1;
    });
    if (entry.paginated === true && fresh === 0 && (paginationList(parent)?.page ?? 0) > 1) traps.markExhausted(parent);
  };

  // 6. How an outcome lands: results kept, failures noted, a page's links queued. A request blocked
  //    by robots.txt or cut off by the run stopping gives its budget back (a cut-off one is queued again).
  //    The start page must be an HTML page of the site; a splash page is passed through to its target.
  let splashKey: string | null = null;
  const budget = (entry: FrontierEntry, n: 1 | -1): void => {
    if (entry.kind === 'page') counters.pagesRequested += n;
    else counters.documentsRequested += n;
  };
  const settle = (o2: Outcome): void => {
    const { entry } = o2;
    const out: PageOutcome | DocumentOutcome = 'page' in o2 ? o2.page : o2.document;
    const isStart = entry.key === startKey && pages.length === 0;
    if (isStart && out.kind !== 'page' && out.kind !== 'aborted') throw startError(out);
    switch (out.kind) {
      case 'page': {
        const snapshot = out.snapshot;
        keepPage(snapshot);
        frontier.finish(entry.key, out.finalKey !== entry.key ? [out.finalKey] : []);
        const splash = isStart ? splashTarget(snapshot) : null;
        if (isStart) homeUrl = snapshot.finalUrl;
        if (splash?.url) {
          const target = new URL(splash.url);
          const targetKey = urlKey(target);
          if (!isStateChanging(target) && !frontier.knows(targetKey)) {
            splashKey = targetKey;
            frontier.add({ url: target.href, key: targetKey, kind: 'page', depth: 0, label: splash.label, tier: 0, year: 0, parent: start.href });
          }
        }
        if (entry.key === splashKey) {
          splashKey = null;
          homeUrl = snapshot.finalUrl;
          notes.push(`${start.href} is an intro page; ${homeUrl} was audited as the home page`);
        }
        enqueueLinks(snapshot, entry);
        return;
      }
      case 'offsite':
        skip(entry.url, `redirects to another site (${out.finalUrl}); recorded as external, not crawled`);
        frontier.finish(entry.key);
        return;
      case 'document':
        documents.push(out.document);
        frontier.finish(entry.key);
        return;
      case 'failure':
        failures.push({ url: entry.url, reason: out.reason, ...(out.status !== undefined ? { status: out.status } : {}) });
        frontier.finish(entry.key);
        return;
      case 'blocked':
        budget(entry, -1);
        failures.push({ url: entry.url, reason: 'blocked by robots.txt' });
        frontier.finish(entry.key);
        return;
      case 'aborted':
        budget(entry, -1);
        frontier.putBack(entry);
        return;
    }
  };
  const startError = (out: PageOutcome | DocumentOutcome): StartUrlError => {
    if (out.kind === 'blocked') return new StartUrlError(start.href, 'blocked by robots.txt');
    if (out.kind === 'document') return new StartUrlError(start.href, `not HTML (${out.document.contentType})`, out.document.status);
    if (out.kind === 'offsite') return new StartUrlError(start.href, `redirects to ${out.finalUrl}`);
    if (out.kind === 'failure') return new StartUrlError(start.href, out.reason, out.status);
    return new StartUrlError(start.href, 'no page');
  };

  // 7. The loop: take the best queued URL while the budgets allow and fewer than perHostConcurrency
  //    requests are in flight (the host gate may hold fewer); stop on cancel, at the time limit
  //    (aborting what is in flight), or when nothing more may be fetched.
  if (!checkpoint) frontier.add({ url: start.href, key: startKey, kind: 'page', depth: 0, label: '', tier: 0, year: 0, parent: null });
  const inflight = new Set<Promise<void>>();
  let fatal: StartUrlError | null = null;
  const launch = (entry: FrontierEntry): void => {
    currentUrl = entry.url;
    budget(entry, 1);
    const isStart = entry.key === startKey && pages.length === 0;
    if (isStart) report();
    const task = (async () => {
      const outcome: Outcome = entry.kind === 'page' ? { entry, page: await fetchPage(entry, isStart) } : { entry, document: await checkDocument(entry) };
      settle(outcome);
      if (runAbort.signal.aborted) return;
      report();
      // No request slot waits for the store (each IndexedDB write is a round trip to the browser process):
      // the save starts, or joins the one not yet started, and the page goes on.
      void saveCheckpoint();
      void ping();
    })()
      .catch((error: unknown) => {
        if (error instanceof StartUrlError) {
          fatal = error;
          return;
        }
        // A bug (in snapshot building, say) must not stop the crawl: record it against the URL.
        failures.push({ url: entry.url, reason: `internal error (${error instanceof Error ? error.message : String(error)})` });
        frontier.finish(entry.key);
      })
      .finally(() => {
        inflight.delete(task);
        wake();
      });
    inflight.add(task);
  };

  let stoppedBy: StoppedBy = 'done';
  // Items in progress may exceed the host's request slots: while some build their snapshot (CPU),
  // others wait at the host gate, which alone limits requests to perHostConcurrency at a time.
  const concurrency = 2 * Math.max(1, o.perHostConcurrency);
  for (;;) {
    if (fatal) break;
    if (runAbort.signal.aborted) {
      stoppedBy = 'cancelled';
      break;
    }
    if (elapsed() >= o.maxTimeMs) {
      stoppedBy = 'max-time';
      runAbort.abort(new DOMException('max-time', 'AbortError'));
      break;
    }
    const pageBudget = counters.pagesRequested < o.maxPages;
    const docBudget = o.checkDocuments && counters.documentsRequested < o.maxDocuments;
    // Until the start page is in, nothing else may be requested (its outcome decides the site).
    const startPending = pages.length === 0 && inflight.size > 0;
    if (inflight.size < concurrency && !startPending) {
      const entry = frontier.take({ page: pageBudget, document: docBudget });
      if (entry) {
        if (entry.paginated === true && traps.isExhausted(new URL(entry.url))) {
          skip(entry.url, 'pagination: a previous page added nothing new');
          frontier.drop(entry.key);
          continue;
        }
        launch(entry);
        continue;
      }
    }
    if (inflight.size === 0) {
      if (!pageBudget && frontier.has('page')) stoppedBy = 'max-pages';
      break;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wakeLoop = null;
        resolve();
      }, Math.max(1, Math.min(1000, o.maxTimeMs - elapsed())));
      wakeLoop = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
  if (fatal) runAbort.abort(new DOMException('start page unusable', 'AbortError'));
  await Promise.all([...inflight]);

  // 8. The end: stop listening, save the last delta, report once more, hand back the result.
  deps.signal?.removeEventListener('abort', onCancel);
  if (heartbeat !== null) clearInterval(heartbeat);
  await nextSave;
  if (fatal) {
    await saving;
    if (store) await store.clear(key);
    throw fatal;
  }
  await saveCheckpoint();
  currentUrl = undefined;
  report();
  return {
    startUrl: start.href,
    homeUrl,
    pages,
    documents,
    failures,
    stoppedBy,
    elapsedMs: priorElapsedMs + elapsed(),
    pending: frontier.pending().map((e) => ({ url: e.url, label: e.label, kind: e.kind })),
    skipped,
    notes,
  };
}
