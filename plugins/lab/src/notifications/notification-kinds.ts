import { defineNotificationKind } from '@hms/sdk';

/**
 * A released result beyond a critical limit. Laboratory practice (and accreditation) requires that it reach a
 * responsible clinician who acknowledges it: it stays in the requester's inbox, and is sent by SMS and e-mail,
 * until acknowledged through the laboratory (which records who and when).
 */
// #region notification-kind
export const criticalResultNotification = defineNotificationKind({
  name: 'lab.critical-result',
  title: 'Critical laboratory result',
  description: 'A released laboratory result is beyond a critical limit: read it, act on it and acknowledge it.',
  severity: 'critical',
  channels: ['sms', 'email'],
});
// #endregion notification-kind

export const LAB_NOTIFICATION_KINDS = [criticalResultNotification] as const;
