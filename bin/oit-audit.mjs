#!/usr/bin/env node
// The command-line host of OIT Audit: `npx oit-audit <url> [options]` from a checkout.
import { register } from 'tsx/esm/api';

register();
// Before any crawl: the old generation grows by half, not 4×, between full collections (lib/cli/heap-growth.ts).
const { limitHeapGrowth } = await import('../lib/cli/heap-growth.ts');
limitHeapGrowth();
const { main } = await import('../lib/cli/main.ts');
const { interruptMessage, quietOnEpipe } = await import('../lib/cli/process-guards.ts');
const argv = process.argv.slice(2);
quietOnEpipe(process.stdout, process.stderr, (code) => process.exit(code));
process.once('SIGINT', () => {
  process.stderr.write(interruptMessage(argv));
  process.exit(130);
});
process.exitCode = await main(argv);
