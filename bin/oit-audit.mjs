#!/usr/bin/env node
// The command-line host of OIT Audit: `npx oit-audit <url> [options]` from a checkout.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
const { interruptMessage, quietOnEpipe } = await import('../lib/cli/process-guards.ts');
const argv = process.argv.slice(2);
quietOnEpipe(process.stdout, process.stderr, (code) => process.exit(code));
process.once('SIGINT', () => {
  process.stderr.write(interruptMessage(argv));
  process.exit(130);
});
process.exitCode = await main(argv);
