#!/usr/bin/env node
// The command-line host of OIT Audit: `npx oit-audit <url> [options]` from a checkout.
// Runs the CLI bundled by esbuild (bin/cli-bundle.mjs: built on first use and whenever a source changed);
// when that cannot be built, compiles the TypeScript on the fly with tsx.
import { cliBundleUrl } from './cli-bundle.mjs';

const argv = process.argv.slice(2);
const bundle = await cliBundleUrl();
let runCli;
if (bundle) {
  ({ runCli } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../lib/cli/entry.ts'));
}
process.exitCode = await runCli(argv);
