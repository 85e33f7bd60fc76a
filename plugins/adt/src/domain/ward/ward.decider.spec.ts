import { deciderSpec } from '@hms/sdk/testing';
import { meta } from '../../../test/builders';
import { wardDecider, type WardCommand, type WardEvent } from './ward.decider';

const WARD = '1a000000-0000-4000-8000-000000000001';
const BED_1 = '1b000000-0000-4000-8000-000000000001';
const BED_2 = '1b000000-0000-4000-8000-000000000002';
const NOW = '2026-03-01T09:00:00.000Z';

const defineWard = (beds: { bedId: string; label: string }[] = []): WardCommand => ({
  type: 'adt.DefineWard',
  data: { wardId: WARD, code: 'MED3', name: 'Medical 3', specialty: 'Internal medicine', beds },
  meta: meta({ now: NOW }),
});
const addBed = (bedId: string, label: string): WardCommand => ({
  type: 'adt.AddBed',
  data: { wardId: WARD, bedId, label },
  meta: meta({ now: NOW }),
});
const removeBed = (bedId: string): WardCommand => ({
  type: 'adt.RemoveBed',
  data: { wardId: WARD, bedId },
  meta: meta({ now: NOW }),
});
const renameBed = (bedId: string, label: string): WardCommand => ({
  type: 'adt.RenameBed',
  data: { wardId: WARD, bedId, label },
  meta: meta({ now: NOW }),
});
const bedRenamed = (bedId: string, previousLabel: string, label: string): WardEvent => ({
  type: 'adt.BedRenamed',
  data: { wardId: WARD, bedId, label, previousLabel, renamedAt: NOW },
});
const defined = (): WardEvent => ({
  type: 'patient.WardDefined',
  data: { wardId: WARD, code: 'MED3', name: 'Medical 3', specialty: 'Internal medicine', definedAt: NOW },
});
const bedAdded = (bedId: string, label: string): WardEvent => ({
  type: 'patient.BedAdded',
  data: { wardId: WARD, bedId, label, addedAt: NOW },
});
const bedRemoved = (bedId: string, label: string): WardEvent => ({
  type: 'patient.BedRemoved',
  data: { wardId: WARD, bedId, label, removedAt: NOW },
});

describe('wardDecider', () => {
  describe('DefineWard', () => {
    it('defines the ward and adds its beds', () =>
      deciderSpec(wardDecider)
        .given([])
        .when(
          defineWard([
            { bedId: BED_1, label: '1' },
            { bedId: BED_2, label: '2' },
          ]),
        )
        .then([defined(), bedAdded(BED_1, '1'), bedAdded(BED_2, '2')]));

    it('refuses two beds with one label (ignoring case)', () =>
      deciderSpec(wardDecider)
        .given([])
        .when(
          defineWard([
            { bedId: BED_1, label: 'B1' },
            { bedId: BED_2, label: 'b1' },
          ]),
        )
        .thenRejects('BED_LABEL_TAKEN'));

    it('refuses a ward id defined twice', () =>
      deciderSpec(wardDecider).given([defined()]).when(defineWard()).thenRejects('WARD_ALREADY_DEFINED'));
  });

  describe('AddBed', () => {
    it('adds a bed under a free label', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1')])
        .when(addBed(BED_2, '2'))
        .then([bedAdded(BED_2, '2')]));

    it('refuses a label another bed has', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1')])
        .when(addBed(BED_2, ' 1 '))
        .thenRejects('BED_LABEL_TAKEN'));

    it('lets a removed bed’s label be used again', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedRemoved(BED_1, '1')])
        .when(addBed(BED_2, '1'))
        .then([bedAdded(BED_2, '1')]));

    it('refuses an unknown ward', () =>
      deciderSpec(wardDecider).given([]).when(addBed(BED_1, '1')).thenRejects('WARD_NOT_FOUND'));
  });

  describe('RemoveBed', () => {
    it('removes a listed bed, recording its label', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1')])
        .when(removeBed(BED_1))
        .then([bedRemoved(BED_1, '1')]));

    it('refuses a bed the ward does not list, or no longer lists', () => {
      deciderSpec(wardDecider).given([defined()]).when(removeBed(BED_1)).thenRejects('BED_NOT_FOUND');
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedRemoved(BED_1, '1')])
        .when(removeBed(BED_1))
        .thenRejects('BED_NOT_FOUND');
    });

    it('refuses an unknown ward', () =>
      deciderSpec(wardDecider).given([]).when(removeBed(BED_1)).thenRejects('WARD_NOT_FOUND'));

    it('leaves the remaining beds in the state', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedAdded(BED_2, '2')])
        .when(removeBed(BED_1))
        .thenState({
          status: 'defined',
          wardId: WARD,
          code: 'MED3',
          name: 'Medical 3',
          specialty: 'Internal medicine',
          beds: { [BED_2]: '2' },
          bedsAddedAt: { [BED_2]: NOW },
        }));
  });

  describe('RenameBed', () => {
    it('lists the bed under its new label, recording the old one', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedAdded(BED_2, '2')])
        .when(renameBed(BED_1, 'Side room 1'))
        .then([bedRenamed(BED_1, '1', 'Side room 1')]));

    it('lets a bed change only the case of its own label', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, 'b3')])
        .when(renameBed(BED_1, 'B3'))
        .then([bedRenamed(BED_1, 'b3', 'B3')]));

    it('records nothing when the label is the one the bed has (a retried rename)', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedRenamed(BED_1, '0', '1')])
        .when(renameBed(BED_1, '1'))
        .then([]));

    it('refuses a label another listed bed has, ignoring case', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedAdded(BED_2, 'A2')])
        .when(renameBed(BED_1, 'a2'))
        .thenRejects('BED_LABEL_TAKEN'));

    it('lets a bed take a label a removed bed had', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedAdded(BED_2, '2'), bedRemoved(BED_2, '2')])
        .when(renameBed(BED_1, '2'))
        .then([bedRenamed(BED_1, '1', '2')]));

    it('refuses a bed the ward does not list, and an unknown ward', () => {
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedRemoved(BED_1, '1')])
        .when(renameBed(BED_1, '5'))
        .thenRejects('BED_NOT_FOUND');
      deciderSpec(wardDecider).given([]).when(renameBed(BED_1, '5')).thenRejects('WARD_NOT_FOUND');
    });

    it('keeps the new label in the state, so the old one is free again', () =>
      deciderSpec(wardDecider)
        .given([defined(), bedAdded(BED_1, '1'), bedRenamed(BED_1, '1', '9')])
        .when(addBed(BED_2, '1'))
        .then([bedAdded(BED_2, '1')]));
  });
});
