import { EMPLOYEE, LICENCE } from '../../../test/builders';
import { heldSkills } from './held-skills';
import type { LicenceState } from './licence.decider';

const licence = (skills: string[], expiresOn: string, status: 'valid' | 'expired' = 'valid'): LicenceState => ({
  status,
  licenceId: LICENCE,
  employeeId: EMPLOYEE,
  skills,
  expiresOn,
});

describe(heldSkills.name, () => {
  it('takes the latest expiry per skill, ignores expired licences, and keeps unlicensed skills open-ended', () =>
    expect(
      heldSkills(
        [
          licence(['rn', 'iv-meds'], '2027-03-31'),
          licence(['rn'], '2028-03-31'),
          licence(['midwife'], '2029-01-01', 'expired'),
        ],
        ['manual-handling'],
      ),
    ).toEqual([
      { skill: 'iv-meds', validUntil: '2027-03-31' },
      { skill: 'manual-handling', validUntil: null },
      { skill: 'rn', validUntil: '2028-03-31' },
    ]));
});
