import { t } from '$lib/i18n/en';

/** An RFC 9457 problem as the API answers it (only the members the client uses). */
export interface Problem {
  readonly status: number;
  readonly code?: string;
  readonly detail?: string;
  readonly correlationId?: string;
  readonly errors?: readonly { readonly path: string; readonly message: string }[];
  /** Ids that help act on a refusal, by `code` (POSSIBLE_DUPLICATE: `{ candidates: [{ id, mrn }] }`). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The enabled plugins' refusal texts by code (each plugin's `problems` messages), set by the shell once loaded. */
let pluginProblemTexts: ReadonlyMap<string, string> = new Map();

/** Called by the shell when the enabled plugins' client parts are known. */
export function usePluginProblemTexts(texts: ReadonlyMap<string, string>): void {
  pluginProblemTexts = texts;
}

/** A problem in the user's words: one sentence, never the server's English `detail` for codes we know. */
export function describeProblem(problem: Problem | undefined): string {
  if (!problem) return t.problems.network;
  const known = problem.code ? (t.problems.byCode[problem.code] ?? pluginProblemTexts.get(problem.code)) : undefined;
  if (known) return known;
  switch (problem.status) {
    case 400:
      return t.problems.invalid;
    case 401:
      return t.problems.sessionExpired;
    case 403:
      return t.problems.forbidden;
    case 404:
      return t.problems.notFound;
    case 409:
    case 412:
      return t.problems.conflict;
    case 422:
      return problem.detail ?? t.problems.rejected;
    default:
      return problem.status >= 500 ? t.problems.server(problem.correlationId) : t.problems.rejected;
  }
}

/** A failed answer of the typed client (its `error` body and the HTTP status) in the user's words. */
export function describeAnswer(error: unknown, response: Pick<Response, 'status'>): string {
  return describeProblem({ ...(error as Problem | undefined), status: response.status });
}

/**
 * Whether the server has decided: a 4xx (other than 401/408/429) is final and resending the same command cannot
 * help; anything else (no answer, 5xx, an expired session) is worth another try later.
 */
export function isRejection(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 408, 429].includes(status);
}

/**
 * The server's 400 `errors` as one message per field path (`address.city`), the first one for a path winning: kept
 * with a refused command so the screen that corrects it can put each message on its field.
 */
export function fieldMessagesOf(problem: Problem | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of problem?.errors ?? []) messages[issue.path] ??= issue.message;
  return messages;
}

/** The candidate records of a POSSIBLE_DUPLICATE refusal, if the problem carries any. */
export function candidatesOf(problem: Problem | undefined): { id: string; mrn: string }[] | undefined {
  const candidates = problem?.details?.candidates;
  if (!Array.isArray(candidates)) return undefined;
  const valid = candidates.filter(
    (c): c is { id: string; mrn: string } => typeof c?.id === 'string' && typeof c?.mrn === 'string',
  );
  return valid.map(({ id, mrn }) => ({ id, mrn }));
}

/**
 * What a call that threw instead of answering means: `offline` (a screen's "needs the network") only when this
 * computer has no network; when it has, the server could not be reached (fetch's TypeError) or answered something
 * the client cannot read.
 */
export function describeThrown(error: unknown, offline: string, online = navigator.onLine): string {
  if (!online) return offline;
  return error instanceof TypeError ? t.problems.network : t.problems.server();
}
