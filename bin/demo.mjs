#!/usr/bin/env node
// npm run demo: serve the bundled demo อบต. site on 127.0.0.1, audit it with the command-line entry,
// print the text report and write the JSON report to reports/demo-report.json.
import { register } from 'tsx/esm/api';

register();
const { runDemo } = await import('../tests/support/run-demo.ts');
process.exitCode = await runDemo();
