import { live } from '$lib/stores/live';
import { pollWhileVisible } from './dashboard';

/**
 * Keeps a view of the dashboard current: asks again every `everyMs` while the page is visible, and at once when a stay,
 * a bed or an appointment changes (the figures move with them). Answers the function that stops it all.
 */
export function followDashboard(refresh: () => void, everyMs: number): () => void {
  const stopPolling = pollWhileVisible(refresh, everyMs, document);
  const stopAdt = live.watch({ plugin: 'adt', streamPrefixes: ['patient.stay-', 'patient.bed-'] }, refresh);
  const stopScheduling = live.watch({ plugin: 'scheduling', streamPrefixes: ['patient.appointment-'] }, refresh);
  return () => {
    stopPolling();
    stopAdt();
    stopScheduling();
  };
}
