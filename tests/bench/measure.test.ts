import { describe, expect, it } from 'vitest';
import { type CpuProfile, busyMs, fastestByMode, perRequestMs, perRequestRatio, topSelfTime } from '../../bench/measure.ts';
import { maxInFlight, parseHit } from '../../bench/site-process.ts';

describe('crawl benchmark helpers', () => {
  it('per-request time and ratio', () => {
    expect(perRequestMs({ ms: 600, requests: 200 })).toBe(3);
    expect(perRequestMs({ ms: 5, requests: 0 })).toBe(5);
    expect(perRequestRatio({ ms: 1200, requests: 100 }, { ms: 500, requests: 50 })).toBeCloseTo(1.2);
  });

  it('keeps the fastest run per mode, by time per request', () => {
    const best = fastestByMode([
      { mode: 'a', ms: 100, requests: 10 },
      { mode: 'b', ms: 50, requests: 10 },
      { mode: 'a', ms: 90, requests: 10 },
      { mode: 'b', ms: 80, requests: 10 },
    ]);
    expect(best.get('a')?.ms).toBe(90);
    expect(best.get('b')?.ms).toBe(50);
  });

  it('self time per function from a CPU profile, idle left out', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'buildSnapshot', url: 'chrome-extension://abc/background.js', lineNumber: 9 } },
        { id: 3, callFrame: { functionName: '', url: 'chrome-extension://abc/background.js', lineNumber: 19 } },
        { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      ],
      samples: [2, 2, 3, 4, 2],
      // The delta before sample i+1 is the time sample i stood for.
      timeDeltas: [0, 1000, 1000, 2000, 5000],
      startTime: 0,
      endTime: 9000,
    };
    const top = topSelfTime(profile, 5);
    expect(top.map((t) => t.name)).toEqual(['buildSnapshot background.js:10', '(anonymous) background.js:20']);
    expect(top[0]?.ms).toBe(2);
    expect(top[1]?.ms).toBe(2);
    expect(top[0]?.percent).toBe(50);
    expect(busyMs(profile)).toBe(4);
  });

  it('reads the request lines of the logged site server', () => {
    expect(parseHit('HIT 1733400000000 GET /cat/3?page=2')).toEqual({ at: 1733400000000, method: 'GET', path: '/cat/3?page=2' });
    expect(parseHit('URL http://127.0.0.1:4000/')).toBeNull();
  });

  it('reads how many requests the server was answering, and their most at once', () => {
    const hits = ['HIT 1 GET / 1', 'HIT 2 GET /a 2', 'HIT 3 GET /b 3', 'HIT 4 GET /c 1'].map(parseHit).filter((h) => h !== null);
    expect(hits[1]).toEqual({ at: 2, method: 'GET', path: '/a', inFlight: 2 });
    expect(maxInFlight(hits)).toBe(3);
    expect(maxInFlight([{ at: 1, method: 'GET', path: '/' }])).toBe(0);
  });
});
