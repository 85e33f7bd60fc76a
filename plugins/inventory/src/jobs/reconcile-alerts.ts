import { createHash } from 'node:crypto';
import type { JobContext, NotificationFacts, NotificationKindDefinition } from '@hms/sdk';

/** One condition that holds now and calls for an alert. */
export interface Alert {
  readonly subjectKey: string;
  readonly link: string;
  readonly facts: NotificationFacts;
}

/**
 * Brings a kind's open notifications in line with the conditions that hold now: each new one is raised (once: an
 * open one is left as it is), and each open one whose condition no longer holds is resolved. So an alert is raised
 * once, and cleared by the first run after a delivery, an issue or a write-off settles it.
 */
export async function reconcileAlerts(
  ctx: JobContext,
  kind: NotificationKindDefinition,
  role: string,
  alerts: readonly Alert[],
): Promise<{ raised: number; resolved: number }> {
  let raised = 0;
  let resolved = 0;
  const holding = new Set(alerts.map((alert) => alert.subjectKey));
  // #region notify-in-job
  for (const alert of alerts) {
    if ((await ctx.notify({ kind, audience: { role }, ...alert })).raised) raised++;
  }
  for (const subjectKey of await ctx.openNotifications(kind)) {
    if (holding.has(subjectKey)) continue;
    if ((await ctx.resolveNotification({ kind, subjectKey })).resolved) resolved++;
  }
  // #endregion notify-in-job
  return { raised, resolved };
}

/** Lot numbers are the supplier's text: a digest keeps the subject key to ids and hex. */
export function lotKey(lot: string): string {
  return createHash('sha256').update(lot).digest('hex').slice(0, 16);
}
