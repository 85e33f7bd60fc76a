import { deciderSpec } from '@hms/sdk/testing';
import { EMPLOYEE, meta, recorded, WARD } from '../../../test/builders';
import { rosterDecider, type RosterCommand, type RosterEvent } from './roster.decider';
import type { Breach } from './roster.model';

const period = { from: '2027-03-01', to: '2027-03-28' };
const assignments = [{ employeeId: EMPLOYEE, wardId: WARD, shiftCode: 'E', date: '2027-03-01', skill: 'rn' }];
const publish = (breaches: Breach[], acknowledgeShortfalls = false): RosterCommand => ({
  type: 'staff.PublishRoster',
  meta: meta(),
  data: { wardId: WARD, period, assignments, acknowledgeShortfalls, breaches },
});
const published = (version: number, shortfalls = 0): RosterEvent => ({
  type: 'staff.RosterPublished',
  data: { ...recorded(), wardId: WARD, period, version, assignments, shortfalls },
});
const short: Breach = { rule: 'min-staff', severity: 'hard', message: 'Ward w, shift N on 2027-03-02: 1 of 2 rn.' };
const rest: Breach = { rule: 'rest', severity: 'hard', employeeId: EMPLOYEE, message: 'less than 11 h rest' };
const uneven: Breach = { rule: 'fairness', severity: 'soft', message: 'nights uneven' };

describe('roster decider', () => {
  it('publishes a roster within the rules, and a later edit as the next version', () => {
    deciderSpec(rosterDecider)
      .given([])
      .when(publish([uneven]))
      .then([published(1)]);
    deciderSpec(rosterDecider)
      .given([published(1)])
      .when(publish([]))
      .then([published(2)]);
  });

  it('never publishes a roster that breaks a hard rule about a person', () =>
    deciderSpec(rosterDecider)
      .given([])
      .when(publish([rest, short], true))
      .thenRejects('ROSTER_BREAKS_RULES'));

  it('publishes shifts below their minimum only when the ward manager acknowledges them', () => {
    deciderSpec(rosterDecider)
      .given([])
      .when(publish([short]))
      .thenRejects('ROSTER_SHORT_STAFFED');
    deciderSpec(rosterDecider)
      .given([])
      .when(publish([short], true))
      .then([published(1, 1)]);
  });
});
