import type { Logger } from 'pino';
import type { Database } from '../database/database';
import { collabStore } from './collab-store';

/**
 * Merges documents' updates into their snapshots in the background, one document at a time, so compaction
 * never takes more than one connection from the pool that persists live updates.
 */
export class CollabCompactor {
  private readonly waiting = new Set<string>();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
  ) {}

  request(documentId: string): void {
    if (this.stopped) return;
    this.waiting.add(documentId);
    this.running ??= this.run();
  }

  /** Finishes the compaction under way and drops the rest (they are asked for again when updates pile up). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting.clear();
    await this.running;
  }

  private async run(): Promise<void> {
    try {
      // The loop's last check and the reset below run without a pause, so no request can slip between them.
      while (this.waiting.size > 0) {
        const documentId = this.waiting.values().next().value as string;
        this.waiting.delete(documentId);
        try {
          const merged = await collabStore.compact(this.db, documentId);
          this.log.debug({ documentId, merged }, 'Compacted a collaborative document');
        } catch (err) {
          this.log.error({ err, documentId }, 'Compacting a collaborative document failed');
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
