/**
 * The evaluation corpus: audits every fixture site in tests/fixtures/eval/ with the real CLI (in-process) and
 * compares each item's status with the site's expected.json (ground truth written by hand).
 * Run: `npm run eval` (optionally followed by site names; `--corpus holdout` audits tests/fixtures/holdout/ instead).
 * Exit code 1 when a false pass, a state-changing request, a failed month check or an audit error occurs, or
 * accuracy is below 0.95.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../lib/cli/main.ts';
import { formatCorpus } from '../lib/eval/format-corpus.ts';
import { runCorpus, type CorpusDeps } from '../lib/eval/run-corpus.ts';
import { serveSite } from '../tests/support/site-server.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
export const EVAL_ROOT = path.join(FIXTURES, 'eval');
export const ACCURACY_BAR = 0.95;

/** Node implementations of the runner's dependencies; `tmp` is a scratch folder the caller removes. */
export function nodeCorpusDeps(tmp: string, root = EVAL_ROOT): CorpusDeps {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  return {
    async listSites() {
      const names: string[] = [];
      for (const name of await readdir(root)) {
        try {
          if ((await stat(path.join(root, name, 'expected.json'))).isFile()) names.push(name);
        } catch {
          // a folder without expected.json is not a site
        }
      }
      return names;
    },
    readExpected: (site) => readFile(path.join(root, site, 'expected.json'), 'utf8'),
    serve: (site) => serveSite(path.join(root, site)),
    runCli: (argv) => main(argv, { stdout: sink, stderr: sink }),
    readText: (p) => readFile(p, 'utf8'),
    tempPath: (site, name) => path.join(tmp, `${site}-${name}`),
  };
}

/** Splits `--corpus NAME` / `--corpus=NAME` (a folder under tests/fixtures/) from the site names. */
export function parseEvalArgs(argv: readonly string[]): { root: string; sites: string[] } {
  let root = EVAL_ROOT;
  const sites: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--corpus' && !arg.startsWith('--corpus=')) {
      sites.push(arg);
      continue;
    }
    const name = arg === '--corpus' ? (argv[++i] ?? '') : arg.slice('--corpus='.length);
    if (!/^[\w-]+$/.test(name)) throw new Error(`--corpus: expected a folder name under tests/fixtures/, got "${name}"`);
    root = path.join(FIXTURES, name);
  }
  return { root, sites };
}

async function run(): Promise<number> {
  const { root, sites } = parseEvalArgs(process.argv.slice(2));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-eval-'));
  try {
    const result = await runCorpus(nodeCorpusDeps(tmp, root), sites);
    console.log(formatCorpus(result));
    const bad = result.score.falsePasses.length > 0 || result.forbidden.length > 0 || result.monthFailures.length > 0
      || result.errors.length > 0 || result.score.accuracy < ACCURACY_BAR;
    return bad ? 1 : 0;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run();
