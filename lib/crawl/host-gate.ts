/**
 * Politeness for one host: at most `concurrency` requests at a time, request starts spaced by
 * `delayMs` (raised to the robots.txt Crawl-delay), a pause for Retry-After, and a pause plus a
 * slower pace when most recent responses failed.
 */
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

export class HostGate {
  private active = 0;
  private nextStart = 0;
  private pausedUntil = 0;
  private slowFactor = 1;
  private recent: boolean[] = [];
  private readonly waiters: (() => void)[] = [];
  private delayMs: number;

  constructor(private readonly options: HostGateOptions) {
    this.delayMs = options.delayMs;
  }

  /** Raise the spacing between requests (robots.txt Crawl-delay). */
  setMinDelay(ms: number): void {
    this.delayMs = Math.max(this.delayMs, ms);
  }

  /** Hold every request to this host until `ms` from now (Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.options.clock() + ms);
  }

  get currentDelayMs(): number {
    return this.delayMs * this.slowFactor;
  }

  /** Waits for a slot and for the pace; returns the release function. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    while (this.active >= this.options.concurrency) {
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
      this.waiters.shift()?.();
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
}
