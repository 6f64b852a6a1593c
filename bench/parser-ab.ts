/**
 * The HTML parser, measured: snapshots of this checkout (cheerio's default parser, parse5) against a copy whose
 * `loadBoundedHtml` parses with htmlparser2, in one process: which snapshots differ and in which fields, then parse and
 * snapshot CPU per page of each. Make the copy with
 *   git archive main | tar -x -C DIR && ln -s $PWD/node_modules DIR/node_modules &&
 *   sed -i 's/load(flattenDeepSource(html))/load(flattenDeepSource(html), { xml: { xmlMode: false, decodeEntities: true } })/' DIR/lib/snapshot/bounded-dom.ts
 * Run: node bin/run-ts.mjs bench/parser-ab.ts DIR   (SHOW=<fixture path> prints that page's differing fields)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { createSiteScope } from '../lib/crawl/site-scope.ts';
import type { SnapshotInput } from '../lib/snapshot/build-snapshot.ts';
import type { PageSnapshot } from '../lib/snapshot/page-snapshot.ts';
import { renderPage, samplePaths } from './generated-site.ts';
type Build = (input: SnapshotInput) => PageSnapshot;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const other = path.resolve(process.argv[2] ?? '');
const NOT_HTML = /\.(?:json|md|txt|pdf|docx?|xlsx?|png|jpe?g|gif|css|js)$/i;
function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && !NOT_HTML.test(e.name)).map((e) => path.join(e.parentPath, e.name))
    .filter((f) => /<(?:!doctype|html|head|body|div|meta|p|a|table)[\s>]/i.test(fs.readFileSync(f, 'utf8').slice(0, 4096))).sort();
}
const input = (url: string, html: string): SnapshotInput => ({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 1, fetchedAt: '2026-12-05T00:00:00.000Z', site: createSiteScope(url) });
const base = 'http://127.0.0.1:8080';
const generated = samplePaths(600).flatMap((p) => { const [pn = '', s = ''] = p.split('?'); const html = renderPage(600, pn, s ? `?${s}` : ''); return html ? [{ name: `generated${p}`, url: base + p, html }] : []; });
const fixtures = htmlFiles(path.join(ROOT, 'tests', 'fixtures')).map((f) => ({ name: path.relative(path.join(ROOT, 'tests', 'fixtures'), f), url: `https://site.example/${path.relative(ROOT, f)}`, html: fs.readFileSync(f, 'utf8') }));
const p5 = ((await import(pathToFileURL(path.join(ROOT, 'lib/snapshot/build-snapshot.ts')).href)) as { buildSnapshot: Build }).buildSnapshot;
const h2 = ((await import(pathToFileURL(path.join(other, 'lib/snapshot/build-snapshot.ts')).href)) as { buildSnapshot: Build }).buildSnapshot;
const fieldCount = new Map<string, number>();
const examples: string[] = [];
let differ = 0;
const pages = [...fixtures, ...generated];
for (const p of pages) {
  const a = p5(input(p.url, p.html)) as unknown as Record<string, unknown>;
  const b = h2(input(p.url, p.html)) as unknown as Record<string, unknown>;
  const fields = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (fields.length === 0) continue;
  differ += 1;
  for (const f of fields) fieldCount.set(f, (fieldCount.get(f) ?? 0) + 1);
  examples.push(`${p.name}: ${fields.join(',')}`);
  if (process.env.SHOW === p.name) for (const f of fields) console.log(f, '\n  p5:', JSON.stringify(a[f]).slice(0, 1500), '\n  h2:', JSON.stringify(b[f]).slice(0, 1500));
}
console.log(`${differ} of ${pages.length} snapshots differ (${fixtures.length} fixture, ${generated.length} generated)`);
console.log([...fieldCount].sort((x, y) => y[1] - x[1]).map(([f, n]) => `${f}:${n}`).join(' '));
for (const e of examples) console.log(`  ${e}`);
// CPU: parse alone and whole snapshot, each parser, alternating rounds over generated pages and fixtures.
const cpu = (fn: () => void): number => { const c0 = process.cpuUsage(); fn(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
const res: Record<string, number[]> = { p5parse: [], h2parse: [], p5snap: [], h2snap: [] };
for (let r = 0; r < 6; r++) {
  res.p5parse!.push(cpu(() => { for (const p of generated) load(p.html); }) / generated.length);
  res.h2parse!.push(cpu(() => { for (const p of generated) load(p.html, { xml: { xmlMode: false, decodeEntities: true } }); }) / generated.length);
  res.p5snap!.push(cpu(() => { for (const p of generated) p5(input(p.url, p.html)); }) / generated.length);
  res.h2snap!.push(cpu(() => { for (const p of generated) h2(input(p.url, p.html)); }) / generated.length);
}
const fx: Record<string, number[]> = { p5: [], h2: [] };
for (let r = 0; r < 2; r++) { fx.p5!.push(cpu(() => { for (const p of fixtures) p5(input(p.url, p.html)); }) / fixtures.length); fx.h2!.push(cpu(() => { for (const p of fixtures) h2(input(p.url, p.html)); }) / fixtures.length); }
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const [k, v] of Object.entries(res)) console.log(`${k.padEnd(8)} generated: fastest ${Math.min(...v).toFixed(3)} median ${med(v).toFixed(3)} ms/page`);
for (const [k, v] of Object.entries(fx)) console.log(`${k} snapshot fixtures: fastest ${Math.min(...v).toFixed(3)} ms/page`);
console.log(`load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
