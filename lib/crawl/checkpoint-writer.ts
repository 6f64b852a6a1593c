import type { CheckpointStore, CrawlCheckpoint } from './checkpoint.ts';

/**
 * Saves checkpoints one after another (never two writes at once). The first failed save leaves
 * a note that the audit cannot be resumed; the crawl goes on. Without a store it does nothing
 * (and does not build the checkpoint).
 */
export function createCheckpointWriter(store: CheckpointStore | undefined, key: string, notes: string[], checkpoint: () => CrawlCheckpoint): () => Promise<void> {
  let saving: Promise<void> = Promise.resolve();
  let saveFailed = false;
  return (): Promise<void> => {
    if (!store) return Promise.resolve();
    const cp = checkpoint();
    saving = saving
      .then(() => store.save(key, cp))
      .catch((error: unknown) => {
        if (!saveFailed) notes.push(`checkpoint could not be saved (${error instanceof Error ? error.message : String(error)}); this audit cannot be resumed`);
        saveFailed = true;
      });
    return saving;
  };
}
