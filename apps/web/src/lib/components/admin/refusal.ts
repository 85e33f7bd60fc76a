import { describeAnswer, type Problem } from '$lib/api/problem';
import { t } from '$lib/i18n/en';

/** A refusal as the admin screens show it: one sentence, and the server's words for each field it refused. */
export interface Refusal {
  readonly message: string;
  readonly fields: readonly string[];
}

/** The typed client's failed answer (or a thrown network error, `response` undefined) as a {@link Refusal}. */
export function refusalOf(error: unknown, response: Pick<Response, 'status'> | undefined): Refusal {
  if (!response) return { message: t.admin.offline, fields: [] };
  const problem = error as Problem | undefined;
  const fields = (problem?.errors ?? []).map((issue) => `${issue.path}: ${issue.message}`);
  return { message: describeAnswer(error, response), fields };
}
