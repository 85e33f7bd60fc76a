import {
  defineFhirResource,
  defineQuery,
  NotFoundError,
  ValidationError,
  z,
  type FhirContribution,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';
import { importDryRun } from './dry-run';

const Any = defineQuery('test.Any', z.object({}), 'A query the fake context never runs');
const identifierTokens = (p: FhirResource) =>
  ((p['identifier'] as { system: string; value: string }[] | undefined) ?? []).map((i) => ({
    system: i.system,
    code: i.value,
  }));
const patientType: FhirContribution = {
  plugin: 'test',
  resource: defineFhirResource({
    type: 'Patient',
    read: { query: Any, params: () => ({}), resource: () => undefined },
    search: {
      query: Any,
      params: () => ({}),
      resources: () => [],
      parameters: [{ name: 'identifier', type: 'token', description: 'An identifier', values: identifierTokens }],
    },
  }),
};

/** Two known patients sharing the identifier `urn:x|shared`; p1 also holds `urn:x|one`. */
const KNOWN: FhirResource[] = [
  {
    resourceType: 'Patient',
    id: 'p1',
    identifier: [
      { system: 'urn:x', value: 'one' },
      { system: 'urn:x', value: 'shared' },
    ],
  },
  { resourceType: 'Patient', id: 'p2', identifier: [{ system: 'urn:x', value: 'shared' }] },
];
const ctx: FhirServerContext = {
  actor: {} as never,
  now: '2026-01-01T00:00:00.000Z',
  correlationId: 'c1',
  contributions: [patientType],
  read: (_c, id) => Promise.resolve(KNOWN.find((p) => p.id === id)),
  search: () => Promise.resolve(KNOWN),
};
const request = (body: unknown, query: Record<string, string> = { _dryRun: 'true' }) => ({
  method: 'POST',
  path: '',
  query,
  headers: {},
  baseUrl: 'https://h.test/fhir/R4',
  body,
});
const condition = (reference: string) => ({
  resourceType: 'Condition',
  subject: { reference },
  code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'I10' }] },
});
const outcomesOf = async (entry: unknown[], type = 'collection') => {
  const report = await importDryRun(request({ resourceType: 'Bundle', type, entry }), ctx);
  return (report['issue'] as { details: { coding?: { code: string }[]; text: string } }[])
    .slice(1)
    .map((i) => [i.details.coding![0]!.code, i.details.text]);
};

describe('the import dry run', () => {
  it('matches a patient by identifier, calls several matches ambiguous, and follows each patient to its entries', async () => {
    const outcomes = await outcomesOf([
      { fullUrl: 'urn:uuid:a', resource: { resourceType: 'Patient', identifier: [{ system: 'urn:x', value: 'one' }] } },
      {
        fullUrl: 'urn:uuid:b',
        resource: { resourceType: 'Patient', identifier: [{ system: 'urn:x', value: 'shared' }] },
      },
      { resource: condition('urn:uuid:a') },
      { resource: condition('urn:uuid:b') },
      { resource: condition('Patient/p2') },
      { resource: condition('Patient/nobody') },
      { resource: condition('urn:uuid:c') },
      { fullUrl: 'urn:uuid:c', resource: { resourceType: 'Patient' } },
    ]);
    expect(outcomes.map(([code]) => code)).toEqual([
      'matched',
      'ambiguous',
      'would-create',
      'not-mappable',
      'would-create',
      'not-mappable',
      'not-mappable',
      'would-create',
    ]);
    expect(outcomes[0]![1]).toContain('Patient/p1');
    expect(outcomes[6]![1]).toContain('list patients first');
  });

  it('refuses a transaction entry without its request, naming the bundle rule, and any other query', async () => {
    const transaction = importDryRun(
      request({ resourceType: 'Bundle', type: 'transaction', entry: [{ resource: { resourceType: 'Patient' } }] }),
      ctx,
    );
    await expect(transaction).rejects.toBeInstanceOf(ValidationError);
    await expect(transaction).rejects.toMatchObject({ code: 'FHIR_IMPORT_INVALID' });
    await expect(importDryRun(request({}, { _dryRun: 'true', mode: 'x' }), ctx)).rejects.toMatchObject({
      code: 'FHIR_IMPORT_INVALID',
    });
    await expect(importDryRun(request({}, { _dryRun: 'false' }), ctx)).rejects.toMatchObject({
      code: 'FHIR_IMPORT_DRY_RUN_ONLY',
    });
  });

  it('passes on a refusal of the patient read (not found only means unknown)', async () => {
    const refusing = { ...ctx, read: () => Promise.reject(new NotFoundError('PATIENT_NOT_FOUND', {})) };
    const report = await importDryRun(
      request({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: condition('Patient/p9') }] }),
      refusing,
    );
    expect(JSON.stringify(report)).toContain('not-mappable');
  });
});
