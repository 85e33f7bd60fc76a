import type { ReplicaAnswer } from '@hms/sdk/client';

/** A copy's rows as the device keeps them: [key, row], in the server's order. */
export type KeptRows = readonly (readonly [string, unknown])[];

/**
 * Applies one pull to what the device kept: a full answer replaces it; a delta replaces the changed rows and keeps
 * the others the server still lists, in its order; an unchanged answer keeps everything. Answers undefined when a
 * listed row is neither sent nor kept (the device lost a row: pull the whole answer again).
 */
export function applyAnswer(kept: KeptRows, answer: ReplicaAnswer): KeptRows | undefined {
  const sent = answer.rows.map((row, i) => [answer.rowKeys[i] ?? '', row] as const);
  if (answer.full) return sent;
  if (!answer.keys) return kept;
  const changed = new Map(sent);
  const before = new Map(kept);
  const next: (readonly [string, unknown])[] = [];
  for (const key of answer.keys) {
    if (changed.has(key)) next.push([key, changed.get(key)]);
    else if (before.has(key)) next.push([key, before.get(key)]);
    else return undefined;
  }
  return next;
}
