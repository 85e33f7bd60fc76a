import type { PendingCommand, PendingFilter } from '@hms/sdk/client';
import type { OutboxEntry } from './outbox';

/** The outbox's entries of the filter's command types, as a plugin's screen overlays them (`context.pending`). */
export function pendingOf(entries: readonly OutboxEntry[], filter: PendingFilter): PendingCommand[] {
  return entries
    .filter((e) => filter.commands.includes(e.command))
    .map((e) => ({
      id: e.id,
      command: e.command,
      data: e.data,
      createdAt: e.createdAt,
      status: e.status === 'rejected' ? 'refused' : 'waiting',
      ...(e.rejection?.problem ? { problem: e.rejection.problem } : {}),
    }));
}
