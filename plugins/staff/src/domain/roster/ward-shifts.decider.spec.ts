import { deciderSpec } from '@hms/sdk/testing';
import { meta, recorded, WARD } from '../../../test/builders';
import type { ShiftTypeInput } from '../../contracts/ward-shifts.contracts';
import { wardShiftsDecider } from './ward-shifts.decider';

const early: ShiftTypeInput = {
  code: 'E',
  start: '07:00',
  end: '15:00',
  unpaidBreakMinutes: 30,
  requirements: [{ skill: 'rn', min: 2 }],
};
const define = (shiftTypes: ShiftTypeInput[], timeZone = 'Europe/Lisbon') => ({
  type: 'staff.DefineWardShifts' as const,
  data: { wardId: WARD, timeZone, shiftTypes },
  meta: meta(),
});
const defined = (shiftTypes: ShiftTypeInput[], timeZone = 'Europe/Lisbon') => ({
  type: 'staff.WardShiftsDefined' as const,
  data: { ...recorded(), wardId: WARD, timeZone, shiftTypes },
});

describe('wardShiftsDecider', () => {
  it('defines the shift types of a ward', () =>
    deciderSpec(wardShiftsDecider)
      .given([])
      .when(define([early]))
      .then([defined([early])]));

  it('replaces them with a new set', () =>
    deciderSpec(wardShiftsDecider)
      .given([defined([early])])
      .when(define([{ ...early, end: '15:30' }]))
      .then([defined([{ ...early, end: '15:30' }])]));

  it('records nothing when the same set is saved again', () =>
    deciderSpec(wardShiftsDecider)
      .given([defined([early])])
      .when(define([early]))
      .then([]));
});
