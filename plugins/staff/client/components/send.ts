import { describeProblem, type Problem } from '$lib/api/problem';
import { t } from '$lib/i18n/en';

/** What an openapi-fetch call answers (only what is read here). */
interface Answer {
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Sends one staff command and answers null when it was done, or the sentence to show. Staff commands are not
 * queued offline: leave and rosters are decided on the balances and rules as they are now.
 */
export async function send(call: () => Promise<Answer>): Promise<string | null> {
  try {
    const { error, response } = await call();
    if (response.ok) return null;
    return describeProblem({ ...(error as Problem | undefined), status: response.status });
  } catch {
    return t.problems.network;
  }
}
