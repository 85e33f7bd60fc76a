import {
  assertNever,
  ConflictError,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { ExpireLicence, RecordLicence, RenewLicence } from '../../contracts/employee.commands';
import type { LicenceExpired, LicenceRecorded, LicenceRenewed } from '../../contracts/employee.events';
import {
  DATES_OUT_OF_ORDER,
  LICENCE_ALREADY_EXPIRED,
  LICENCE_ALREADY_RECORDED,
  LICENCE_NOT_EXPIRED,
  LICENCE_NOT_FOUND,
  LICENCE_RENEWAL_NOT_LATER,
} from '../../errors';
import { recordedBy } from '../defined';

export type RecordLicenceCommand = Command<'staff.RecordLicence', DataOf<typeof RecordLicence> & { licenceId: string }>;
export type RenewLicenceCommand = Command<'staff.RenewLicence', DataOf<typeof RenewLicence>>;
/** `today`: the date in the hospital's time zone, which the handler works out from its options. */
export type ExpireLicenceCommand = Command<'staff.ExpireLicence', DataOf<typeof ExpireLicence> & { today: string }>;
export type LicenceCommand = RecordLicenceCommand | RenewLicenceCommand | ExpireLicenceCommand;

export type LicenceEvent =
  | DomainEvent<'staff.LicenceRecorded', DataOf<typeof LicenceRecorded>>
  | DomainEvent<'staff.LicenceRenewed', DataOf<typeof LicenceRenewed>>
  | DomainEvent<'staff.LicenceExpired', DataOf<typeof LicenceExpired>>;

interface HeldLicence {
  readonly licenceId: string;
  readonly employeeId: string;
  readonly skills: readonly string[];
  readonly expiresOn: string;
}
export type LicenceState = { readonly status: 'none' } | (HeldLicence & { readonly status: 'valid' | 'expired' });

export const initialState = (): LicenceState => ({ status: 'none' });

export function decide(command: LicenceCommand, state: LicenceState): LicenceEvent[] {
  switch (command.type) {
    case 'staff.RecordLicence':
      return record(command, state);
    case 'staff.RenewLicence':
      return renew(command, state);
    case 'staff.ExpireLicence':
      return expire(command, state);
    default:
      return assertNever(command);
  }
}

function record({ data, meta }: RecordLicenceCommand, state: LicenceState): LicenceEvent[] {
  if (state.status !== 'none') throw new ConflictError(LICENCE_ALREADY_RECORDED, { licenceId: data.licenceId });
  if (data.expiresOn < data.validFrom) {
    throw new InvariantViolation(
      DATES_OUT_OF_ORDER,
      { from: data.validFrom, to: data.expiresOn },
      { message: 'The licence expires before it is valid.' },
    );
  }
  return [{ type: 'staff.LicenceRecorded', data: { ...recordedBy(meta), ...data, skills: [...new Set(data.skills)] } }];
}

/** A renewal moves the expiry later; an expired registration renewed (re-registration) is valid again. */
function renew({ data, meta }: RenewLicenceCommand, state: LicenceState): LicenceEvent[] {
  const held = existing(state, data.licenceId);
  if (data.expiresOn <= held.expiresOn) {
    throw new InvariantViolation(
      LICENCE_RENEWAL_NOT_LATER,
      { licenceId: data.licenceId, expiresOn: held.expiresOn },
      {
        message: `A renewal must expire after ${held.expiresOn}.`,
      },
    );
  }
  const { licenceId, employeeId, expiresOn } = held;
  return [
    {
      type: 'staff.LicenceRenewed',
      data: { ...recordedBy(meta), licenceId, employeeId, expiresOn: data.expiresOn, previousExpiresOn: expiresOn },
    },
  ];
}

/** A licence is valid through its expiry date; the daily job expires it from the day after. */
function expire({ data, meta }: ExpireLicenceCommand, state: LicenceState): LicenceEvent[] {
  const held = existing(state, data.licenceId);
  const { today } = data;
  if (held.status === 'expired')
    throw new InvariantViolation(LICENCE_ALREADY_EXPIRED, { licenceId: held.licenceId, expiresOn: held.expiresOn });
  if (today <= held.expiresOn) {
    throw new InvariantViolation(
      LICENCE_NOT_EXPIRED,
      { licenceId: held.licenceId, expiresOn: held.expiresOn },
      { message: `The licence is valid through ${held.expiresOn}.` },
    );
  }
  return [
    {
      type: 'staff.LicenceExpired',
      data: { ...recordedBy(meta), licenceId: held.licenceId, employeeId: held.employeeId, expiredOn: held.expiresOn },
    },
  ];
}

function existing(state: LicenceState, licenceId: string): HeldLicence & { status: 'valid' | 'expired' } {
  if (state.status === 'none') throw new NotFoundError(LICENCE_NOT_FOUND, { licenceId });
  return state;
}

export function evolve(state: LicenceState, event: LicenceEvent): LicenceState {
  switch (event.type) {
    case 'staff.LicenceRecorded': {
      const { licenceId, employeeId, skills, expiresOn } = event.data;
      return { status: 'valid', licenceId, employeeId, skills, expiresOn };
    }
    case 'staff.LicenceRenewed':
      return state.status === 'none' ? state : { ...state, status: 'valid', expiresOn: event.data.expiresOn };
    case 'staff.LicenceExpired':
      return state.status === 'none' ? state : { ...state, status: 'expired' };
    default:
      return assertNever(event);
  }
}

export const licenceDecider: Decider<LicenceState, LicenceCommand, LicenceEvent> = { initialState, decide, evolve };
