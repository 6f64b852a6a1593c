import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../lib/crawl/sleep.ts';

describe('yieldToEventLoop', () => {
  it('resolves after the promise continuations already queued (the next request goes out first)', async () => {
    const order: string[] = [];
    const waiting = Promise.resolve()
      .then(() => order.push('slot taken'))
      .then(() => order.push('request sent'));
    await yieldToEventLoop();
    order.push('page parsed');
    await waiting;
    expect(order).toEqual(['slot taken', 'request sent', 'page parsed']);
  });

  it('falls back to a timer where setImmediate is missing (a service worker)', async () => {
    const g = globalThis as { setImmediate?: unknown };
    const saved = g.setImmediate;
    g.setImmediate = undefined;
    try {
      await expect(yieldToEventLoop()).resolves.toBeUndefined();
    } finally {
      g.setImmediate = saved;
    }
  });
});
