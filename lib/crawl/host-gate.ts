/**
 * Politeness for one host: at most `concurrency` requests at a time, request starts spaced by
 * `delayMs` (raised to the robots.txt Crawl-delay), a pause for Retry-After, a pause plus a
 * slower pace when most recent responses failed, and an automatic throttle (in the manner of
 * Scrapy's AutoThrottle): when the server slows down or answers 429/503, fewer requests at a time
 * (down to one; a slow server then also gets spacing of its own response time); back up one step
 * at a time once it answers normally again.
 */
/**
 * Requests at a time to one host unless the user sets another number: the one default of the CLI
 * (`--concurrency`) and the extension (its settings). Four, as measured (README, "The default audit against Crawlee
 * and linkinator"): on a server that answers in 50 ms the CLI's audit of a 200-page site took 5.1–5.3 s at 4 against
 * 7.0–10.7 s at 2 (interleaved runs, load 2.8–4.5); at 0 ms the crawl is CPU-bound and 4 changes nothing. Still
 * polite: browsers open 6 connections per host to load one page (Scrapy's per-domain default is 8), and the gate's
 * throttle halves the number as soon as the server slows down (3× its usual response time and 1 s slower) or answers
 * 429/503, down to one request at a time with spacing.
 */
export const DEFAULT_PER_HOST_CONCURRENCY = 4;

export interface HostGateOptions {
  concurrency: number;
  delayMs: number;
  /** Failures among the last `windowSize` outcomes that trigger a pause. */
  failureThreshold: number;
  windowSize: number;
  pauseMs: number;
  clock: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Why and how far the gate has slowed its requests, for the progress line; null at full speed. */
export interface Throttle {
  reason: 'slow-server' | 'overloaded' | 'crawl-delay' | 'failures';
  /** Requests at a time now. */
  concurrency: number;
  /** Spacing between request starts now, ms. */
  delayMs: number;
}

/** The server counts as slow when its response time is this many times its usual one … */
const SLOW_FACTOR = 3;
/** … and at least this much slower in absolute terms (a fast server's jitter is not slowness). */
const SLOW_MARGIN_MS = 1000;
/** Longest spacing the throttle adds by itself. */
const MAX_THROTTLE_DELAY_MS = 10_000;

export class HostGate {
  private active = 0;
  private nextStart = 0;
  private pausedUntil = 0;
  private slowFactor = 1;
  private recent: boolean[] = [];
  private readonly waiters: (() => void)[] = [];
  private delayMs: number;
  private crawlDelayMs = 0;
  /** Requests allowed at a time now (the throttle lowers it from `concurrency`). */
  private limit: number;
  /** Spacing the throttle adds once the limit is down to one. */
  private throttleDelayMs = 0;
  /** Exponential average of response times, and the lowest such average seen (the server's usual pace). */
  private avgLatency: number | null = null;
  private usualLatency = Number.POSITIVE_INFINITY;
  /** Normal answers in a row while throttled; it eases one step after `windowSize` of them. */
  private calm = 0;
  /** Answers since the throttle last stepped down (the requests already in flight then do not count twice). */
  private sinceStep = 0;
  private reason: Throttle['reason'] | null = null;

  constructor(private readonly options: HostGateOptions) {
    this.delayMs = options.delayMs;
    this.limit = Math.max(1, options.concurrency);
  }

  /** Raise the spacing between requests (robots.txt Crawl-delay). */
  setMinDelay(ms: number): void {
    this.crawlDelayMs = Math.max(this.crawlDelayMs, ms);
    this.delayMs = Math.max(this.delayMs, ms);
  }

  /** Hold every request to this host until `ms` from now (Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.options.clock() + ms);
  }

  get currentDelayMs(): number {
    return Math.max(this.delayMs * this.slowFactor, this.throttleDelayMs);
  }

  /** How the gate is holding back now, or null when it runs at the configured pace. */
  get throttle(): Throttle | null {
    const reason = this.reason ?? (this.slowFactor > 1 ? 'failures' : this.crawlDelayMs > this.options.delayMs ? 'crawl-delay' : null);
    return reason === null ? null : { reason, concurrency: this.limit, delayMs: this.currentDelayMs };
  }

  private wakeWaiters(): void {
    while (this.active < this.limit && this.waiters.length > 0) this.waiters.shift()?.();
  }

