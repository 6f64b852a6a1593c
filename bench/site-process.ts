/**
 * Starts the generated site in a process of its own (bench/logged-site.ts) and keeps the requests it
 * saw, so a benchmark measures any crawler (this project's, in Node or in Chromium, or another tool)
 * by the same count.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Hit {
  at: number;
  method: string;
  /** Path and query, as requested. */
  path: string;
  /** Requests the server was answering when this one came in, this one included (absent from older logs). */
  inFlight?: number;
}

export interface SiteProcess {
  url: string;
  /** Requests seen since the start or the last `reset()`. */
  hits(): readonly Hit[];
  reset(): void;
  close(): void;
}

/** Parses one `HIT <ms> <method> <path> [<in flight>]` line of bench/logged-site.ts; null for any other line. */
export function parseHit(line: string): Hit | null {
  const m = /^HIT (\d+) (\S+) (\S+)(?: (\d+))?$/.exec(line.trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { at: Number(m[1]), method: m[2], path: m[3], ...(m[4] !== undefined ? { inFlight: Number(m[4]) } : {}) };
}

/** The most requests the server was answering at once among `hits` (0 when the log does not say). */
export function maxInFlight(hits: readonly Hit[]): number {
  let max = 0;
  for (const h of hits) if (h.inFlight !== undefined && h.inFlight > max) max = h.inFlight;
  return max;
}

export async function startSite(pages: number, latencyMs: number): Promise<SiteProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'bench/logged-site.ts'), String(pages), String(latencyMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let hits: Hit[] = [];
  let rest = '';
  let onUrl: (url: string) => void = () => undefined;
  child.stdout.on('data', (d: Buffer) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const hit = parseHit(line);
      if (hit) hits.push(hit);
      else if (line.startsWith('URL ')) onUrl(line.slice(4).trim());
    }
  });
  const url = await new Promise<string>((resolve, reject) => {
    onUrl = resolve;
    child.once('exit', (code) => reject(new Error(`site server exited (${code})`)));
  });
  return {
    url,
    hits: () => hits,
    reset: () => {
      hits = [];
    },
    close: () => void child.kill(),
  };
}

/** Waits until the server has printed every request made so far (its stdout lags a little behind). */
export async function settle(site: SiteProcess, quietMs = 150): Promise<void> {
  let count = -1;
  while (count !== site.hits().length) {
    count = site.hits().length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}
