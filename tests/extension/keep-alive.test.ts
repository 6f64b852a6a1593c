import { describe, expect, it } from 'vitest';
import { throttledKeepAlive } from '../../lib/extension/keep-alive.ts';

describe('throttledKeepAlive', () => {
  it('calls the API on the first ping, then at most once per gap', async () => {
    let now = 0;
    let calls = 0;
    const ping = throttledKeepAlive(async () => {
      calls += 1;
    }, () => now, 5_000);
    await ping();
    now = 4_999;
    await ping();
    expect(calls).toBe(1);
    now = 5_000;
    await ping();
    await ping();
    expect(calls).toBe(2);
  });
});
