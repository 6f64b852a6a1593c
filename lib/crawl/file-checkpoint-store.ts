import {
  type CheckpointMeta,
  type CheckpointStore,
  type CrawlCheckpoint,
  CheckpointError,
  parseJson,
  parseMeta,
  parsePage,
} from './checkpoint.ts';

/** The file operations the store needs; the CLI passes node:fs/promises wrapped to this shape. */
export interface CheckpointFs {
  /** The file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>;
  writeFile(path: string, text: string): Promise<void>;
  /** Optional: delete a file (missing files are not an error). Without it, clear() empties the files. */
  removeFile?(path: string): Promise<void>;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A file-name-safe stem for a checkpoint key. */
export function checkpointFileStem(key: string): string {
  const readable = key.replace(/[^a-zA-Z0-9._-]+/g, '_').slice(0, 80);
  return `${readable}-${fnv1a(key)}`;
}

/**
 * Stores a checkpoint as `<dir>/<stem>.json` (frontier, counters, failures …) plus one
 * `<dir>/<stem>.page-N.json` per snapshot, so a save after each page writes one new snapshot,
 * not all of them. `location` is a directory, or a function giving the main file's path for a
 * key (snapshots then go next to it: `x.json` → `x.page-N.json`).
 */
export function createFileCheckpointStore(fs: CheckpointFs, location: string | ((key: string) => string)): CheckpointStore {
  const metaPath = (key: string): string =>
    typeof location === 'string' ? `${location.replace(/\/+$/, '')}/${checkpointFileStem(key)}.json` : location(key);
  const pagePath = (key: string, i: number): string => `${metaPath(key).replace(/\.json$/i, '')}.page-${i}.json`;
  /** Reads a file; a missing file (null, or a thrown ENOENT from node:fs) is null. */
  async function read(path: string): Promise<string | null> {
    try {
      const text: unknown = await fs.readFile(path);
      return text === null || text === undefined ? null : String(text);
    } catch (error) {
      if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    }
  }
  /** Snapshots already on disk per key (valid while this store object lives). */
  const written = new Map<string, number>();

  async function readMeta(key: string): Promise<CheckpointMeta | null> {
    const text = await read(metaPath(key));
    if (text === null || text.trim() === '') return null;
    return parseMeta(key, parseJson(key, text));
  }

  return {
    async load(key) {
      const meta = await readMeta(key);
      if (meta === null) return null;
      const pages: CrawlCheckpoint['pages'] = [];
      for (let i = 0; i < meta.pageCount; i += 1) {
        const text = await read(pagePath(key, i));
        if (text === null) throw new CheckpointError(key, `page file ${pagePath(key, i)} is missing`);
        pages.push(parsePage(key, i, parseJson(key, text, `page file ${i}`)));
      }
      written.set(key, meta.pageCount);
      const { pageCount: _pageCount, ...rest } = meta;
      return { ...rest, pages };
    },
    async save(key, checkpoint) {
      const already = Math.min(written.get(key) ?? 0, checkpoint.pages.length);
      for (let i = already; i < checkpoint.pages.length; i += 1) {
        await fs.writeFile(pagePath(key, i), JSON.stringify(checkpoint.pages[i]));
      }
      written.set(key, checkpoint.pages.length);
      const { pages, ...rest } = checkpoint;
      const meta: CheckpointMeta = { ...rest, pageCount: pages.length };
      // The meta file is written last: a crash between writes leaves a consistent older checkpoint.
      await fs.writeFile(metaPath(key), JSON.stringify(meta));
    },
    async clear(key) {
      let count = written.get(key) ?? 0;
      if (count === 0) {
        try {
          count = (await readMeta(key))?.pageCount ?? 0;
        } catch {
          count = 0;
        }
      }
      if (fs.removeFile) {
        await fs.removeFile(metaPath(key));
        for (let i = 0; i < count; i += 1) await fs.removeFile(pagePath(key, i));
      } else {
        await fs.writeFile(metaPath(key), '');
      }
      written.delete(key);
    },
  };
}
