import { unavailableRanges, type WorkFacts } from './practitioner-availability';

const MARCH = { from: '2027-03-01', to: '2027-03-31' };
const facts = (over: Partial<WorkFacts> = {}): WorkFacts => ({
  firstDay: '2020-01-01',
  lastDay: null,
  approvedLeave: [],
  licences: [],
  ...over,
});

describe(unavailableRanges.name, () => {
  it('blocks nothing for someone employed, licensed and not on leave', () => {
    expect(unavailableRanges(facts({ licences: [{ from: '2020-01-01', to: '2030-01-01' }] }), MARCH)).toEqual([]);
  });

  it('blocks approved leave, clipped to the range', () => {
    const leave = [{ from: '2027-02-25', to: '2027-03-03' }];
    expect(unavailableRanges(facts({ approvedLeave: leave }), MARCH)).toEqual([
      { from: '2027-03-01', to: '2027-03-03', reason: 'leave' },
    ]);
  });

  it('blocks the days before the first day and after the last day', () => {
    expect(unavailableRanges(facts({ firstDay: '2027-03-10', lastDay: '2027-03-20' }), MARCH)).toEqual([
      { from: '2027-03-01', to: '2027-03-09', reason: 'not-employed' },
      { from: '2027-03-21', to: '2027-03-31', reason: 'not-employed' },
    ]);
  });

  it('blocks from the day after the last licence expires (valid through its expiry date)', () => {
    const licences = [
      { from: '2020-01-01', to: '2027-03-05' },
      { from: '2024-01-01', to: '2027-03-14' },
    ];
    expect(unavailableRanges(facts({ licences }), MARCH)).toEqual([
      { from: '2027-03-15', to: '2027-03-31', reason: 'licence-expired' },
    ]);
  });

  it('blocks a gap between an expiry and a later re-registration', () => {
    const licences = [
      { from: '2020-01-01', to: '2027-03-05' },
      { from: '2027-03-09', to: '2029-03-08' },
    ];
    expect(unavailableRanges(facts({ licences }), MARCH)).toEqual([
      { from: '2027-03-06', to: '2027-03-08', reason: 'licence-expired' },
    ]);
  });

  it('does not block someone with no licence on file', () => {
    expect(unavailableRanges(facts(), MARCH)).toEqual([]);
  });
});
