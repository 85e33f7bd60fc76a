import { describe, expect, it } from 'vitest';
import { boardOf, occupantsOf, type WardBoardRow } from './board-replica';

const ward = { id: 'w1', code: 'W1', name: 'Ward 1', specialty: 'medicine' };
const rows: WardBoardRow[] = [
  { id: 'b1', label: '1', status: 'vacant', ward },
  {
    id: 'b2',
    label: '2',
    status: 'occupied',
    ward,
    occupant: {
      patientId: 'p2',
      mrn: 'M2',
      givenName: 'Test',
      familyName: 'Person',
      stayId: 's2',
      inBedSince: '2026-12-07T08:00:00Z',
    },
  },
];

describe('the ward board replica', () => {
  it('gives the board its ward header and beds in order, without the header on each bed', () => {
    const board = boardOf(rows);
    expect(board.ward).toEqual(ward);
    expect(board.beds.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(board.beds[0]).not.toHaveProperty('ward');
  });

  it('names the patients in the beds, whose charts are kept with it', () => {
    expect(occupantsOf(rows)).toEqual(['p2']);
    expect(boardOf([]).ward).toBeUndefined();
  });
});
