import type { CommandMeta } from '@hms/sdk';

/** What every account event records besides its own facts: whose account, when, by whom. */
export function recorded(patientId: string, meta: CommandMeta): { patientId: string; at: string; by: string } {
  return { patientId, at: meta.now, by: meta.actorId };
}

/** The calendar date of the kernel's clock (an invoice's issue date). */
export const today = (meta: CommandMeta): string => meta.now.slice(0, 10);
