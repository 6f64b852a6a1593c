import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorker } from './crawl-cost.bench.ts';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
async function startServer(pages: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'bench/generated-site.ts'), String(pages), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => { let out = ''; child.stdout?.on('data', (d: Buffer) => { out += d.toString(); const m = /URL (\S+)/.exec(out); if (m?.[1]) resolve(m[1]); }); });
  return { url, child };
}
const sizes = (process.argv[2] ?? '500,2000,10000').split(',').map(Number);
const extra = process.argv.slice(3);
for (const n of sizes) {
  const { url, child } = await startServer(n);
  try { const r = await runWorker('auditor', url, 4, n, extra); console.log(n, JSON.stringify(r)); } finally { child.kill(); }
}
