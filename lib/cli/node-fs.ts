import { appendFileSync, mkdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './safe-files.ts';

/**
 * Appends at once (synchronously), making the folder on first use; `owner` makes a new file 0600 in a new folder
 * 0700. A checkpoint appends once per page or few: written at once, a journal line and the spilled pages' bytes it
 * holds die young. With `fs.promises.appendFile` (open, write, close: three trips through the thread pool, each
 * waiting behind the pages' CPU work) a line gathered 12–30 pages, whose bytes lived long enough to reach V8's old
 * generation and were freed only at its next full collection. A write of a few dozen KB to the page cache takes
 * microseconds, as the page spill's does (spill-file.ts).
 */
function appendNow(p: string, data: string | Uint8Array, owner = false): void {
  const options = { encoding: 'utf8' as const, ...(owner ? { mode: 0o600 } : {}) };
  try {
    appendFileSync(p, data, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(path.dirname(p), { recursive: true, ...(owner ? { mode: 0o700 } : {}) });
    appendFileSync(p, data, options);
  }
}

/** The file operations the CLI needs, over node:fs; a missing file reads as null. */
export const nodeFs = {
  async readFile(p: string): Promise<string | null> {
    try {
      return await readFile(p, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  },
  async writeFile(p: string, text: string): Promise<void> {
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, text, 'utf8');
  },
  async appendFile(p: string, text: string | Uint8Array): Promise<void> {
    appendNow(p, text);
  },
  async removeFile(p: string): Promise<void> {
    await rm(p, { force: true });
  },
};

/** nodeFs for checkpoints: each file written atomically (or appended to) and readable by its owner only (0600). */
export const privateFs = {
  ...nodeFs,
  async writeFile(p: string, text: string): Promise<void> {
    await writeFileAtomic(p, text, 0o600);
  },
  /** A journal line appended to a file created owner-only (0600), in a folder made owner-only (0700). */
  async appendFile(p: string, text: string | Uint8Array): Promise<void> {
    appendNow(p, text, true);
  },
};
