import { defineFhirResource, defineQuery, ValidationError, z, type FhirResource } from '@hms/sdk';
import { searchRequestOf } from './search-request';

interface Obs extends FhirResource {
  readonly id: string;
  readonly code: string;
  readonly subject: string;
  readonly at: string;
  readonly note: string;
}
const Q = defineQuery('test.Observations', z.object({ patientId: z.string() })).returns<Obs[]>();
const observations = defineFhirResource({
  type: 'Observation',
  read: { query: Q, params: (id) => ({ patientId: id }), resource: (all: Obs[], id) => all.find((o) => o.id === id) },
  search: {
    query: Q,
    params: (criteria) => ({ patientId: criteria.patient ?? '' }),
    resources: (all: Obs[]) => all,
    parameters: [
      { name: 'patient', type: 'reference', description: 'the patient', values: (o: Obs) => [o.subject] },
      {
        name: 'code',
        type: 'token',
        description: 'the code',
        values: (o: Obs) => [{ system: 'http://loinc.org', code: o.code }],
      },
      { name: 'date', type: 'date', description: 'when', values: (o: Obs) => [o.at] },
      { name: 'note', type: 'string', description: 'the note', values: (o: Obs) => [o.note] },
    ],
  },
});
const obs = (id: string, code: string, at: string, note = 'Résumé ok'): Obs => ({
  resourceType: 'Observation',
  id,
  code,
  subject: 'Patient/p1',
  at,
  note,
});
const ALL = [
  obs('a', '8867-4', '2024-05-02T10:00:00Z'),
  obs('b', '8310-5', '2024-06-01'),
  obs('c', '8867-4', '2023-01-01'),
];
const matching = (query: Record<string, string | string[]>): string[] => {
  const { filters } = searchRequestOf(observations, query);
  return ALL.filter((o) => filters.every((f) => f(o))).map((o) => o.id);
};
const refusal = (query: Record<string, string>): unknown => {
  try {
    searchRequestOf(observations, query);
  } catch (error) {
    return error instanceof ValidationError ? { code: error.code, paths: error.issues.map((i) => i.path) } : error;
  }
  return 'accepted';
};

describe('searchRequestOf', () => {
  it('names the one patient a search is about, from a reference or a bare id', () => {
    expect(searchRequestOf(observations, { patient: 'Patient/p1' }).criteria.patient).toBe('p1');
    expect(searchRequestOf(observations, { patient: 'p1' }).criteria.patient).toBe('p1');
    expect(searchRequestOf(observations, { patient: 'p1,p2' }).criteria.patient).toBeUndefined();
  });

  it('matches tokens with or without their system, alternatives by comma, repeated parameters all', () => {
    expect(matching({ code: '8867-4' })).toEqual(['a', 'c']);
    expect(matching({ code: 'http://loinc.org|8310-5' })).toEqual(['b']);
    expect(matching({ code: 'http://snomed.info/sct|8310-5' })).toEqual([]);
    expect(matching({ code: '|8310-5' })).toEqual([]);
    expect(matching({ code: '8310-5,8867-4', date: ['ge2024', 'lt2024-06'] })).toEqual(['a']);
  });

  it('matches references, strings by their start without accents, and _id', () => {
    expect(matching({ patient: 'Patient/p1' })).toEqual(['a', 'b', 'c']);
    expect(matching({ patient: 'Patient/p2' })).toEqual([]);
    expect(matching({ note: 'resu' })).toEqual(['a', 'b', 'c']);
    expect(matching({ 'note:exact': 'resu' })).toEqual([]);
    expect(matching({ 'note:contains': 'SUM' })).toEqual(['a', 'b', 'c']);
    expect(matching({ _id: 'b,c' })).toEqual(['b', 'c']);
  });

  it('reads _count and _offset, within bounds', () => {
    expect(searchRequestOf(observations, { _count: '5', _offset: '10' })).toMatchObject({ count: 5, offset: 10 });
    expect(searchRequestOf(observations, {})).toMatchObject({ count: 20, offset: 0 });
  });

  it('refuses unknown parameters, modifiers, bad dates and counts, naming each', () => {
    expect(refusal({ colour: 'red', date: 'soon', _count: '1000', 'code:text': 'x' })).toEqual({
      code: 'FHIR_SEARCH_INVALID',
      paths: ['colour', 'date', 'code:text', '_count'],
    });
    expect(refusal({ _format: 'xml' })).toEqual({ code: 'FHIR_SEARCH_INVALID', paths: ['_format'] });
    expect(refusal({ code: '' })).toEqual({ code: 'FHIR_SEARCH_INVALID', paths: ['code'] });
  });
});
