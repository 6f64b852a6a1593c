/**
 * The process entry of the command line (bin/oit-audit.mjs loads it, bundled or through tsx): the CLI's heap
 * setting, the stream and Ctrl-C guards, then `main`. Returns the exit code.
 */
import { limitHeapGrowth } from './heap-growth.ts';
import { main } from './main.ts';
import { interruptMessage, quietOnEpipe } from './process-guards.ts';

export async function runCli(argv: string[]): Promise<number> {
  // Before any crawl: the old generation grows by half, not 4×, between full collections (heap-growth.ts).
  limitHeapGrowth();
  quietOnEpipe(process.stdout, process.stderr, (code) => process.exit(code));
  process.once('SIGINT', () => {
    process.stderr.write(interruptMessage(argv));
    process.exit(130);
  });
  return main(argv);
}
