import type { OfflineCommand } from '@hms/sdk/client';
import { ADMIT, DISCHARGE, TRANSFER, type AdmitData, type LeavingBed, type TransferData } from './components/board';
import type { messages } from './messages.en';

type Key = `offline.${keyof (typeof messages)['offline']}`;
const bedTaken = {
  message: 'offline.bedTaken',
  choices: ['pick-another', 'discard'],
} as const;
const boardChanged = { message: 'offline.boardChanged', choices: ['discard'] } as const;

/** Admissions, transfers and discharges a ward records offline; a bed taken meanwhile sends the nurse to the board. */
export const adtOfflineCommands: OfflineCommand<Key>[] = [
  {
    command: ADMIT,
    label: 'offline.admit',
    refusals: { BED_OCCUPIED: { ...bedTaken, href: (data) => `/wards/${data.wardId}` } },
  } satisfies OfflineCommand<Key, AdmitData>,
  {
    command: TRANSFER,
    label: 'offline.transfer',
    refusals: {
      BED_OCCUPIED: { ...bedTaken, href: (data) => `/wards/${data.toWardId}` },
      BED_NOT_HELD_BY_STAY: boardChanged,
    },
  } satisfies OfflineCommand<Key, TransferData>,
  {
    command: DISCHARGE,
    label: 'offline.discharge',
    refusals: { BED_NOT_HELD_BY_STAY: boardChanged },
  } satisfies OfflineCommand<Key, LeavingBed>,
];
