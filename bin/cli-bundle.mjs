// The command line's start-up: compiling ~130 TypeScript modules through tsx on every start took 2–4 s
// (`oit-audit --help`). Instead the CLI is bundled once with esbuild (a dependency of tsx, wxt and vite), with
// the packages it uses, into node_modules/.cache/oit-audit/<checkout>/cli.mjs (one file: no module resolution at start),
// and bundled again when any of our files that went into it (esbuild's metafile lists them), package.json or
// package-lock.json is newer than the bundle; `npm ci` empties node_modules, cache included. When esbuild or
// the cache folder is unusable the caller falls back to tsx.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = path.join(ROOT, 'lib', 'cli', 'entry.ts');
// One folder per checkout: a copy that links another checkout's node_modules (.ci/run) keeps its own bundle.
export const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'oit-audit', createHash('sha256').update(ROOT).digest('hex').slice(0, 12));
export const BUNDLE = path.join(CACHE_DIR, 'cli.mjs');
const META = path.join(CACHE_DIR, 'cli.inputs.json');

/**
 * True when `meta` (what buildCliBundle recorded: the build's start time and its input files) says the bundle
 * is current: every input still exists and none was modified at or after the build started.
 * `mtimeOf` returns a file's modification time in ms, or undefined when it is gone.
 */
export function bundleIsFresh(meta, mtimeOf) {
  if (!meta || typeof meta.builtAt !== 'number' || !Array.isArray(meta.inputs) || meta.inputs.length === 0) return false;
  for (const file of meta.inputs) {
    const m = typeof file === 'string' ? mtimeOf(path.resolve(ROOT, file)) : undefined;
    if (m === undefined || m >= meta.builtAt) return false;
  }
  return true;
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function readMeta() {
  try {
    return JSON.parse(fs.readFileSync(META, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The CLI uses only cheerio's `load` (and types). cheerio's main entry also loads what its fromURL/loadBuffer
 * need (undici, iconv-lite: 0.6 of the bundle's 2.8 MB and ≈ 0.2 s of each start), so the bundle takes
 * `load` from the module that defines it, the same parser. A use of another cheerio export fails the build
 * (the caller then falls back to tsx, and tests/cli/cli-bundle.test.ts fails).
 */
const cheerioLoadOnly = {
  name: 'cheerio-load-only',
  setup(b) {
    b.onResolve({ filter: /^cheerio$/ }, (args) => (args.kind === 'import-statement' ? { path: path.join(ROOT, 'node_modules', 'cheerio', 'dist', 'esm', 'load-parse.js') } : undefined));
  },
};

/** esbuild's options for the CLI bundle, without the output file. */
export function bundleOptions() {
  return {
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // playwright-core is large and loaded only for --render (a dynamic import).
    external: ['playwright-core'],
    // Packages written as CommonJS require Node's built-in modules.
    banner: { js: "import { createRequire as __oitCreateRequire } from 'node:module'; const require = __oitCreateRequire(import.meta.url);" },
    plugins: [cheerioLoadOnly],
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  };
}

/** Bundles lib/cli/entry.ts with its packages (playwright-core stays an import); written atomically beside its input list. */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  // A millisecond before the start, so a file saved while esbuild reads it counts as newer.
  const builtAt = Date.now() - 1;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await build({ ...bundleOptions(), outfile: tmp });
  // Our inputs plus the files that decide what is bundled and how; packages change only with package-lock.json.
  const ours = Object.keys(result.metafile.inputs).filter((f) => !f.split(/[\\/]/).includes('node_modules'));
  const inputs = [...ours, 'tsconfig.json', 'package.json', 'package-lock.json', 'bin/cli-bundle.mjs'];
  fs.renameSync(tmp, BUNDLE);
  const metaTmp = `${META}.${process.pid}.tmp`;
  fs.writeFileSync(metaTmp, JSON.stringify({ builtAt, inputs }));
  fs.renameSync(metaTmp, META);
}

/**
 * The URL of a current CLI bundle, building it first when it is missing or stale; undefined when it cannot be
 * built here (no esbuild, a read-only checkout), with OIT_AUDIT_TSX=1, or when the bundle is not there after a build.
 */
export async function cliBundleUrl() {
  if (process.env.OIT_AUDIT_TSX === '1') return undefined;
  if (!bundleIsFresh(readMeta(), mtimeOf)) {
    try {
      await buildCliBundle();
    } catch {
      return undefined;
    }
  }
  return fs.existsSync(BUNDLE) ? pathToFileURL(BUNDLE).href : undefined;
}
