import { describe, expect, it } from 'vitest';
import { HostGate } from '../../lib/crawl/host-gate.ts';
import { describeNetworkError, parseRetryAfter, politeRequest } from '../../lib/crawl/http-request.ts';

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('Wed, 21 Oct 2025 07:28:00 GMT');
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter('Wed, 21 Oct 2025 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2025 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('describeNetworkError', () => {
  const err = (message: string, cause?: object): Error => Object.assign(new TypeError(message), { cause });
  it('names the usual causes in plain English', () => {
    expect(describeNetworkError(err('fetch failed', Object.assign(new Error('getaddrinfo ENOTFOUND x.go.th'), { code: 'ENOTFOUND' })))).toEqual({ reason: 'DNS lookup failed', retryable: false });
    expect(describeNetworkError(err('fetch failed', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }))).toEqual({ reason: 'connection refused', retryable: false });
    expect(describeNetworkError(err('fetch failed', { code: 'UND_ERR_SOCKET', message: 'other side closed' }))).toEqual({ reason: 'connection reset', retryable: true });
    expect(describeNetworkError(err('fetch failed', new Error('redirect count exceeded')))).toEqual({ reason: 'too many redirects / redirect loop', retryable: false });
    expect(describeNetworkError(err('Failed to fetch'))).toEqual({ reason: 'network error (Failed to fetch)', retryable: true });
  });
});

describe('politeRequest', () => {
  // A fake clock that moves forward only when someone sleeps.
  let now = 0;
  const clock = (): number => now;
  const gate = () => new HostGate({ concurrency: 1, delayMs: 0, failureThreshold: 5, windowSize: 8, pauseMs: 0, clock, sleep: async (ms) => void (now += ms) });
  const settings = (fetchImpl: typeof fetch, waits: number[] = []) => ({
    fetch: fetchImpl,
    clock,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    userAgent: 'OIT-Audit/test',
    timeoutMs: 1000,
    retries: 2,
    retryBaseMs: 100,
    maxRetryAfterMs: 60_000,
    signal: new AbortController().signal,
    closeGraceMs: 0,
  });

  it('caps a long Retry-After, backs off exponentially on 5xx, and sends the User-Agent', async () => {
    const waits: number[] = [];
    const agents: string[] = [];
    const statuses = [new Response('', { status: 503, headers: { 'retry-after': '3600' } }), new Response('', { status: 500 }), new Response('ok', { status: 200 })];
    const fake: typeof fetch = async (_input, init) => {
      agents.push(new Headers(init?.headers).get('user-agent') ?? '');
      return statuses.shift() as Response;
    };
    const out = await politeRequest('http://x.go.th/', 'GET', gate(), settings(fake, waits));
    expect(out.kind).toBe('response');
    expect(waits).toEqual([60_000, 200]);
    expect(agents).toEqual(['OIT-Audit/test', 'OIT-Audit/test', 'OIT-Audit/test']);
  });

  it('gives up after the retries with the last status', async () => {
    const waits: number[] = [];
    const fake: typeof fetch = async () => new Response('', { status: 502 });
    expect(await politeRequest('http://x.go.th/', 'GET', gate(), settings(fake, waits))).toEqual({ kind: 'error', reason: 'HTTP 502', status: 502, retryable: true });
    expect(waits).toEqual([100, 200]);
  });

  it('does not retry a refused connection', async () => {
    let calls = 0;
    const fake: typeof fetch = async () => {
      calls += 1;
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'refused' } });
    };
    expect(await politeRequest('http://x.go.th/', 'GET', gate(), settings(fake))).toMatchObject({ kind: 'error', reason: 'connection refused' });
    expect(calls).toBe(1);
  });
});
