/**
 * The generated site (bench/generated-site.ts) served by a process of its own that prints one line per
 * request on stdout, `HIT <epoch ms> <method> <path?query>`, so a benchmark can count (and replay) the
 * requests any crawler made, whatever its process. First line: `URL <base url>`.
 * Run: `node bin/run-ts.mjs bench/logged-site.ts <pages> <latencyMs>`.
 */
import { serveGeneratedSite } from './generated-site.ts';

const { server, url } = await serveGeneratedSite(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 0));
server.on('request', (req) => {
  process.stdout.write(`HIT ${Date.now()} ${req.method ?? 'GET'} ${req.url ?? '/'}\n`);
});
console.log(`URL ${url}`);
