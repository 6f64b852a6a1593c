import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  async appendFile(p: string, text: string | Uint8Array): Promise<void> {
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

/** nodeFs for checkpoints: each file written atomically (or appended to) and readable by its owner only (0600). */
export const privateFs = {
  ...nodeFs,
  async writeFile(p: string, text: string): Promise<void> {
    await writeFileAtomic(p, text, 0o600);
  },
  /** A journal line appended to a file created owner-only (0600), in a folder made owner-only (0700). */
  async appendFile(p: string, text: string | Uint8Array): Promise<void> {
    try {
      await appendFile(p, text, { encoding: 'utf8', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      await mkdir(path.dirname(p), { recursive: true, mode: 0o700 });
      await appendFile(p, text, { encoding: 'utf8', mode: 0o600 });
    }
  },
};
