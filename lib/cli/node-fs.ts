import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './safe-files.ts';

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
  async removeFile(p: string): Promise<void> {
    await rm(p, { force: true });
  },
};

/** nodeFs for checkpoints: each file written atomically and readable by its owner only (0600). */
export const privateFs = {
  ...nodeFs,
  async writeFile(p: string, text: string): Promise<void> {
    await writeFileAtomic(p, text, 0o600);
  },
};
