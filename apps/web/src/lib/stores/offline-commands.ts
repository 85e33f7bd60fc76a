import { translate, type ClientPlugin, type OfflineCommand, type OfflineRefusal } from '@hms/sdk/client';
import type { OutboxEntry } from './outbox';

/** One plugin's declaration of a command, with that plugin's messages to word it. */
interface Declared {
  readonly plugin: string;
  readonly spec: OfflineCommand;
  readonly t: (key: string, ...values: readonly unknown[]) => string;
}

/** A refusal as the outbox shows it: the plugin's plain words and the ways out it offers. */
export interface ExplainedRefusal {
  readonly message: string;
  readonly choices: OfflineRefusal['choices'];
  readonly href?: string;
}

/**
 * The enabled plugins' offline commands (their client parts' `offlineCommands`), by command type: what the outbox,
 * the sync list and the refusal notices read to name a waiting command and explain a refusal. The web client has
 * no list of its own: a vendor's command is named and explained by the vendor's part like a built-in one.
 */
class OfflineCommands {
  private declared = new Map<string, Declared>();
  private settle: (() => void) | undefined;
  private readonly ready = new Promise<void>((resolve) => (this.settle = resolve));

  /** Called by the shell when the enabled plugins' client parts are loaded. */
  use(parts: readonly ClientPlugin[]): void {
    const declared = new Map<string, Declared>();
    for (const part of parts)
      for (const spec of part.offlineCommands ?? [])
        declared.set(spec.command, {
          plugin: part.plugin,
          spec,
          t: (key, ...values) => translate(part.messages, key, ...values),
        });
    this.declared = declared;
    this.settle?.();
  }

  /** Resolves once the shell has told which commands exist (the first `use`), or after `ms`, whichever is first. */
  whenKnown(ms: number): Promise<void> {
    return Promise.race([this.ready, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
  }

  /** The entry's name in the user's words; the command type when no enabled plugin declares it. */
  label(entry: Pick<OutboxEntry, 'command' | 'data'>): string {
    const found = this.declared.get(entry.command);
    if (!found) return entry.command;
    return found.t(found.spec.label, ...(found.spec.values?.(entry.data) ?? []));
  }

  /** The plugin's explanation of the entry's refusal, or undefined when it gave none for that code. */
  explain(entry: OutboxEntry): ExplainedRefusal | undefined {
    const found = this.declared.get(entry.command);
    const problem = entry.rejection?.problem;
    if (!found || !problem) return undefined;
    const refusal = found.spec.refusals?.[problem.code] ?? found.spec.refusals?.default;
    if (!refusal) return undefined;
    return {
      message: found.t(refusal.message, ...(refusal.values?.(problem, entry.data) ?? [])),
      choices: refusal.choices,
      ...(refusal.href ? { href: refusal.href(entry.data, problem, entry.id) } : {}),
    };
  }

  /** Runs the plugin's `onDone` for a command the server did (caches what it made); a failure there is only logged. */
  async done(entry: OutboxEntry, result: unknown): Promise<void> {
    const onDone = this.declared.get(entry.command)?.spec.onDone;
    if (!onDone) return;
    try {
      await onDone(result, entry.data, entry.id);
    } catch (error) {
      console.warn(`After ${entry.command} was done, the client could not finish updating`, error);
    }
  }
}

export const offlineCommands = new OfflineCommands();
