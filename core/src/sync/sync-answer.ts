import type { ProblemDetails } from '../http/problem';

/**
 * What happened to one queued command: `done` with the handler's result (the same as the plugin route's before
 * its `respond`), `refused` with the problem the route would answer, or `not-tried` when an earlier entry met a
 * transient failure (the client sends it again later, in the same order).
 */
export type SyncOutcome =
  | { readonly id: string; readonly outcome: 'done'; readonly result: unknown }
  | { readonly id: string; readonly outcome: 'refused'; readonly problem: ProblemDetails }
  | { readonly id: string; readonly outcome: 'not-tried'; readonly problem?: ProblemDetails };

/** A refusal the client cannot fix by waiting: 4xx. A 5xx (database down, over capacity, a bug) may pass later. */
export function isTransient(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}
