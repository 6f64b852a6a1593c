/**
 * Snapshot CPU per page on the generated site's pages (bench/generated-site.ts), and a fingerprint of every
 * snapshot of the test fixtures' HTML and of those pages, to show a speed change leaves snapshots identical.
 * Run: node bin/run-ts.mjs bench/snapshot-cpu.ts [rounds]   (add --cpu-prof to node for a profile)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSiteScope } from '../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../lib/snapshot/build-snapshot.ts';
import { renderPage, samplePaths } from './generated-site.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = 600;

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

function snap(url: string, html: string) {
  return buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 1, fetchedAt: '2026-12-05T00:00:00.000Z', site: createSiteScope(url) });
}

const base = 'http://127.0.0.1:8080';
const pages = samplePaths(PAGES).flatMap((p) => {
  const [pathname = '', search = ''] = p.split('?');
  const html = renderPage(PAGES, pathname, search ? `?${search}` : '');
  return html ? [{ url: base + p, html }] : [];
});
const fixtures = htmlFiles(path.join(ROOT, 'tests', 'fixtures')).map((f) => ({ url: `https://site.example/${path.relative(ROOT, f)}`, html: fs.readFileSync(f, 'utf8') }));

const hash = createHash('sha256');
for (const p of [...fixtures, ...pages]) hash.update(JSON.stringify(snap(p.url, p.html)));
console.log(`fingerprint ${hash.digest('hex').slice(0, 16)} (${fixtures.length} fixture pages, ${pages.length} generated pages)`);

const rounds = Number(process.argv[2] ?? 3);
let best = Infinity;
let bestCpu = Infinity;
for (let r = 0; r < rounds; r += 1) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const p of pages) snap(p.url, p.html);
  const cpu = process.cpuUsage(c0);
  best = Math.min(best, (performance.now() - t0) / pages.length);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000 / pages.length);
}
const kb = pages.reduce((s, p) => s + p.html.length, 0) / pages.length / 1024;
console.log(`snapshot ${best.toFixed(3)} ms wall, ${bestCpu.toFixed(3)} ms CPU per generated page (best of ${rounds}; ${kb.toFixed(1)} K chars per page)`);