  /** Waits for a slot and for the pace; returns the release function. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    while (this.active >= this.limit) {
      await new Promise<void>((resolve, reject) => {
        const wake = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = (): void => {
          const i = this.waiters.indexOf(wake);
          if (i !== -1) this.waiters.splice(i, 1);
          reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
        };
        if (signal?.aborted) {
          onAbort();
          return;
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiters.push(wake);
      });
    }
    this.active += 1;
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.wakeWaiters();
    };
    try {
      // Pauses may be extended while we wait, so re-check until the start time holds.
      for (;;) {
        const now = this.options.clock();
        const startAt = Math.max(now, this.nextStart, this.pausedUntil);
        if (startAt <= now) {
          this.nextStart = now + this.currentDelayMs;
          return release;
        }
        await this.options.sleep(startAt - now, signal);
      }
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Record whether a request succeeded (a server that answered 4xx counts as success here). */
  record(ok: boolean): void {
    this.recent.push(ok);
    if (this.recent.length > this.options.windowSize) this.recent.shift();
    const failures = this.recent.filter((r) => !r).length;
    if (failures >= this.options.failureThreshold) {
      this.pauseFor(this.options.pauseMs);
      this.slowFactor = Math.min(this.slowFactor * 2, 8);
      this.recent = [];
    }
  }

  /** The server answered 429 or 503: fewer requests at a time from now on. */
  overloaded(): void {
    this.calm = 0;
    if (this.reason === null || this.sinceStep >= this.limit) this.stepDown('overloaded');
  }

  /** Time from request start to response headers: a server much slower than usual gets fewer requests at a time. */
  observeLatency(ms: number): void {
    const avg = this.avgLatency === null ? ms : this.avgLatency * 0.7 + ms * 0.3;
    this.avgLatency = avg;
    this.usualLatency = Math.min(this.usualLatency, avg);
    this.sinceStep += 1;
    const slow = avg > this.usualLatency * SLOW_FACTOR && avg > this.usualLatency + SLOW_MARGIN_MS;
    if (slow) {
      this.calm = 0;
      if (this.reason === null || this.sinceStep >= this.limit) this.stepDown('slow-server');
      return;
    }
    if (this.reason === null) return;
    this.calm += 1;
    if (this.calm < this.options.windowSize) return;
    // Calm again for a while: ease one step (first the added spacing, then one more request at a time).
    this.calm = 0;
    if (this.throttleDelayMs > 0) this.throttleDelayMs = 0;
    else if (this.limit < Math.max(1, this.options.concurrency)) this.limit += 1;
    if (this.throttleDelayMs === 0 && this.limit >= Math.max(1, this.options.concurrency)) this.reason = null;
    this.wakeWaiters();
  }

  /**
   * Halve the requests at a time. A slow server at one request at a time also gets spacing of its
   * own response time (doubled while it stays slow); an overloaded one (429/503) is already held by
   * Retry-After, the retry backoff and the failure pause.
   */
  private stepDown(reason: Throttle['reason']): void {
    this.reason = reason;
    this.sinceStep = 0;
    if (this.limit > 1) this.limit = Math.max(1, Math.floor(this.limit / 2));
    else if (reason === 'slow-server') this.throttleDelayMs = Math.min(MAX_THROTTLE_DELAY_MS, Math.max(this.throttleDelayMs * 2, this.avgLatency ?? 0, 250));
  }
}

const THROTTLE_REASONS: Record<Throttle['reason'], string> = {
  'slow-server': 'เซิร์ฟเวอร์ตอบช้า / server slow',
  overloaded: 'เซิร์ฟเวอร์ขอให้ชะลอ (429/503) / server busy (429/503)',
  'crawl-delay': 'robots.txt กำหนด Crawl-delay / robots.txt Crawl-delay',
  failures: 'คำขอล้มเหลวหลายครั้ง / repeated failures',
};

/** The throttle as one line of the progress display, Thai first: why, and how slow now. */
export function throttleText(t: Throttle): string {
  const spacing = t.delayMs > 0 ? ` · เว้น / spaced ${t.delayMs >= 1000 ? `${(t.delayMs / 1000).toFixed(1)} s` : `${Math.round(t.delayMs)} ms`}` : '';
  return `ชะลอ / slowed: ${THROTTLE_REASONS[t.reason]} · ครั้งละ / at a time ${t.concurrency}${spacing}`;
}
