import type { CommandContext, NotificationAudience, NotificationFacts } from '@hms/sdk';
import { licenceExpiredNotification, licenceExpiringNotification } from './notification-kinds';

/**
 * Who hears about a licence: HR (the `licenceAlertRole`), and the holder when their employee record is linked to a
 * login account. One notification has one audience, so each gets its own subject key (`…:hr`, `…:self`).
 */
export type LicenceAudience = 'hr' | 'self';

export interface LicenceHolder {
  readonly licenceId: string;
  readonly employeeId: string;
  readonly accountId: string | null;
}

export const expiringKey = (licenceId: string, horizonDays: number, who: LicenceAudience): string =>
  `${licenceId}:${horizonDays}d:${who}`;
export const expiredKey = (licenceId: string, who: LicenceAudience): string => `${licenceId}:${who}`;

/** The audiences of a licence's notifications, with the subject-key suffix of each. */
export function licenceAudiences(
  holder: LicenceHolder,
  hrRole: string,
): { who: LicenceAudience; audience: NotificationAudience }[] {
  const audiences: { who: LicenceAudience; audience: NotificationAudience }[] = [
    { who: 'hr', audience: { role: hrRole } },
  ];
  if (holder.accountId) audiences.push({ who: 'self', audience: { person: holder.accountId } });
  return audiences;
}

/** HR opens the employee's record; the holder opens their own page (which needs no HR permission). */
export const licenceLink = (holder: LicenceHolder, who: LicenceAudience): string =>
  who === 'hr' ? `/staff/employees/${holder.employeeId}` : '/staff/me';

/**
 * The smallest reminder horizon a licence `daysLeft` from expiry is within, or null when it is further out (or
 * already expired). A licence first seen 5 days out is reminded once, at the 7-day horizon, not at 60 and 30 too.
 */
export function horizonOf(daysLeft: number, horizons: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const within = horizons.filter((days) => daysLeft <= days);
  return within.length === 0 ? null : Math.min(...within);
}

/** Raises `staff.licence-expired` for a licence just marked expired, and clears its reminders. */
export function raiseLicenceExpired(
  ctx: CommandContext,
  holder: LicenceHolder,
  facts: NotificationFacts,
  hrRole: string,
  horizons: readonly number[],
): void {
  resolveExpiring(ctx, holder.licenceId, horizons);
  for (const { who, audience } of licenceAudiences(holder, hrRole)) {
    ctx.notify({
      kind: licenceExpiredNotification,
      subjectKey: expiredKey(holder.licenceId, who),
      audience,
      link: licenceLink(holder, who),
      facts,
    });
  }
}

/** A renewed licence: every reminder and expiry notice of it is resolved, in every inbox. */
export function resolveLicenceNotifications(ctx: CommandContext, licenceId: string, horizons: readonly number[]): void {
  resolveExpiring(ctx, licenceId, horizons);
  for (const who of ['hr', 'self'] as const) {
    ctx.resolveNotification({ kind: licenceExpiredNotification, subjectKey: expiredKey(licenceId, who) });
  }
}

function resolveExpiring(ctx: CommandContext, licenceId: string, horizons: readonly number[]): void {
  for (const days of horizons) {
    for (const who of ['hr', 'self'] as const) {
      ctx.resolveNotification({ kind: licenceExpiringNotification, subjectKey: expiringKey(licenceId, days, who) });
    }
  }
}
