import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** Optional `_site.json` beside a fixture site: what a plain static server cannot express. */
const SiteConfig = z.object({
  redirects: z.record(z.string(), z.string()).default({}),
  status: z.record(z.string(), z.number().int()).default({}),
  contentType: z.record(z.string(), z.string()).default({}),
  lastModified: z.record(z.string(), z.string()).default({}),
});
type SiteConfig = z.infer<typeof SiteConfig>;

export interface ServedSite {
  url: string;
  /** Every request, as "METHOD path?query". */
  hits: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.js': 'text/javascript; charset=utf-8',
  // Server-side pages are sent as the HTML they render, as every real server of them does.
  '.php': 'text/html; charset=utf-8',
  '.asp': 'text/html; charset=utf-8',
  '.aspx': 'text/html; charset=utf-8',
  '.jsp': 'text/html; charset=utf-8',
};

async function loadConfig(dir: string): Promise<SiteConfig> {
  try {
    return SiteConfig.parse(JSON.parse(await readFile(path.join(dir, '_site.json'), 'utf8')));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return SiteConfig.parse({});
    throw new Error(`${dir}/_site.json: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function findFile(root: string, pathname: string): Promise<string | null> {
  const rel = path.normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  const full = path.join(root, rel);
  if (!full.startsWith(root)) return null;
  for (const candidate of [full, path.join(full, 'index.html'), `${full}.html`]) {
    try {
      const s = await stat(candidate);
      if (s.isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}

/**
 * Faults a server can inject, each on the FIRST request of about one path in `every` (chosen by a hash
 * of the path, so runs repeat), so that a polite crawler that retries still gets every page.
 */
export interface SiteFaults {
  /** Answer 500 once. */
  error500?: boolean;
  /** Answer 429 with Retry-After: 1 once. */
  rateLimit?: boolean;
  /** Cut the connection once. */
  reset?: boolean;
  /** Delay every response by this many ms. */
  slowMs?: number;
  every?: number;
}

function queryFileName(pathname: string, query: string): string {
  const name = query.replace(/[/\\]/g, '_');
  return Buffer.byteLength(`${path.basename(pathname)}@${name}`) > 250 ? `sha1-${createHash('sha1').update(query).digest('hex').slice(0, 16)}` : name;
}

function pathHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/**
 * Serves a fixture site from a folder on 127.0.0.1 (random port). Paths without an extension are HTML;
 * a file named `path@query` answers `path?query`.
 */
export async function serveSite(dir: string, faults: SiteFaults = {}): Promise<ServedSite> {
  const root = path.resolve(dir);
  const config = await loadConfig(root);
  const hits: string[] = [];
  const seen = new Set<string>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(`${req.method} ${u.pathname}${u.search}`);
    let pathname: string;
    try {
      pathname = decodeURIComponent(u.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (faults.slowMs) await new Promise((r) => setTimeout(r, faults.slowMs));
    const key = `${pathname}${u.search}`;
    const firstTime = !seen.has(key);
    seen.add(key);
    const chosen = firstTime && pathname !== '/robots.txt' && pathHash(key) % (faults.every ?? 3) === 0;
    if (chosen && faults.reset && pathHash(key) % 2 === 0) {
      req.socket.destroy();
      return;
    }
    if (chosen && faults.rateLimit && pathHash(key) % 3 === 1) {
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
      return;
    }
    if (chosen && faults.error500) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('error');
      return;
    }
    const redirect = config.redirects[pathname];
    if (redirect) {
      res.writeHead(302, { location: redirect }).end();
      return;
    }
    const forced = config.status[pathname];
    if (forced) {
      res.writeHead(forced, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body>${forced}</body></html>`);
      return;
    }
    // A page per query string: "/list?page=2" is served from the file "list@page=2" (or "list@page=2.html").
    // A file name too long for the file system (over 250 bytes) is "list@sha1-<first 16 hex of the query's SHA-1>".
    const withQuery = u.search ? await findFile(root, `${pathname}@${queryFileName(pathname, decodeURIComponent(u.search.slice(1)))}`) : null;
    const file = pathname === '/_site.json' ? null : withQuery ?? (await findFile(root, pathname));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><h1>404 Not Found</h1></body></html>');
      return;
    }
    const body = await readFile(file);
    const ext = path.extname(file).toLowerCase();
    const type = config.contentType[pathname] ?? TYPES[ext] ?? (ext === '' ? 'text/html; charset=utf-8' : 'application/octet-stream');
    const headers: Record<string, string> = { 'content-type': type, 'content-length': String(body.length) };
    const lm = config.lastModified[pathname];
    if (lm) headers['last-modified'] = new Date(lm).toUTCString();
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
