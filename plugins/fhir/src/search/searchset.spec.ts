import type { FhirResource } from '@hms/sdk';
import { searchset } from './searchset';

const resources: FhirResource[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ resourceType: 'Observation', id }));
const page = (offset: number) =>
  searchset({
    baseUrl: 'https://hospital.test/fhir/R4',
    path: 'Observation',
    parameters: [['patient', 'Patient/p1']],
    matches: resources,
    count: 2,
    offset,
  }) as unknown as { total: number; link: { relation: string; url: string }[]; entry?: { fullUrl: string }[] };

describe('searchset', () => {
  it('counts every match and answers one page with links to the others', () => {
    const first = page(0);
    expect(first.total).toBe(5);
    expect(first.entry?.map((e) => e.fullUrl)).toEqual([
      'https://hospital.test/fhir/R4/Observation/a',
      'https://hospital.test/fhir/R4/Observation/b',
    ]);
    expect(first.link).toEqual([
      { relation: 'self', url: 'https://hospital.test/fhir/R4/Observation?patient=Patient%2Fp1&_count=2&_offset=0' },
      { relation: 'first', url: 'https://hospital.test/fhir/R4/Observation?patient=Patient%2Fp1&_count=2&_offset=0' },
      { relation: 'next', url: 'https://hospital.test/fhir/R4/Observation?patient=Patient%2Fp1&_count=2&_offset=2' },
    ]);
  });

  it('links back from a later page and stops at the last', () => {
    const last = page(4);
    expect(last.entry).toHaveLength(1);
    expect(last.link.map((l) => l.relation)).toEqual(['self', 'first', 'previous']);
    expect(last.link[2]?.url).toContain('_offset=2');
  });
});
