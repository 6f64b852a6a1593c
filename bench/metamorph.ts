/**
 * Metamorphic robustness: audits a corpus as it is and again with every HTML page rewritten by a transform of
 * lib/eval/metamorph.ts (the same content written the way another real site writes it), and prints each item
 * whose status moved. Every move is a brittleness of the checker, or a transform that was not neutral.
 * Run: `node bin/run-ts.mjs bench/metamorph.ts --corpus real7 --transform thai-digits` (`--transform all` for
 * every transform; site names may follow). Pages whose declared charset is not UTF-8, or whose bytes are not
 * valid UTF-8, are left as they are and counted.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nodeCorpusDeps, parseEvalArgs } from './eval.ts';
import { runCorpus, type CorpusResult } from '../lib/eval/run-corpus.ts';
import { TRANSFORMS, type Transform } from '../lib/eval/metamorph.ts';

const HTML_EXT = new Set(['', '.html', '.htm']);
const NOT_SITE_FILES = new Set(['expected.json', '_site.json', 'SOURCE.md']);

export interface RewriteCount {
  rewritten: number;
  unchanged: number;
  skippedCharset: string[];
}

/** How the fixture server would type this file: _site.json contentType first, then the extension. */
function servedAsHtml(rel: string, contentType: Record<string, string>): boolean {
  const pathname = `/${rel.split('@')[0]!.split(path.sep).join('/')}`;
  const declared = contentType[pathname] ?? contentType[`/${rel.split(path.sep).join('/')}`];
  if (declared) return /text\/html/i.test(declared);
  return HTML_EXT.has(path.extname(rel.split('@')[0]!).toLowerCase());
}

function declaredCharset(html: string, contentType: string | undefined): string | null {
  const fromHeader = contentType && /charset=([\w-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(html.slice(0, 4096))?.[1]?.toLowerCase() ?? null;
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, base)));
    else out.push(path.relative(base, full));
  }
  return out;
}

/** Rewrites every HTML page of one site folder in place with `transform`. */
export async function rewriteSite(siteDir: string, transform: Transform): Promise<RewriteCount> {
  let contentType: Record<string, string> = {};
  try {
    contentType = (JSON.parse(await readFile(path.join(siteDir, '_site.json'), 'utf8')) as { contentType?: Record<string, string> }).contentType ?? {};
  } catch {
    // no _site.json
  }
  const count: RewriteCount = { rewritten: 0, unchanged: 0, skippedCharset: [] };
  for (const rel of await walk(siteDir)) {
    if (NOT_SITE_FILES.has(rel) || !servedAsHtml(rel, contentType)) continue;
    const file = path.join(siteDir, rel);
    const bytes = await readFile(file);
    let html: string;
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      count.skippedCharset.push(`${rel} (not valid UTF-8)`);
      continue;
    }
    const charset = declaredCharset(html, contentType[`/${rel}`]);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      count.skippedCharset.push(`${rel} (${charset})`);
      continue;
    }
    const out = transform.apply(html);
    if (out === html) count.unchanged++;
    else {
      count.rewritten++;
      await writeFile(file, out, 'utf8');
    }
  }
  return count;
}

export interface Move {
  site: string;
  item: string;
  expected: string;
  before: string;
  after: string;
}

export function movedItems(before: CorpusResult, after: CorpusResult): Move[] {
  const was = new Map(before.sites.flatMap((s) => s.outcomes.map((o) => [`${o.site} ${o.item}`, o.got] as const)));
  return after.sites.flatMap((s) =>
    s.outcomes
      .filter((o) => was.get(`${o.site} ${o.item}`) !== o.got)
      .map((o) => ({ site: o.site, item: o.item, expected: o.expected, before: was.get(`${o.site} ${o.item}`) ?? 'absent', after: o.got })),
  );
}

async function auditCopy(root: string, sites: string[], transform: Transform | null): Promise<{ result: CorpusResult; count: RewriteCount }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-metamorph-'));
  try {
    const copy = path.join(tmp, 'corpus');
    await cp(root, copy, { recursive: true });
    const count: RewriteCount = { rewritten: 0, unchanged: 0, skippedCharset: [] };
    if (transform) {
      for (const e of await readdir(copy, { withFileTypes: true })) {
        if (!e.isDirectory() || (sites.length > 0 && !sites.includes(e.name))) continue;
        const c = await rewriteSite(path.join(copy, e.name), transform);
        count.rewritten += c.rewritten;
        count.unchanged += c.unchanged;
        count.skippedCharset.push(...c.skippedCharset.map((s) => `${e.name}/${s}`));
      }
    }
    const result = await runCorpus(nodeCorpusDeps(tmp, copy), sites);
    return { result, count };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** One line per moved item: site, item, before → after, expected, and whether a false pass appeared or went. */
export function formatMove(m: Move): string {
  const fp = (s: string) => s === 'pass' && m.expected !== 'pass';
  const flag = fp(m.after) ? '  NEW FALSE PASS' : fp(m.before) ? '  (false pass gone)' : m.after === m.expected ? '  (now right)' : m.before === m.expected ? '  (now wrong)' : '';
  return `   ${m.site.padEnd(36)} ${m.item.padEnd(5)} ${m.before} → ${m.after}   expected ${m.expected}${flag}`;
}

async function run(): Promise<number> {
  const argv = process.argv.slice(2);
  const tIdx = argv.findIndex((a) => a === '--transform' || a.startsWith('--transform='));
  let which = 'all';
  if (tIdx >= 0) {
    const arg = argv[tIdx]!;
    which = arg === '--transform' ? (argv[tIdx + 1] ?? '') : arg.slice('--transform='.length);
    argv.splice(tIdx, arg === '--transform' ? 2 : 1);
  }
  const chosen = which === 'all' ? TRANSFORMS : TRANSFORMS.filter((t) => which.split(',').includes(t.name));
  if (chosen.length === 0) throw new Error(`--transform: one of ${TRANSFORMS.map((t) => t.name).join(', ')} or all`);
  const { root, sites } = parseEvalArgs(argv);
  const corpus = path.basename(root);
  const base = await auditCopy(root, sites, null);
  const baseWrong = base.result.score.falsePasses.length;
  console.log(`== ${corpus} untransformed: ${base.result.score.correct}/${base.result.score.total} right, ${baseWrong} false passes`);
  let bad = 0;
  for (const t of chosen) {
    const { result, count } = await auditCopy(root, sites, t);
    const moves = movedItems(base.result, result);
    const newFp = moves.filter((m) => m.after === 'pass' && m.expected !== 'pass').length;
    const lost = moves.filter((m) => m.before === m.expected).length;
    bad += moves.length;
    console.log(`-- ${t.name.padEnd(13)} ${corpus.padEnd(8)} moved ${moves.length}, lost ${lost}, new false passes ${newFp}, pages rewritten ${count.rewritten} (${count.unchanged} unchanged)${count.skippedCharset.length ? `, skipped ${count.skippedCharset.length}: ${count.skippedCharset.join('; ')}` : ''}${result.errors.length ? `, errors: ${result.errors.map((e) => `${e.site}: ${e.error}`).join('; ')}` : ''}`);
    for (const m of moves) console.log(formatMove(m));
  }
  return bad > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run();
