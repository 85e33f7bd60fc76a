import { describe, expect, it } from 'vitest';
import type { BoardBed } from '$lib/api/types';
import { fromLegacyEntry } from '$lib/stores/legacy-outbox';
import type { OutboxEntry } from '$lib/stores/outbox';
import { overlayBoard } from './board';

const WARD = 'ward-a';
const occupant = (patientId: string) => ({
  patientId,
  mrn: '000000017',
  givenName: 'Test',
  familyName: 'Patient',
  stayId: `stay-${patientId}`,
  inBedSince: '2026-03-10T08:00:00.000Z',
});
const beds: BoardBed[] = [
  { id: 'b1', label: '1', status: 'vacant' },
  { id: 'b2', label: '2', status: 'occupied', occupant: occupant('p2') },
  { id: 'b3', label: '3', status: 'out-of-service', outOfServiceReason: 'cleaning' },
];
let n = 0;
// Written as the old outbox kept them and converted as an upgraded client reads them: the board shows both alike.
const entry = (
  kind: string,
  payload: Record<string, unknown>,
  status: OutboxEntry['status'] = 'waiting',
): OutboxEntry =>
  fromLegacyEntry({
    id: `e${++n}`,
    kind,
    payload,
    createdAt: '2026-03-10T09:00:00.000Z',
    status,
    attempts: 0,
    ...(status === 'rejected'
      ? { rejection: { status: 422, code: 'BED_OCCUPIED', message: 'Someone is in that bed now.' } }
      : {}),
  });
const view = (items: ReturnType<typeof overlayBoard>['items']) =>
  items.map((i) => [i.bed.id, i.status, i.patientId, i.pending ?? false]);

describe('overlayBoard', () => {
  it("shows the server's beds as they are when nothing waits", () => {
    expect(view(overlayBoard(WARD, beds, []).items)).toEqual([
      ['b1', 'vacant', undefined, false],
      ['b2', 'occupied', 'p2', false],
      ['b3', 'out-of-service', undefined, false],
    ]);
  });

  it('fills a bed for a waiting admission and empties one for a waiting discharge', () => {
    const { items } = overlayBoard(WARD, beds, [
      entry('stay.admit', { patientId: 'p9', wardId: WARD, bedId: 'b1', reason: { category: 'emergency' } }),
      entry('stay.discharge', { patientId: 'p2', wardId: WARD, bedId: 'b2', body: { disposition: 'home' } }),
    ]);
    expect(view(items).slice(0, 2)).toEqual([
      ['b1', 'occupied', 'p9', true],
      ['b2', 'vacant', undefined, true],
    ]);
  });

  it('moves a patient for a waiting transfer within the ward, and only empties the bed when leaving the ward', () => {
    const within = entry('stay.transfer', {
      patientId: 'p2',
      fromWardId: WARD,
      fromBedId: 'b2',
      body: { toWardId: WARD, toBedId: 'b1', reason: { category: 'isolation' } },
    });
    expect(view(overlayBoard(WARD, beds, [within]).items).slice(0, 2)).toEqual([
      ['b1', 'occupied', 'p2', true],
      ['b2', 'vacant', undefined, true],
    ]);
    const away = entry('stay.transfer', {
      patientId: 'p2',
      fromWardId: WARD,
      fromBedId: 'b2',
      body: { toWardId: 'ward-b', toBedId: 'x', reason: { category: 'step-up' } },
    });
    expect(view(overlayBoard(WARD, beds, [away]).items).slice(0, 2)).toEqual([
      ['b1', 'vacant', undefined, false],
      ['b2', 'vacant', undefined, true],
    ]);
  });

  it("keeps the server's state for a refused admission and lists it; ignores other wards' commands", () => {
    const refused = entry(
      'stay.admit',
      { patientId: 'p9', wardId: WARD, bedId: 'b1', reason: { category: 'urgent' } },
      'rejected',
    );
    const elsewhere = entry('stay.admit', {
      patientId: 'p8',
      wardId: 'ward-b',
      bedId: 'b1',
      reason: { category: 'urgent' },
    });
    const { items, rejections } = overlayBoard(WARD, beds, [refused, elsewhere]);
    expect(view(items)[0]).toEqual(['b1', 'vacant', undefined, false]);
    expect(rejections).toEqual([{ entryId: refused.id, command: 'adt.AdmitPatient', rejection: refused.rejection }]);
  });
});
