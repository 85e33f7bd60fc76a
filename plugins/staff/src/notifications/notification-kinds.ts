import { defineNotificationKind } from '@hms/sdk';

/** A licence of a current employee that expires within one of the reminder horizons (`licenceReminderDays`). */
export const licenceExpiringNotification = defineNotificationKind({
  name: 'staff.licence-expiring',
  title: 'Licence expiring soon',
  description:
    'A professional registration or licence expires soon: renew it before the date, or the holder cannot be rostered or booked for the work it covers.',
  severity: 'warning',
  channels: ['email'],
});

/** A licence of a current employee past its expiry date and not renewed. */
export const licenceExpiredNotification = defineNotificationKind({
  name: 'staff.licence-expired',
  title: 'Licence expired',
  description:
    'A professional registration or licence has expired: the holder is not rostered or booked for the work it covers until it is renewed.',
  severity: 'critical',
  channels: ['email'],
});

export const STAFF_NOTIFICATION_KINDS = [licenceExpiringNotification, licenceExpiredNotification] as const;
