import type { Problem } from '$lib/api/problem';
import { outbox } from '$lib/stores/local';
import { queueCommand } from '$lib/stores/queue';

/** The stock commands a ward or pharmacy may record offline (declared so by the plugin), by wire type. */
export const ISSUE = 'inventory.IssueStock';
export const DISPENSE = 'inventory.DispensePrescription';

/**
 * Queues a stock command and tries it now. Online, a refusal is told in the form at once (with the stock left) and
 * the entry is dropped, as before; offline it waits, and a refusal after reconnecting is listed by the outbox with
 * what remains, for the user to issue what is left or discard.
 */
export async function queueStock<D>(
  command: string,
  data: D,
  explain: (problem: Problem | undefined) => string,
): Promise<{ refusal: string | null; waiting: boolean }> {
  const { after } = await queueCommand(command, data);
  if (!after) return { refusal: null, waiting: false };
  if (after.status === 'rejected') {
    await outbox.remove(after.id);
    return { refusal: explain(after.rejection?.problem as Problem | undefined), waiting: false };
  }
  return { refusal: null, waiting: true };
}
