import { defineNotificationKind } from '@hms/sdk';

/** The role that follows claims (`billing-clerk`) is told of denied lines. */
export const CLAIMS_ROLE = 'billing-clerk';
/** The role at the desk (`cashier`) is told of declined payments. */
export const DESK_ROLE = 'cashier';

/** A claim the payer adjudicated with at least one line denied. */
export const claimDeniedNotification = defineNotificationKind({
  name: 'billing.claim-denied',
  title: 'Claim line denied by the payer',
  description:
    "The payer denied one or more lines of a claim: appeal them, correct and resubmit, or bill the patient's share.",
  severity: 'warning',
  channels: ['email'],
});

/** A payment the provider declined, on a patient's account with no payment received since. */
export const paymentDeclinedNotification = defineNotificationKind({
  name: 'billing.payment-declined',
  title: 'Payment declined',
  description: 'A payment provider declined a payment: ask for another card or another way to pay.',
  severity: 'info',
});

export const BILLING_NOTIFICATION_KINDS = [claimDeniedNotification, paymentDeclinedNotification] as const;
