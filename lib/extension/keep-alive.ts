/**
 * A keep-alive that calls the extension API at most once per `minGapMs`: the service worker's idle
 * timer is 30 s, while a crawl pings after every page and each call is a round trip to the browser
 * process (measured: about 0.7 ms of the worker's time per page, `npm run bench -- chromium-crawl`).
 */
export function throttledKeepAlive(call: () => Promise<void>, clock: () => number, minGapMs = 5_000): () => Promise<void> {
  let last = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = clock();
    if (now - last < minGapMs) return;
    last = now;
    await call();
  };
}
