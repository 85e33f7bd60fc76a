import type { ReplicaDescription } from '@hms/sdk/client';
import { clientShell } from '$lib/shell/client-shell.svelte';
import { live } from '$lib/stores/live';
import { ReplicaDatabase } from './replica-db';
import { ReplicaStore } from './replica-store';

/** The client's replica store: the shell's contributions say what is kept along with a copy. */
export const replicas = new ReplicaStore({
  db: new ReplicaDatabase(),
  fetch: (path) => fetch(path, { credentials: 'same-origin' }),
  now: () => new Date(),
  alsoKeep: (name, rows) => clientShell.contributions.alsoKeep(name, rows),
});

/**
 * Starts the store for the signed-in session: its key (from the server, or the stored one offline), the replicas the
 * account may keep, and pulls on change notices and reconnection. Answers the stop.
 */
export async function startReplicas(serverKey: string | undefined): Promise<() => void> {
  await replicas.start(serverKey).catch((error: unknown) => console.warn('The replica store did not start', error));
  try {
    const response = await fetch('/api/sync/replicas', { credentials: 'same-origin' });
    if (response.ok) replicas.describe(((await response.json()) as { items: ReplicaDescription[] }).items);
  } catch {
    // Offline: no notices arrive either; the copies are pulled when the channel is back.
  }
  void replicas.pullAll();
  return live.onChange((notice) => (notice ? replicas.onChange(notice) : void replicas.pullAll()));
}
