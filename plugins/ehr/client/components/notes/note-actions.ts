import { api } from '$lib/api/client';
import { describeAnswer } from '$lib/api/problem';
import type { SignedVersion } from '$lib/api/note-types';
import { messages as msg } from '../../messages';
import { newId } from '$lib/stores/idb';

export type ActionOutcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Signing and amending go straight to the server, never through the outbox: a signature binds the signer to the
 * text the server holds at that moment, which an offline computer cannot know. Each try has its own
 * Idempotency-Key, so a lost answer resent by the browser signs once.
 */
export async function signNote(noteId: string): Promise<ActionOutcome<SignedVersion | undefined>> {
  return call(async () => {
    const answer = await api.POST('/api/notes/{noteId}/sign', {
      body: {},
      params: { path: { noteId }, header: { 'Idempotency-Key': newId() } },
    });
    return { ...answer, data: answer.data as SignedVersion | undefined };
  });
}

export async function amendNote(noteId: string, reason: string): Promise<ActionOutcome> {
  const outcome = await call(() =>
    api.POST('/api/notes/{noteId}/amend', {
      body: { reason },
      params: { path: { noteId }, header: { 'Idempotency-Key': newId() } },
    }),
  );
  return outcome.ok ? { ok: true, value: undefined } : outcome;
}

async function call<T>(
  send: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ActionOutcome<T | undefined>> {
  try {
    const { data, error, response } = await send();
    if (response.ok) return { ok: true, value: data };
    return { ok: false, message: describeAnswer(error, response) };
  } catch {
    return { ok: false, message: msg.notes.needsNetwork };
  }
}
