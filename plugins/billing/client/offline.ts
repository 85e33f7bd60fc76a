import type { OfflineCommand } from '@hms/sdk/client';
import type { messages } from './messages.en';

type Key = `offline.${keyof (typeof messages)['offline']}`;
type Charge = { patientId: string; serviceCode: string };

/**
 * Recording a charge may wait for the network: it is priced when it lands (the price in force on its service date),
 * and a resend lands once. Payments are never offline: money taken at a desk must be confirmed by the server (a
 * card payment by its provider) before the receipt is handed over, and a refund offline could be paid twice.
 */
export const billingOfflineCommands: OfflineCommand<Key>[] = [
  {
    command: 'billing.PostCharge',
    label: 'offline.postCharge',
    values: (data) => [data.serviceCode],
    refusals: {
      PATIENT_MERGED: {
        message: 'offline.merged',
        values: (problem) => [String(problem.details?.mergedInto ?? '')],
        choices: ['pick-another', 'discard'],
        href: (_data, problem) => `/billing/accounts/${String(problem.details?.mergedInto ?? '')}`,
      },
    },
  } satisfies OfflineCommand<Key, Charge>,
  { command: 'billing.CaptureCharge', label: 'offline.captureCharge' },
];
