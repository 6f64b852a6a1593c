import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
  async appendFile(p: string, text: string): Promise<void> {
    try {
      await appendFile(p, text, 'utf8');
    } catch (e) {
      // The folder is made on first use only (a checkpoint appends once per page).
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      await mkdir(path.dirname(p), { recursive: true });
      await appendFile(p, text, 'utf8');
    }
  },
  async removeFile(p: string): Promise<void> {
    await rm(p, { force: true });
  },
};
