import type { HostGate } from './host-gate.ts';

/** How one request ended, after retries. */
export type HttpOutcome =
  | {
      kind: 'response';
      response: Response;
      /** The per-request timeout keeps running until the body is read; call done() afterwards. */
      signal: AbortSignal;
      done: () => void;
      /**
       * Instead of done() when the body was not read to the end: aborts the request, cancels the
       * body and keeps the host slot a moment so the server sees the connection close first.
       */
      discard: () => Promise<void>;
    }
  | { kind: 'error'; reason: string; status?: number; retryable: boolean }
  | { kind: 'aborted' };

export interface HttpSettings {
  fetch: typeof fetch;
  clock: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  userAgent: string;
  timeoutMs: number;
  retries: number;
  /** First backoff wait; doubled for each further attempt. */
  retryBaseMs: number;
  /** Longest Retry-After that is honoured as given (longer ones are cut to this). */
  maxRetryAfterMs: number;
  /** Aborted when the run is cancelled or out of time. */
  signal: AbortSignal;
  /** How long a host slot stays taken after a request was cut off (default 50 ms). */
  closeGraceMs?: number;
}

class RequestTimeout extends Error {
  override readonly name = 'RequestTimeout';
}

class BodyDiscarded extends Error {
  override readonly name = 'BodyDiscarded';
}

/** Retry-After as milliseconds from now (seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

function errorChain(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 5 && current !== null && current !== undefined; i += 1) {
    if (typeof current === 'object') {
      const record = current as { code?: unknown; message?: unknown; cause?: unknown };
      if (typeof record.code === 'string') codes.push(record.code);
      if (typeof record.message === 'string') messages.push(record.message);
      current = record.cause;
    } else {
      messages.push(String(current));
      break;
    }
  }
  return { codes, messages };
}

/** A fetch() rejection in plain English, and whether trying again may help. */
export function describeNetworkError(error: unknown): { reason: string; retryable: boolean } {
  const { codes, messages } = errorChain(error);
  const text = messages.join(' | ').toLowerCase();
  const has = (...c: string[]): boolean => codes.some((code) => c.includes(code));
  if (text.includes('redirect count exceeded') || text.includes('too many redirects') || text.includes('redirect loop')) {
    return { reason: 'too many redirects / redirect loop', retryable: false };
  }
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL')) return { reason: 'DNS lookup failed', retryable: false };
  if (has('ECONNREFUSED')) return { reason: 'connection refused', retryable: false };
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED') || text.includes('other side closed') || text.includes('socket hang up')) {
    return { reason: 'connection reset', retryable: true };
  }
  if (has('UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT')) return { reason: 'connection timed out', retryable: true };
  if (has('CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'SELF_SIGNED_CERT_IN_CHAIN')) {
    return { reason: `TLS certificate error (${codes.find((c) => c.includes('CERT')) ?? codes[0] ?? ''})`, retryable: false };
  }
  const detail = messages[messages.length - 1] ?? 'unknown error';
  return { reason: `network error (${detail})`, retryable: true };
}

function timeoutText(ms: number): string {
  return ms % 1000 === 0 ? `timeout after ${ms / 1000} s` : `timeout after ${ms} ms`;
}

/**
 * One polite request: waits for the host gate, applies a timeout, follows redirects, retries
 * timeouts, resets and 5xx with exponential backoff, and honours Retry-After on 429/503. The gate
 * hears each response time and each 429/503, and throttles the host when the server struggles.
 * Responses with any other status (2xx, 3xx, 4xx) are returned to the caller.
 */
export async function politeRequest(url: string, method: 'GET' | 'HEAD', gate: HostGate, s: HttpSettings): Promise<HttpOutcome> {
  let last: HttpOutcome = { kind: 'error', reason: 'not attempted', retryable: false };
  for (let attempt = 0; attempt <= s.retries; attempt += 1) {
    if (s.signal.aborted) return { kind: 'aborted' };
    let release: () => void;
    try {
      release = await gate.acquire(s.signal);
    } catch {
      return { kind: 'aborted' };
    }
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new RequestTimeout(timeoutText(s.timeoutMs))), s.timeoutMs);
    const signal = AbortSignal.any([s.signal, timeout.signal]);
    let finished = false;
    const done = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      release();
    };
    const grace = s.closeGraceMs ?? 50;
    /** Cut the request off and give the server a moment to see the closed connection. */
    const discard = async (body?: ReadableStream<Uint8Array> | null): Promise<void> => {
      if (finished) return;
      clearTimeout(timer);
      timeout.abort(new BodyDiscarded('body not needed'));
      await body?.cancel().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, grace));
      done();
    };
    let response: Response;
    const sentAt = s.clock();
    try {
      response = await s.fetch(url, {
        method,
        redirect: 'follow',
        signal,
        headers: { 'User-Agent': s.userAgent, Accept: method === 'GET' ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' : '*/*' },
      });
    } catch (error) {
      if (s.signal.aborted) {
        done();
        return { kind: 'aborted' };
      }
      if (timeout.signal.aborted) await discard();
      else done();
      if (timeout.signal.aborted) {
        gate.record(false);
        last = { kind: 'error', reason: timeoutText(s.timeoutMs), retryable: true };
      } else {
        const described = describeNetworkError(error);
        gate.record(false);
        last = { kind: 'error', ...described };
        if (!described.retryable) return last;
      }
      if (attempt < s.retries) await backoff(s, attempt);
      continue;
    }
    const status = response.status;
    gate.observeLatency(s.clock() - sentAt);
    if (status === 429 || status === 503) gate.overloaded();
    const retryAfter = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after'), s.clock()) : null;
    if (status === 429 || status >= 500) {
      await discard(response.body);
      gate.record(false);
      last = { kind: 'error', reason: `HTTP ${status}${retryAfter !== null ? ` (Retry-After ${Math.round(retryAfter / 1000)} s)` : ''}`, status, retryable: true };
      if (attempt >= s.retries) return last;
      if (retryAfter !== null) {
        const wait = Math.min(retryAfter, s.maxRetryAfterMs);
        gate.pauseFor(wait);
        try {
          await s.sleep(wait, s.signal);
        } catch {
          return { kind: 'aborted' };
        }
      } else {
        await backoff(s, attempt);
      }
      continue;
    }
    gate.record(true);
    return { kind: 'response', response, signal, done, discard: () => discard(response.body) };
  }
  return last;
}

async function backoff(s: HttpSettings, attempt: number): Promise<void> {
  try {
    await s.sleep(s.retryBaseMs * 2 ** attempt, s.signal);
  } catch {
    // cancelled: the caller sees the aborted signal on its next check
  }
}
