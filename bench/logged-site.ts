/**
 * The generated site (bench/generated-site.ts) served by a process of its own that prints one line per
 * request on stdout, `HIT <epoch ms> <method> <path?query> <in flight>`, so a benchmark can count (and replay)
 * the requests any crawler made, whatever its process, and see how many it had open at once: `<in flight>` is
 * the number of requests the server had received and not yet finished answering, this one included.
 * First line: `URL <base url>`.
 * Run: `node bin/run-ts.mjs bench/logged-site.ts <pages> <latencyMs>`.
 */
import { serveGeneratedSite } from './generated-site.ts';

const { server, url } = await serveGeneratedSite(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 0));
let inFlight = 0;
server.on('request', (req, res) => {
  inFlight += 1;
  res.once('close', () => {
    inFlight -= 1;
  });
  process.stdout.write(`HIT ${Date.now()} ${req.method ?? 'GET'} ${req.url ?? '/'} ${inFlight}\n`);
});
console.log(`URL ${url}`);
