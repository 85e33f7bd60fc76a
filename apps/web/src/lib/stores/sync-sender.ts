import type { OfflineProblem } from '@hms/sdk/client';
import { api } from '$lib/api/client';
import { candidatesOf, describeProblem, fieldMessagesOf, isRejection, type Problem } from '$lib/api/problem';
import { offlineCommands } from './offline-commands';
import type { OutboxEntry, Rejection, SendOutcome } from './outbox';

/**
 * The outbox's one sender, for every plugin's commands: the entries in one `POST /api/sync/commands`, their ids as
 * the commands' idempotency keys. Each answer is `done` (then the declaring plugin's `onDone` runs), `refused` with
 * the server's problem, or `not-tried` (kept, sent again later in the same order). No answer at all (offline, the
 * server down, the session expired) is a retry of the whole call.
 */
export async function sendBatch(entries: readonly OutboxEntry[]): Promise<SendOutcome[]> {
  const { data, response } = await api.POST('/api/sync/commands', {
    body: {
      commands: entries.map((e) => ({ id: e.id, type: e.command, data: e.data as never, queuedAt: e.createdAt })),
    },
  });
  if (!response.ok || !data) return entries.map(() => ({ kind: 'retry' }));
  const answers = new Map(data.results.map((r) => [r.id, r]));
  const outcomes: SendOutcome[] = [];
  for (const entry of entries) {
    const answer = answers.get(entry.id);
    if (!answer || answer.outcome === 'not-tried') {
      outcomes.push({ kind: 'retry' });
      continue;
    }
    if (answer.outcome === 'done') {
      await offlineCommands.done(entry, answer.result);
      outcomes.push({ kind: 'sent', result: answer.result });
      continue;
    }
    const problem = (answer.problem ?? { status: 400 }) as unknown as Problem;
    // A 401 inside a batch cannot happen (the call itself would be refused); a 408/429 is worth trying again.
    outcomes.push(
      isRejection(problem.status) ? { kind: 'rejected', rejection: rejectionOf(problem) } : { kind: 'retry' },
    );
  }
  return outcomes;
}

/** The refusal kept with the entry: the shell's words for it, the fields a form shows, the problem itself. */
export function rejectionOf(problem: Problem): Rejection {
  const candidates = candidatesOf(problem);
  const fieldErrors = fieldMessagesOf(problem);
  const offline: OfflineProblem = {
    status: problem.status,
    code: problem.code ?? 'REFUSED',
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.details ? { details: problem.details } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  return {
    status: problem.status,
    message: describeProblem(problem),
    ...(problem.code ? { code: problem.code } : {}),
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
    ...(candidates && candidates.length > 0 ? { candidates } : {}),
    problem: offline,
  };
}
