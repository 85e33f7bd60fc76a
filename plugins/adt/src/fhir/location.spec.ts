import { locationsOf } from './location';

describe('wards and beds as FHIR Locations', () => {
  it('gives the ward and each bed, the beds part of the ward with their occupancy and no occupant', () => {
    const [ward, ...beds] = locationsOf({
      id: 'w1',
      code: 'CARD',
      name: 'Cardiology',
      specialty: 'Cardiology',
      beds: [
        { id: 'b1', label: '1', status: 'vacant' },
        { id: 'b2', label: '2', status: 'occupied' },
        { id: 'b3', label: '3', status: 'out-of-service' },
      ],
    });
    expect(ward).toMatchObject({
      id: 'w1',
      identifier: [{ system: 'urn:hms:ward-code', value: 'CARD' }],
      physicalType: { coding: [{ code: 'wa' }] },
    });
    expect(ward).not.toHaveProperty('partOf');
    expect(beds.map((b) => [b.id, b.partOf?.reference, b.operationalStatus?.code, b.name])).toEqual([
      ['b1', 'Location/w1', 'U', 'Cardiology 1'],
      ['b2', 'Location/w1', 'O', 'Cardiology 2'],
      ['b3', 'Location/w1', 'C', 'Cardiology 3'],
    ]);
  });
});
