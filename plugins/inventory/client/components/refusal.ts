import { describeProblem, type Problem } from '$lib/api/problem';
import { messages as msg } from '../messages';
import { t } from '$lib/i18n/en';
import { formatQuantity } from './format';

/**
 * A refusal of a stock command in the user's words. "Not enough stock" is told with the item's unit and both
 * numbers, so the nurse sees at once what can be issued; a lot named in a write-off keeps the server's sentence
 * (it is about that lot, not about what can be issued). Everything else goes through the client's usual problems.
 */
export function stockRefusal(problem: Problem | undefined, unitOf: (itemId: string) => string | undefined): string {
  const details = problem?.details ?? {};
  if (problem?.code === 'INSUFFICIENT_STOCK' && details.lot == null) {
    const { available, requested, itemId } = details;
    const unit = typeof itemId === 'string' ? unitOf(itemId) : undefined;
    if (typeof available === 'number' && typeof requested === 'number' && unit !== undefined) {
      return msg.inventory.insufficient(formatQuantity(available, unit), formatQuantity(requested, unit));
    }
  }
  if (problem?.code === 'OVER_DELIVERY') {
    const { outstanding, delivered, itemId } = details;
    const unit = typeof itemId === 'string' ? unitOf(itemId) : undefined;
    if (typeof outstanding === 'number' && typeof delivered === 'number' && unit !== undefined) {
      return msg.inventory.overDelivery(formatQuantity(outstanding, unit), formatQuantity(delivered, unit));
    }
  }
  return describeProblem(problem);
}

/** Why an inventory screen could not load: the network is gone (they need it), or the server did not answer. */
export const unreachable = (online: boolean): string => (online ? t.problems.network : msg.inventory.offline);

/** What an openapi-fetch call answers (only what is read here). */
interface Answer {
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Sends one command and answers null when it was done, or the message to show when it was not: a refusal
 * explained by `explain`, or "the server could not be reached". Inventory commands are never queued offline: stock
 * moved from two desks must be decided on the stock as it is, so the user learns at once.
 */
export async function send(
  call: () => Promise<Answer>,
  explain: (problem: Problem | undefined) => string = describeProblem,
): Promise<string | null> {
  try {
    const { error, response } = await call();
    if (response.ok) return null;
    return explain({ ...(error as Problem | undefined), status: response.status });
  } catch {
    return t.problems.network;
  }
}
