import { deciderSpec } from '@hms/sdk/testing';
import { meta } from '../../../test/builders';
import { wardStaffDecider, type WardStaffCommand, type WardStaffEvent } from './ward-staff.decider';

const WARD = '1a000000-0000-4000-8000-000000000001';
const NURSE = '2c000000-0000-4000-8000-000000000001';
const NOW = '2026-03-01T09:00:00.000Z';
const LATER = '2026-03-01T21:00:00.000Z';

const assign = (until?: string, now = NOW): WardStaffCommand => ({
  type: 'adt.AssignWardStaff',
  data: { wardId: WARD, memberId: NURSE, until },
  meta: meta({ now }),
});
const end = (): WardStaffCommand => ({
  type: 'adt.EndWardStaffAssignment',
  data: { wardId: WARD, memberId: NURSE },
  meta: meta({ now: NOW }),
});
const assigned = (until?: string, at = NOW): WardStaffEvent => ({
  type: 'adt.WardStaffAssigned',
  data: { wardId: WARD, memberId: NURSE, ...(until ? { until } : {}), assignedAt: at },
});

describe('wardStaffDecider', () => {
  it('puts someone on the team, open-ended or until a time', () => {
    deciderSpec(wardStaffDecider).given([]).when(assign()).then([assigned()]);
    deciderSpec(wardStaffDecider)
      .given([])
      .when(assign(LATER))
      .then([assigned(LATER)]);
  });

  it('changes nothing when the same assignment is repeated, and replaces the end when it differs', () => {
    deciderSpec(wardStaffDecider)
      .given([assigned(LATER)])
      .when(assign(LATER))
      .then([]);
    deciderSpec(wardStaffDecider)
      .given([assigned(LATER)])
      .when(assign())
      .then([assigned()]);
  });

  it('assigns again once an assignment ran past its end', () => {
    const next = '2026-03-02T09:00:00.000Z';
    deciderSpec(wardStaffDecider)
      .given([assigned(LATER)])
      .when(assign(LATER, next))
      .then([assigned(LATER, next)]);
  });

  it('takes someone off the team, and refuses to end an assignment that does not exist', () => {
    deciderSpec(wardStaffDecider)
      .given([assigned()])
      .when(end())
      .then([{ type: 'adt.WardStaffAssignmentEnded', data: { wardId: WARD, memberId: NURSE, endedAt: NOW } }]);
    deciderSpec(wardStaffDecider).given([]).when(end()).thenRejects('WARD_STAFF_NOT_ASSIGNED');
  });
});
