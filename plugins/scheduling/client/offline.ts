import type { OfflineCommand } from '@hms/sdk/client';
import { BOOK, CANCEL, CHECK_IN, NO_SHOW, RESCHEDULE, type BookData, type RescheduleData } from './components/calendar';
import type { messages } from './messages.en';

type Key = `offline.${keyof (typeof messages)['offline']}`;
const changed = { message: 'offline.changedMeanwhile', choices: ['discard'] } as const;
/** Another desk already moved the appointment on: the step no longer fits, and there is nothing to redo. */
const meanwhile = {
  APPOINTMENT_ALREADY_CHECKED_IN: changed,
  APPOINTMENT_ALREADY_COMPLETED: changed,
  APPOINTMENT_ALREADY_CANCELLED: changed,
  APPOINTMENT_ALREADY_NO_SHOW: changed,
};

/**
 * The clinic's commands done offline. A time booked meanwhile by another desk is the usual conflict: the user picks
 * another time on the same practitioner's calendar.
 */
export const schedulingOfflineCommands: OfflineCommand<Key>[] = [
  {
    command: BOOK,
    label: 'offline.book',
    values: (data) => [data.startsAt],
    refusals: {
      SLOT_TAKEN: {
        message: 'offline.slotTaken',
        values: (_problem, data) => [data.startsAt],
        choices: ['pick-another', 'discard'],
        href: (data) => `/appointments?practitioner=${data.practitionerId}`,
      },
    },
  } satisfies OfflineCommand<Key, BookData>,
  {
    command: RESCHEDULE,
    label: 'offline.reschedule',
    refusals: {
      SLOT_TAKEN: {
        message: 'offline.slotTaken',
        values: (_problem, data) => [data.startsAt],
        choices: ['pick-another', 'discard'],
        href: () => '/appointments',
      },
    },
  } satisfies OfflineCommand<Key, RescheduleData>,
  { command: CHECK_IN, label: 'offline.checkIn', refusals: meanwhile },
  { command: NO_SHOW, label: 'offline.noShow', refusals: meanwhile },
  { command: CANCEL, label: 'offline.cancel', refusals: meanwhile },
];
