import type { OfflineCommand, OfflineRefusal } from '@hms/sdk/client';
import type { DispenseBody, IssueBody } from '$lib/api/types';
import type { messages } from './messages.en';
import { DISPENSE, ISSUE } from './components/queued';

type Key = `offline.${keyof (typeof messages)['offline']}`;

/** The stock ran out while the ward was offline: how much was asked, how much is left, where to go. */
const ranOut = (href: (data: { itemId: string }) => string): OfflineRefusal<Key, { itemId: string }> => ({
  message: 'offline.ranOut',
  values: (problem) => [Number(problem.details?.requested ?? 0), Number(problem.details?.available ?? 0)],
  choices: ['retry-with-changes', 'discard'],
  href,
});

/** Issuing stock on a ward and dispensing a prescription, both recorded offline and decided when sent. */
export const inventoryOfflineCommands: OfflineCommand<Key>[] = [
  {
    command: ISSUE,
    label: 'offline.issue',
    values: (data) => [data.quantity],
    refusals: { INSUFFICIENT_STOCK: ranOut((data) => `/inventory/items/${data.itemId}`) },
  } satisfies OfflineCommand<Key, IssueBody>,
  {
    command: DISPENSE,
    label: 'offline.dispense',
    values: (data) => [data.quantity],
    refusals: {
      INSUFFICIENT_STOCK: ranOut(() => '/inventory/pharmacy'),
      DISPENSE_EXCEEDS_PRESCRIPTION: {
        message: 'offline.tooMuch',
        choices: ['retry-with-changes', 'discard'],
        href: (data) => `/inventory/pharmacy/${data.prescriptionId}`,
      },
    },
  } satisfies OfflineCommand<Key, DispenseBody & { prescriptionId: string }>,
];
