/**
 * Snapshots of this checkout against another (a base, e.g. main extracted with `git archive main | tar -x -C DIR`),
 * in one process: every test-fixture page and every generated page (bench/generated-site.ts) snapshotted by both
 * builds and compared byte for byte (JSON), then snapshot CPU per generated page in alternating rounds.
 * Run: node bin/run-ts.mjs bench/snapshot-ab.ts BASE_DIR [rounds]
 * Prints the pages that differ (by corpus folder; SHOW_ALL=1 lists them all), the share of pages parsed on this checkout's
 * fast path when it has one (lib/snapshot/parse-html.ts), and each build's fastest and median CPU ms per page (generated pages;
 * TIME_FIXTURES=1: fixture pages).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSiteScope } from '../lib/crawl/site-scope.ts';
import type { SnapshotInput } from '../lib/snapshot/build-snapshot.ts';
import type { PageSnapshot } from '../lib/snapshot/page-snapshot.ts';
import { renderPage, samplePaths } from './generated-site.ts';

type Build = (input: SnapshotInput) => PageSnapshot;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const baseDir = path.resolve(process.argv[2] ?? '');
const rounds = Number(process.argv[3] ?? 10);
const PAGES = 600;

async function buildOf(root: string): Promise<Build> {
  const mod = (await import(pathToFileURL(path.join(root, 'lib/snapshot/build-snapshot.ts')).href)) as { buildSnapshot: Build };
  return mod.buildSnapshot;
}

/** Every fixture file that holds HTML, whatever its name (`ita.php`, `news@page=2`, `index.html`). */
const NOT_HTML = /\.(?:json|md|txt|pdf|docx?|xlsx?|png|jpe?g|gif|css|js)$/i;
function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !NOT_HTML.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => /<(?:!doctype|html|head|body|div|meta|p|a|table)[\s>]/i.test(fs.readFileSync(f, 'utf8').slice(0, 4096)))
    .sort();
}

const input = (url: string, html: string): SnapshotInput => ({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 1, fetchedAt: '2026-12-05T00:00:00.000Z', site: createSiteScope(url) });

const base = 'http://127.0.0.1:8080';
const generated = samplePaths(PAGES).flatMap((p) => {
  const [pathname = '', search = ''] = p.split('?');
  const html = renderPage(PAGES, pathname, search ? `?${search}` : '');
  return html ? [{ name: `generated${p}`, url: base + p, html }] : [];
});
const fixtures = htmlFiles(path.join(ROOT, 'tests', 'fixtures')).map((f) => ({ name: path.relative(path.join(ROOT, 'tests', 'fixtures'), f), url: `https://site.example/${path.relative(ROOT, f)}`, html: fs.readFileSync(f, 'utf8') }));

const branch = await buildOf(ROOT);
const main = await buildOf(baseDir);

// Identity: each page twice through each build (the second time with the short-text memos warm), in a crawl's order.
const differ = new Map<string, string[]>();
let compared = 0;
for (let pass = 0; pass < 2; pass += 1) {
  for (const p of [...fixtures, ...generated]) {
    const a = JSON.stringify(main(input(p.url, p.html)));
    const b = JSON.stringify(branch(input(p.url, p.html)));
    compared += 1;
    if (a !== b) {
      const group = p.name.split(/[\\/]/)[0] ?? '';
      differ.set(group, [...(differ.get(group) ?? []), p.name]);
    }
  }
}
const groups = new Map<string, number>();
for (const p of [...fixtures, ...generated]) groups.set(p.name.split(/[\\/]/)[0] ?? '', (groups.get(p.name.split(/[\\/]/)[0] ?? '') ?? 0) + 1);
console.log(`identity: ${compared} snapshots compared (${fixtures.length} fixture pages, ${generated.length} generated pages, twice each)`);
for (const [g, n] of [...groups].sort()) console.log(`  ${g.padEnd(12)} ${String(n).padStart(4)} pages  ${differ.has(g) ? `DIFFER: ${(differ.get(g) ?? []).slice(0, process.env['SHOW_ALL'] ? 1000 : 5).join(', ')}` : 'identical'}`);
if (differ.size > 0) process.exitCode = 1;

// The share of pages this checkout parsed on its fast path (lib/snapshot/parse-html.ts), when it has one.
const statsFile = path.join(ROOT, 'lib/snapshot/parse-html.ts');
if (fs.existsSync(statsFile)) {
  const { parseStats } = (await import(pathToFileURL(statsFile).href)) as { parseStats: { fast: number; spec: number; reasons: Map<string, number> } };
  for (const [label, pages] of [['fixture', fixtures], ['generated', generated]] as const) {
    parseStats.fast = 0;
    parseStats.spec = 0;
    parseStats.reasons.clear();
    for (const p of pages) branch(input(p.url, p.html));
    const top = [...parseStats.reasons].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env['REASONS'] ?? 8));
    console.log(`fast path, ${label} pages: ${parseStats.fast} of ${parseStats.fast + parseStats.spec} (${((100 * parseStats.fast) / Math.max(1, parseStats.fast + parseStats.spec)).toFixed(1)} %); parse5 for: ${top.map(([r, n]) => `${r} ${n}`).join('; ')}`);
  }
}

// CPU per page (generated pages; fixture pages with TIME_FIXTURES=1), alternating which build goes first.
const timed = process.env['TIME_FIXTURES'] ? fixtures : generated;
const cpu = { main: [] as number[], branch: [] as number[] };
const timeOne = (build: Build): number => {
  const c0 = process.cpuUsage();
  for (const p of timed) build(input(p.url, p.html));
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / timed.length;
};
const t0 = performance.now();
for (let r = 0; r < rounds; r += 1) {
  if (r % 2 === 0) {
    cpu.main.push(timeOne(main));
    cpu.branch.push(timeOne(branch));
  } else {
    cpu.branch.push(timeOne(branch));
    cpu.main.push(timeOne(main));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fix = (n: number) => n.toFixed(3);
console.log(`snapshot CPU per ${process.env['TIME_FIXTURES'] ? 'fixture' : 'generated'} page, ${rounds} alternating rounds (${((performance.now() - t0) / 1000).toFixed(0)} s, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
console.log(`  main   fastest ${fix(Math.min(...cpu.main))} ms, median ${fix(median(cpu.main))} ms`);
console.log(`  branch fastest ${fix(Math.min(...cpu.branch))} ms, median ${fix(median(cpu.branch))} ms`);
console.log(`  branch ÷ main: fastest ${(Math.min(...cpu.branch) / Math.min(...cpu.main)).toFixed(3)}, median ${(median(cpu.branch) / median(cpu.main)).toFixed(3)}`);
