import { HmsError, VERSION_CONFLICT, type ReactionDefinition } from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { advanceCheckpoint, hasPendingEvents, headPosition, readCheckpoint } from '../projections/checkpoints';
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
  private running = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly reactions: readonly PluginReaction[],
    private readonly clock: Clock,
    private readonly execute: ReactionExecute,
    private readonly options: ReactionRunnerOptions = {},
  ) {}

  /** Handles at most one batch of one reaction's events; answers how many events it got through. */
  async runBatch({ plugin, reaction }: PluginReaction): Promise<number> {
    const checkpoint = `reaction:${reaction.name}`;
    const after = await readCheckpoint(this.db, checkpoint);
    const events = await this.store.readAll(this.db, { after, limit: BATCH_SIZE, types: reaction.handles.map((h) => h.type) });
    for (const event of events) {
      const commands = await reaction.react(event, { sql: this.db, now: this.clock.now().toISOString() });
      for (const [index, { command, data }] of commands.entries()) {
        const commandId = reactionCommandId(reaction.name, event.position, index);
        try {
          await this.execute(plugin, command.type, data, commandId);
        } catch (error) {
          if (!isDomainRejection(error)) throw error;
          this.options.onRejected?.({
            reaction: reaction.name, position: event.position.toString(), commandType: command.type, commandId,
            code: error.code, status: error.status,
          });
        }
      }
      await advanceCheckpoint(this.db, checkpoint, event.position);
    }
    return events.length;
  }

  /**
   * Handles every event committed before the call (tests, and `settle`), waiting for the read horizon like the
   * async projector does, so a long transaction elsewhere on the server cannot make it stop short.
   */
  async catchUp(timeoutMs = 30_000): Promise<number> {
    const target = await headPosition(this.db);
    const deadline = Date.now() + timeoutMs;
    let handled = 0;
    for (const entry of this.reactions) {
      const checkpoint = `reaction:${entry.reaction.name}`;
      for (;;) {
        const count = await this.runBatch(entry);
        handled += count;
        if (count === BATCH_SIZE) continue;
        if (!(await hasPendingEvents(this.db, checkpoint, target, entry.reaction.handles.map((h) => h.type)))) break;
        if (Date.now() > deadline) throw new Error(`Reaction ${entry.reaction.name} did not catch up within ${timeoutMs} ms`);
        if (count === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    return handled;
  }

  start(): void {
    if (this.running || this.reactions.length === 0) return;
    this.running = true;
    this.loop = this.follow();
  }

  /** Called after a local append; the next round starts at once instead of at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async follow(): Promise<void> {
    while (this.running) {
      for (const entry of this.reactions) {
        try {
          while (this.running && (await this.runBatch(entry)) === BATCH_SIZE) {
            // keep going while batches come back full
          }
        } catch (error) {
          // The checkpoint stayed before the failing event: it is tried again on the next round.
          this.options.onError?.(entry.reaction.name, error);
        }
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs ?? 500);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}

/**
 * The domain said no (bad input, forbidden, not found, conflict, broken rule): retrying changes nothing. A
 * version conflict that outlived the kernel's retry is contention, not a refusal: that one is tried again.
 */
function isDomainRejection(error: unknown): error is HmsError {
  return error instanceof HmsError && error.status >= 400 && error.status < 500 && error.code !== VERSION_CONFLICT;
}
