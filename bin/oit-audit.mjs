#!/usr/bin/env node
// The command-line host of OIT Audit: `npx oit-audit <url> [options]` from a checkout.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
