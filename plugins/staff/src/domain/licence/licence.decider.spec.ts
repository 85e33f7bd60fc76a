import { deciderSpec } from '@hms/sdk/testing';
import { EMPLOYEE, LICENCE, meta, recorded } from '../../../test/builders';
import { licenceDecider, type LicenceCommand, type LicenceEvent } from './licence.decider';

const licence = {
  employeeId: EMPLOYEE,
  body: 'NMC',
  number: 'DEMO-123',
  skills: ['rn', 'iv-meds'],
  validFrom: '2026-04-01',
  expiresOn: '2027-03-31',
};
const recordedLicence: LicenceEvent = {
  type: 'staff.LicenceRecorded',
  data: { ...recorded(), licenceId: LICENCE, ...licence },
};
const renew = (expiresOn: string): LicenceCommand => ({
  type: 'staff.RenewLicence',
  meta: meta(),
  data: { licenceId: LICENCE, expiresOn },
});
const expire = (now: string): LicenceCommand => ({
  type: 'staff.ExpireLicence',
  meta: meta(now),
  data: { licenceId: LICENCE, today: now.slice(0, 10) },
});
const expired: LicenceEvent = {
  type: 'staff.LicenceExpired',
  data: { ...recorded('2027-04-01T00:05:00.000Z'), licenceId: LICENCE, employeeId: EMPLOYEE, expiredOn: '2027-03-31' },
};

describe('licence decider', () => {
  it('records a licence with the skills it covers (duplicates dropped)', () =>
    deciderSpec(licenceDecider)
      .given([])
      .when({
        type: 'staff.RecordLicence',
        meta: meta(),
        data: { licenceId: LICENCE, ...licence, skills: ['rn', 'iv-meds', 'rn'] },
      })
      .then([recordedLicence]));

  it('renews only to a later expiry date', () => {
    deciderSpec(licenceDecider)
      .given([recordedLicence])
      .when(renew('2028-03-31'))
      .then([
        {
          type: 'staff.LicenceRenewed',
          data: {
            ...recorded(),
            licenceId: LICENCE,
            employeeId: EMPLOYEE,
            expiresOn: '2028-03-31',
            previousExpiresOn: '2027-03-31',
          },
        },
      ]);
    deciderSpec(licenceDecider)
      .given([recordedLicence])
      .when(renew('2027-03-31'))
      .thenRejects('LICENCE_RENEWAL_NOT_LATER');
  });

  it('expires from the day after the expiry date, not before, and once', () => {
    deciderSpec(licenceDecider)
      .given([recordedLicence])
      .when(expire('2027-03-31T23:00:00.000Z'))
      .thenRejects('LICENCE_NOT_EXPIRED');
    deciderSpec(licenceDecider).given([recordedLicence]).when(expire('2027-04-01T00:05:00.000Z')).then([expired]);
    deciderSpec(licenceDecider)
      .given([recordedLicence, expired])
      .when(expire('2027-04-02T00:05:00.000Z'))
      .thenRejects('LICENCE_ALREADY_EXPIRED');
  });

  it('makes an expired licence valid again when renewed (re-registration)', () =>
    deciderSpec(licenceDecider)
      .given([recordedLicence, expired])
      .when(renew('2028-03-31'))
      .thenState({
        status: 'valid',
        licenceId: LICENCE,
        employeeId: EMPLOYEE,
        skills: ['rn', 'iv-meds'],
        expiresOn: '2028-03-31',
      }));
});
