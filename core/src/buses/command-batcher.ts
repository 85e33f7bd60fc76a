import { ConflictError, type RecordedEvent } from '@hms/sdk';
import type { Database } from '../database/database';
import { StreamVersionConflict } from '../event-store/stream-version-conflict';
import { executeBatch, Rebatch, type BatchDeps } from './command-batch';
import type { PendingCommand } from './pending-command';
import type { RequestedJob } from './requested-jobs';
import type { PendingDelivery } from '../notifications/notification-delivery-queue';

/** PostgreSQL's unique_violation: the store maps its own; a projection's or a handler's reaches the batcher. */
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}

/** How many times a command may run when the streams it read keep changing under it. */
const CONFLICT_ATTEMPTS = 5;

export interface BatcherOptions {
  /** Batches in flight at once, each on a connection of its own. */
  readonly lanes: number;
  /** Most commands one transaction takes. */
  readonly maxBatch: number;
}

/**
 * Group commit for commands. A command waits only while every lane is busy; whatever queued up meanwhile goes
 * into the next transaction together, so a lone command runs alone and at once, and under load many commands
 * share one transaction and one statement per kind of write. Each command still succeeds or fails on its own.
 */
export class CommandBatcher {
  private readonly queue: PendingCommand[] = [];
  private busyLanes = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly db: Database,
    private readonly deps: BatchDeps,
    private readonly options: BatcherOptions,
    private readonly onCommitted: (events: RecordedEvent[]) => void = () => undefined,
    /** Told the co-edited documents that committed commands sealed or unsealed. */
    private readonly onCollabChanged: (documentIds: readonly string[]) => void = () => undefined,
    /** Told the jobs committed commands asked for (`ctx.requestJob`), to queue them. */
    private readonly onJobsRequested: (jobs: readonly RequestedJob[]) => void = () => undefined,
    /** Told the notifications committed commands stored (`ctx.notify`), to queue their delivery. */
    private readonly onNotificationsStored: (deliveries: readonly PendingDelivery[]) => void = () => undefined,
  ) {}

  /** Resolves once every submitted command has been written or refused (shutdown waits for it). */
  drain(): Promise<void> {
    if (this.busyLanes === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  submit(command: PendingCommand): void {
    this.queue.push(command);
    this.pump();
  }

  private pump(): void {
    while (this.busyLanes < this.options.lanes && this.queue.length > 0) {
      const batch = this.takeBatch();
      this.busyLanes++;
      void this.runBatch(batch).finally(() => {
        this.busyLanes--;
        // Let the callers just answered resubmit first (their continuations run before setImmediate), so they
        // join the next transaction instead of waiting for the one after it.
        setImmediate(() => this.pump());
      });
    }
    if (this.busyLanes === 0 && this.queue.length === 0) this.idle.splice(0).forEach((resolve) => resolve());
  }

  /** The next commands in order; a second command with an id already in the batch waits for the next one. */
  private takeBatch(): PendingCommand[] {
    const batch: PendingCommand[] = [];
    const ids = new Set<string>();
    for (let i = 0; i < this.queue.length && batch.length < this.options.maxBatch;) {
      const command = this.queue[i]!;
      if (ids.has(command.meta.commandId)) {
        i++;
        continue;
      }
      ids.add(command.meta.commandId);
      batch.push(command);
      this.queue.splice(i, 1);
    }
    return batch;
  }

  private async runBatch(commands: PendingCommand[]): Promise<void> {
    let remaining = commands;
    while (remaining.length > 0) {
      try {
        const { results, recorded, collabChanged, jobs, deliveries } = await this.db.transaction((sql) =>
          executeBatch(sql, remaining, this.deps),
        );
        for (const result of results) {
          if ('output' in result) result.command.settle({ kind: 'done', result: result.output });
          else result.command.fail(result.error);
        }
        if (recorded.length > 0) this.onCommitted(recorded);
        if (collabChanged.length > 0) this.onCollabChanged(collabChanged);
        if (jobs.length > 0) this.onJobsRequested(jobs);
        if (deliveries.length > 0) this.onNotificationsStored(deliveries);
        return;
      } catch (error) {
        if (error instanceof Rebatch) {
          remaining = this.withoutSettled(remaining, error);
          continue;
        }
        if (remaining.length === 1) {
          const command = remaining[0]!;
          if (!isUniqueViolation(error)) return command.fail(error);
          // A read model's unique key (an identifier, a code) was claimed by a write that committed after this
          // handler checked: run it again, and its check now sees the holder and refuses in its own words.
          if (command.attempt < CONFLICT_ATTEMPTS) {
            command.attempt++;
            continue;
          }
          return command.fail(
            new ConflictError(
              'CONFLICTING_WRITE',
              {},
              {
                message: 'Another change claimed the same unique value at the same time; try again',
              },
            ),
          );
        }
        // Something failed the whole transaction: run each command alone to find out whose it was.
        for (const command of remaining) await this.runBatch([command]);
        return;
      }
    }
  }

  /**
   * Settles the commands a rebatch names and answers the ones to run again. A version conflict on a stream the
   * handler read means another writer got there first: the re-run reads its write and decides again (a taken slot
   * then answers SLOT_TAKEN, not a bare conflict). Under contention from other lanes or processes a re-run can lose
   * again, so it gets a few attempts, bounded so a hot stream cannot loop.
   */
  private withoutSettled(commands: PendingCommand[], rebatch: Rebatch): PendingCommand[] {
    const settled = new Set<PendingCommand>();
    for (const command of rebatch.duplicates) {
      command.settle({ kind: 'duplicate' });
      settled.add(command);
    }
    for (const { command, append } of rebatch.conflicts) {
      if (append.retryable && command.attempt < CONFLICT_ATTEMPTS) {
        command.attempt++;
        continue;
      }
      command.fail(new StreamVersionConflict(append.streamId, append.fromVersion, append.retryable));
      settled.add(command);
    }
    return commands.filter((c) => !settled.has(c));
  }
}
