import { HmsError, VERSION_CONFLICT, type ReactionDefinition } from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { advanceCheckpoint, readCheckpoint } from '../projections/checkpoints';
import { StoreFollower } from '../projections/store-follower';
import { reactionCommandId } from './reaction-command-id';

const BATCH_SIZE = 100;

/** Sends one command of a reaction through the kernel as the plugin's system actor. */
export type ReactionExecute = (plugin: string, type: string, data: unknown, commandId: string) => Promise<unknown>;

/** A reaction with the plugin that declared it. */
export interface PluginReaction {
  readonly plugin: string;
  readonly reaction: ReactionDefinition;
}

/** Why a reaction's command was skipped: ids and codes only (the log never carries patient data). */
export interface ReactionRejection {
  readonly reaction: string;
  readonly position: string;
  readonly commandType: string;
  readonly commandId: string;
  readonly code: string;
  readonly status: number;
}

export interface ReactionRunnerOptions {
  readonly pollMs?: number;
  readonly onRejected?: (rejection: ReactionRejection) => void;
  readonly onError?: (reaction: string, error: unknown) => void;
}

/**
 * Follows the store for the plugins' reactions, like the async projector does for projections (same checkpoint
 * table, names prefixed `reaction:`, same read horizon). The commands run in their own transactions through the
 * kernel, so no transaction is held open meanwhile (the embedded database has one connection); the checkpoint
 * moves after them. A crash in between re-runs those events, and the derived command ids make that a replay.
 */
export class ReactionRunner {
  private readonly follower: StoreFollower;

  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly reactions: readonly PluginReaction[],
    private readonly clock: Clock,
    private readonly execute: ReactionExecute,
    private readonly options: ReactionRunnerOptions = {},
  ) {
    const tasks = reactions.map((entry) => ({
      name: entry.reaction.name,
      checkpoint: reactionCheckpoint(entry.reaction),
      types: entry.reaction.handles.map((h) => h.type),
      runBatch: () => this.runBatch(entry),
    }));
    // The checkpoint stayed before a failing event: it is tried again on the next round.
    const onError = (reaction: string, error: unknown) => options.onError?.(reaction, error);
    this.follower = new StoreFollower(db, tasks, { batchSize: BATCH_SIZE, pollMs: options.pollMs ?? 500, onError });
  }

  /** Handles at most one batch of one reaction's events; answers how many events it got through. */
  async runBatch({ plugin, reaction }: PluginReaction): Promise<number> {
    const checkpoint = reactionCheckpoint(reaction);
    const after = await readCheckpoint(this.db, checkpoint);
    const events = await this.store.readAll(this.db, {
      after,
      limit: BATCH_SIZE,
      types: reaction.handles.map((h) => h.type),
    });
    for (const { event, cursor } of events) {
      const commands = await reaction.react(event, { sql: this.db, now: this.clock.now().toISOString() });
      for (const [index, { command, data }] of commands.entries()) {
        const commandId = reactionCommandId(reaction.name, event.position, index);
        try {
          await this.execute(plugin, command.type, data, commandId);
        } catch (error) {
          if (!isDomainRejection(error)) throw error;
          this.options.onRejected?.({
            reaction: reaction.name,
            position: event.position.toString(),
            commandType: command.type,
            commandId,
            code: error.code,
            status: error.status,
          });
        }
      }
      await advanceCheckpoint(this.db, checkpoint, cursor);
    }
    return events.length;
  }

  /** Handles every event committed before the call (tests, and `settle`); answers how many. */
  catchUp(timeoutMs = 30_000): Promise<number> {
    return this.follower.catchUp(timeoutMs);
  }

  start(): void {
    this.follower.start();
  }

  /** Called after a local append of events of `types`: the followers of those types run at once. */
  nudge(types?: Iterable<string>): void {
    this.follower.nudge(types);
  }

  stop(): Promise<void> {
    return this.follower.stop();
  }
}

/** Reactions keep their checkpoints beside the projections', named apart. */
function reactionCheckpoint(reaction: ReactionDefinition): string {
  return `reaction:${reaction.name}`;
}

/**
 * The domain said no (bad input, forbidden, not found, conflict, broken rule): retrying changes nothing. A
 * version conflict that outlived the kernel's retry is contention, not a refusal: that one is tried again.
 */
function isDomainRejection(error: unknown): error is HmsError {
  return error instanceof HmsError && error.status >= 400 && error.status < 500 && error.code !== VERSION_CONFLICT;
}
