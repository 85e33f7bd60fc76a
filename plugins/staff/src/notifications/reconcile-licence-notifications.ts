import type { JobContext, NotificationKindDefinition, NotificationRequest } from '@hms/sdk';
import type { StaffRules } from '../options';
import { expiredKey, expiringKey, horizonOf, licenceAudiences, licenceLink } from './licence-notifications';
import { licenceExpiredNotification, licenceExpiringNotification } from './notification-kinds';

interface LicenceRow {
  licence_id: string;
  employee_id: string;
  account_id: string | null;
  staff_number: string;
  expires_on: string;
  days_left: number;
}

/**
 * The licences that call for a notice today, as the alerts list sees them: current employees only, a registration
 * superseded by a newer one of the same body and number left out. Each due one gets its reminder at the smallest
 * horizon it is within (raised once: an open one is left as it is, so the 60-day reminder is not raised again at
 * 30), each expired one its expiry notice; every open one no longer called for is resolved (an earlier horizon's,
 * a renewed licence's, a leaver's).
 */
export async function reconcileLicenceNotifications(
  ctx: JobContext,
  today: string,
  rules: Pick<StaffRules, 'licenceAlertRole' | 'licenceReminderDays'>,
): Promise<void> {
  const rows = await ctx.sql.query<LicenceRow>(
    `SELECT l.id::text AS licence_id, l.employee_id::text AS employee_id, e.account_id, e.staff_number,
            to_char(l.expires_on, 'YYYY-MM-DD') AS expires_on, (l.expires_on - $1::date) AS days_left
       FROM staff.licences l JOIN staff.employees e ON e.id = l.employee_id
      WHERE e.status = 'employed' AND l.expires_on <= $1::date + $2::int
        AND NOT EXISTS (SELECT 1 FROM staff.licences newer
                         WHERE newer.employee_id = l.employee_id AND newer.body = l.body
                           AND newer.number = l.number AND newer.expires_on > l.expires_on)
      ORDER BY l.expires_on, l.id`,
    [today, Math.max(...rules.licenceReminderDays)],
  );
  const expiring: Omit<NotificationRequest, 'kind'>[] = [];
  const expired: Omit<NotificationRequest, 'kind'>[] = [];
  for (const row of rows) {
    const holder = { licenceId: row.licence_id, employeeId: row.employee_id, accountId: row.account_id };
    const facts = {
      licenceId: row.licence_id,
      employeeId: row.employee_id,
      staffNumber: row.staff_number,
      expiresOn: row.expires_on,
    };
    const horizon = horizonOf(row.days_left, rules.licenceReminderDays);
    for (const { who, audience } of licenceAudiences(holder, rules.licenceAlertRole)) {
      const link = licenceLink(holder, who);
      if (row.days_left < 0) {
        expired.push({ subjectKey: expiredKey(row.licence_id, who), audience, link, facts });
      } else if (horizon !== null) {
        expiring.push({
          subjectKey: expiringKey(row.licence_id, horizon, who),
          audience,
          link,
          facts: { ...facts, withinDays: horizon },
        });
      }
    }
  }
  await reconcile(ctx, licenceExpiringNotification, expiring);
  await reconcile(ctx, licenceExpiredNotification, expired);
}

async function reconcile(
  ctx: JobContext,
  kind: NotificationKindDefinition,
  wanted: readonly Omit<NotificationRequest, 'kind'>[],
): Promise<void> {
  for (const request of wanted) await ctx.notify({ kind, ...request });
  const holding = new Set(wanted.map((request) => request.subjectKey));
  for (const subjectKey of await ctx.openNotifications(kind)) {
    if (!holding.has(subjectKey)) await ctx.resolveNotification({ kind, subjectKey });
  }
}
