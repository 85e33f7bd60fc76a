import { describe, expect, it } from 'vitest';
import type { WardBoard } from '$lib/api/types';
import { myWards, patientsOn } from './my-ward';

describe("the home's ward list", () => {
  it('finds the wards whose team the person is on now, by account or employee id', () => {
    const teams = [
      { wardId: 'w1', items: [{ memberId: 'account-1', active: true }] },
      { wardId: 'w2', items: [{ memberId: 'employee-1', active: true }] },
      { wardId: 'w3', items: [{ memberId: 'account-1', active: false }] },
      { wardId: 'w4', items: [{ memberId: 'someone-else', active: true }] },
    ];
    expect(myWards(teams, ['account-1', 'employee-1'])).toEqual(['w1', 'w2']);
    expect(myWards(teams, ['nobody'])).toEqual([]);
  });

  it('lists the occupied beds only, with the ward and the bed', () => {
    const board = {
      ward: { id: 'w1', code: 'A', name: 'Ward A', specialty: 'medicine' },
      beds: [
        { id: 'b1', label: 'A1', status: 'vacant' },
        {
          id: 'b2',
          label: 'A2',
          status: 'occupied',
          occupant: {
            patientId: 'p1',
            mrn: 'MRN-1',
            givenName: 'Ada',
            familyName: 'Lovelace',
            stayId: 's1',
            inBedSince: '2026-03-09T08:00:00Z',
          },
        },
      ],
    } as WardBoard;
    expect(patientsOn([board])).toEqual([
      {
        wardId: 'w1',
        wardName: 'Ward A',
        bedLabel: 'A2',
        patientId: 'p1',
        name: 'Lovelace, Ada',
        mrn: 'MRN-1',
        inBedSince: '2026-03-09T08:00:00Z',
      },
    ]);
  });
});
