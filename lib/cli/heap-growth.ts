import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets its old generation grow past what survived the last full collection before it collects
 * again, in the CLI's process. By default up to about 4× (Node sizes the heap for servers): a crawl holds
 * ≈ 5 KB per page and promotes short-lived response and parser objects, so its peak RSS was mostly garbage
 * waiting for that 4× limit (bench/crawl-cost, 2,000 pages: 248 MB peak for 32 MB held). At 50 % the peak
 * stays near what is held, for a few more full collections (≈ 3 % of the run in --trace-gc).
 * The extension's service worker is sized by the browser and is not affected.
 */
export const CLI_HEAP_GROWING_PERCENT = 50;

/** Applies the CLI's heap growth to this process (V8 reads the flag at each full collection). */
export function limitHeapGrowth(percent: number = CLI_HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${Math.max(1, Math.round(percent))}`);
}
