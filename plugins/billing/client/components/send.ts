import { describeProblem, type Problem } from '$lib/api/problem';
import { t } from '$lib/i18n/en';

/** What an openapi-fetch call answers (only what is read here). */
interface Answer {
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Sends one billing command and answers null when it was done, or the sentence to show when it was not. Money is
 * never queued offline: a payment is decided on the account as it is, so the cashier learns at once.
 */
export async function send(call: () => Promise<Answer>): Promise<string | null> {
  try {
    const { error, response } = await call();
    if (response.ok) return null;
    const problem: Problem = { ...(error as Problem | undefined), status: response.status };
    return describeProblem(problem);
  } catch {
    return t.problems.network;
  }
}
