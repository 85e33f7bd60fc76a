import { deciderSpec } from '@hms/sdk/testing';
import { meta } from '../../../test/builders';
import { wardCodeDecider, type ClaimWardCodeCommand } from './ward-code.decider';

const WARD = '1a000000-0000-4000-8000-000000000001';
const OTHER_WARD = '1a000000-0000-4000-8000-000000000002';
const NOW = '2026-03-01T09:00:00.000Z';
const claim = (wardId: string): ClaimWardCodeCommand => ({
  type: 'adt.ClaimWardCode',
  data: { code: 'ICU', wardId },
  meta: meta({ now: NOW }),
});

describe('wardCodeDecider', () => {
  it('gives a free code to the ward', () =>
    deciderSpec(wardCodeDecider)
      .given([])
      .when(claim(WARD))
      .then([{ type: 'patient.WardCodeClaimed', data: { code: 'ICU', wardId: WARD, claimedAt: NOW } }]));

  it('refuses a code another ward has', () =>
    deciderSpec(wardCodeDecider)
      .given([{ type: 'patient.WardCodeClaimed', data: { code: 'ICU', wardId: WARD, claimedAt: NOW } }])
      .when(claim(OTHER_WARD))
      .thenRejects('WARD_CODE_TAKEN'));
});
