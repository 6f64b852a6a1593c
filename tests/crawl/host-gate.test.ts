import { describe, expect, it } from 'vitest';
import { HostGate, throttleText } from '../../lib/crawl/host-gate.ts';

/** A gate on a fake clock that moves only when someone sleeps. */
function gate(concurrency: number, delayMs = 0) {
  const state = { now: 0 };
  const g = new HostGate({ concurrency, delayMs, failureThreshold: 5, windowSize: 8, pauseMs: 0, clock: () => state.now, sleep: async (ms) => void (state.now += ms) });
  return { g, state };
}

/** How many acquire() calls get a slot at once, without releasing any. */
async function slotsAtOnce(g: HostGate): Promise<number> {
  const releases: (() => void)[] = [];
  for (let i = 0; i < 16; i += 1) {
    const giveUp = new AbortController();
    const timer = setTimeout(() => giveUp.abort(), 5);
    const got = await g.acquire(giveUp.signal).catch(() => null);
    clearTimeout(timer);
    if (got === null) break;
    releases.push(got);
  }
  const n = releases.length;
  for (const r of releases) r();
  return n;
}

describe('HostGate auto-throttle', () => {
  it('runs at full concurrency while the server keeps its pace (jitter is not slowness)', async () => {
    const { g } = gate(4);
    for (const ms of [5, 40, 3, 90, 12, 300, 8]) g.observeLatency(ms);
    expect(g.throttle).toBeNull();
    expect(await slotsAtOnce(g)).toBe(4);
  });

  it('halves the requests at a time when the server slows down, then spaces them, and eases back once it recovers', async () => {
    const { g } = gate(4);
    for (let i = 0; i < 5; i += 1) g.observeLatency(100);
    for (let i = 0; i < 6; i += 1) g.observeLatency(3000);
    expect(g.throttle?.reason).toBe('slow-server');
    expect(g.throttle?.concurrency).toBeLessThan(4);
    for (let i = 0; i < 12; i += 1) g.observeLatency(4000);
    expect(g.throttle?.concurrency).toBe(1);
    expect(g.throttle?.delayMs).toBeGreaterThan(0);
    expect(await slotsAtOnce(g)).toBe(1);
    for (let i = 0; i < 200; i += 1) g.observeLatency(100);
    expect(g.throttle).toBeNull();
    expect(await slotsAtOnce(g)).toBe(4);
  });

  it('goes down to one request at a time on repeated 429/503', () => {
    const { g } = gate(8);
    for (let i = 0; i < 20; i += 1) {
      g.observeLatency(5);
      g.overloaded();
    }
    expect(g.throttle).toEqual({ reason: 'overloaded', concurrency: 1, delayMs: 0 });
    expect(throttleText(g.throttle ?? { reason: 'overloaded', concurrency: 1, delayMs: 0 })).toContain('429/503');
  });

  it('reports a robots.txt Crawl-delay and spaces requests by it', async () => {
    const { g, state } = gate(2);
    g.setMinDelay(2000);
    expect(g.throttle).toEqual({ reason: 'crawl-delay', concurrency: 2, delayMs: 2000 });
    (await g.acquire())();
    const before = state.now;
    (await g.acquire())();
    expect(state.now - before).toBe(2000);
  });
});
