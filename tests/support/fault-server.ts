/**
 * A fault-injecting HTTP server on 127.0.0.1 (random port) for crawler tests. It counts requests
 * per method + path, tracks the most requests in flight at once, and counts the bytes it wrote
 * for each path. Routes are plain handlers; helpers below build the usual faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => void | Promise<void>;

export interface RequestContext {
  url: URL;
  /** How many times this method + path + query was requested, including this one. */
  count: number;
  server: FaultServer;
}

export interface FaultServer {
  readonly origin: string;
  readonly port: number;
  /** `GET /path?query` → number of requests. */
  readonly hits: Map<string, number>;
  readonly log: { method: string; path: string }[];
  readonly bytesWritten: Map<string, number>;
  readonly maxInFlight: number;
  /** The requests in flight when the maximum was reached. */
  readonly peak: string[];
  route(path: string, handler: Handler): void;
  hitCount(method: string, pathAndQuery: string): number;
  /** Requests for a path whatever the query. */
  pathHits(method: string, path: string): number;
  close(): Promise<void>;
}

export async function startFaultServer(routes: Record<string, Handler> = {}, fallback?: Handler): Promise<FaultServer> {
  const table = new Map<string, Handler>(Object.entries(routes));
  const hits = new Map<string, number>();
  const log: { method: string; path: string }[] = [];
  const bytesWritten = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  let peak: string[] = [];
  const active = new Set<string>();
  const sockets = new Set<import('node:net').Socket>();

  let api!: FaultServer;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const pathAndQuery = `${url.pathname}${url.search}`;
    const hitKey = `${method} ${pathAndQuery}`;
    const count = (hits.get(hitKey) ?? 0) + 1;
    hits.set(hitKey, count);
    log.push({ method, path: pathAndQuery });
    inFlight += 1;
    active.add(hitKey);
    if (inFlight > maxInFlight) {
      maxInFlight = inFlight;
      peak = [...active];
    }
    let closed = false;
    const end = (): void => {
      if (closed) return;
      closed = true;
      inFlight -= 1;
      active.delete(hitKey);
    };
    res.on('close', end);
    res.on('finish', end);
    const originalWrite = res.write.bind(res);
    const countBytes = (chunk: unknown): void => {
      const n = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;
      bytesWritten.set(url.pathname, (bytesWritten.get(url.pathname) ?? 0) + n);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      countBytes(chunk);
      return (originalWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    const handler = table.get(url.pathname) ?? fallback ?? notFound;
    Promise.resolve(handler(req, res, { url, count, server: api })).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  api = {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    log,
    bytesWritten,
    get maxInFlight() {
      return maxInFlight;
    },
    get peak() {
      return peak;
    },
    route(path, handler) {
      table.set(path, handler);
    },
    hitCount(method, pathAndQuery) {
      return hits.get(`${method} ${pathAndQuery}`) ?? 0;
    },
    pathHits(method, path) {
      return log.filter((l) => l.method === method && l.path.split('?')[0] === path).length;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

// ---------------------------------------------------------------- page builders

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A small UTF-8 HTML page with a title and links `[href, label]`. */
export function htmlPage(title: string, links: readonly (readonly [string, string])[] = [], body = ''): string {
  const items = links.map(([href, label]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><ul>${items}</ul>${body}</body></html>`;
}

/** Thai text → windows-874 / TIS-620 bytes, by hand: U+0E01–U+0E5B → 0xA1–0xFB, ASCII as is. */
export function encodeWindows874(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x0e01 && code <= 0x0e5b) bytes.push(code - 0x0e01 + 0xa1);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------- handlers

export const notFound: Handler = (_req, res) => {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<html><body>not found</body></html>');
};

/** Serves HTML (a string or a function of the request). */
export function html(body: string | ((ctx: RequestContext) => string), headers: Record<string, string> = {}): Handler {
  return (_req, res, ctx) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(typeof body === 'string' ? body : body(ctx));
  };
}

/** Raw bytes with a given Content-Type. */
export function bytes(body: Buffer, contentType: string): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(body.length) });
    res.end(body);
  };
}

/** Answers after `ms` (unless the client has gone). */
export function slow(ms: number, body: string): Handler {
  return async (_req, res) => {
    await new Promise((r) => setTimeout(r, ms));
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
}

/** Drops the connection without an answer. */
export const reset: Handler = (req) => {
  req.socket.destroy();
};

/** `failures` times status (with headers), then the given handler. */
export function failThen(failures: number, status: number, headers: Record<string, string>, then: Handler): Handler {
  return (req, res, ctx) => {
    if (ctx.count <= failures) {
      res.writeHead(status, { 'content-type': 'text/html', ...headers });
      res.end(`<html><body>${status}</body></html>`);
      return;
    }
    return then(req, res, ctx);
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Streams `totalBytes` of HTML in 64 KB chunks, respecting back-pressure, until the client goes away. */
export function huge(totalBytes: number): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write('<!doctype html><html><head><title>Huge page</title></head><body><a href="/after-huge">after</a>');
    // Ordinary markup, not one endless word: the parser and the text scanners see a real page.
    const chunk = Buffer.from('<p>หน้าใหญ่มาก big page 12345</p>\n'.repeat(1600));
    let sent = 0;
    while (sent < totalBytes && !res.destroyed) {
      const ok = res.write(chunk);
      sent += chunk.length;
      if (!ok) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
    if (!res.destroyed) res.end('</body></html>');
  };
}

/** A document answered to HEAD (and GET) with type, size and Last-Modified. */
export function document(contentType: string, size: number, lastModified = 'Wed, 21 Oct 2025 07:28:00 GMT'): Handler {
  return (req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(size), 'last-modified': lastModified });
    if (req.method === 'HEAD') res.end();
    else res.end(Buffer.alloc(size, 0x25));
  };
}

export function text(body: string, status = 200, contentType = 'text/plain'): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
}
