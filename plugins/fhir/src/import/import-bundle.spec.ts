import {
  ConflictError,
  defineCommand,
  ForbiddenError,
  provideFhirRecordAccess,
  defineFhirResource,
  defineQuery,
  NotFoundError,
  ValidationError,
  z,
  type FhirContribution,
  type FhirImportRecord,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';
import { importBundle } from './import-bundle';

const Any = defineQuery('test.Any', z.object({}), 'A query the fake context never runs');
const Register = defineCommand('test.Register', z.object({ family: z.string() })).returns<{ id: string }>();
const File = defineCommand('test.File', z.object({ patientId: z.string(), code: z.string() })).returns<{
  id: string;
}>();
const identifierTokens = (p: FhirResource) =>
  ((p['identifier'] as { system: string; value: string }[] | undefined) ?? []).map((i) => ({
    system: i.system,
    code: i.value,
  }));
const reading = { query: Any, params: () => ({}), resource: () => undefined };
const contribution = (resource: FhirContribution['resource']): FhirContribution => ({ plugin: 'test', resource });
const patientType = contribution(
  defineFhirResource({
    type: 'Patient',
    read: reading,
    search: {
      query: Any,
      params: () => ({}),
      resources: () => [],
      parameters: [{ name: 'identifier', type: 'token', description: 'An identifier', values: identifierTokens }],
    },
    import: {
      command: Register,
      map: (p) => {
        const family = (p['name'] as { family?: string }[] | undefined)?.[0]?.family;
        return family ? { data: { family }, summary: `Patient ${family}` } : { notMappable: 'No family name' };
      },
      createdId: (r) => r.id,
    },
  }),
);
/** Conditions coded in a system `urn:ok` are taken; others are not mappable, with their codes named. */
const conditionType = contribution(
  defineFhirResource({
    type: 'Condition',
    read: reading,
    search: { query: Any, params: () => ({}), resources: (): FhirResource[] => [], parameters: [] },
    import: {
      command: File,
      map: (c, { patientId }) => {
        const coding = (c['code'] as { coding: { system: string; code: string }[] }).coding[0]!;
        return coding.system === 'urn:ok'
          ? { data: { patientId, code: coding.code }, summary: `Problem ${coding.code}`, left: ['its note'] }
          : { notMappable: `Coded ${coding.system}|${coding.code}` };
      },
      createdId: (r) => r.id,
    },
  }),
);

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

/** A fake server context: commands answer an id per command id (the same id, the same answer, as the kernel). */
function fakeContext(refuse?: (data: unknown) => Error | undefined, duplicates: Record<string, string[]> = {}) {
  const sent: { type: string; data: unknown; commandId: string }[] = [];
  const records: FhirImportRecord[] = [];
  const provenances: FhirResource[] = [];
  const ids = new Map<string, string>();
  const ctx: FhirServerContext = {
    actor: { id: '5b0c8f7e-2d41-4f7a-9a57-0d6d3d1c2b11' } as never,
    now: '2026-01-01T00:00:00.000Z',
    correlationId: 'c1',
    contributions: [patientType, conditionType],
    read: (_c, id) => Promise.resolve(KNOWN.find((p) => p.id === id)),
    search: () => Promise.resolve(KNOWN),
    startImportRun: () => Promise.reject(new Error('No background import here')),
    importRun: () => Promise.resolve(undefined),
    history: () => Promise.reject(new Error('An import reads no history')),
    // The duplicate rules, by family name: what the patient plugin's duplicate check would find.
    matchRecords: (_c, resource) =>
      Promise.resolve(duplicates[(resource['name'] as { family?: string }[] | undefined)?.[0]?.family ?? ''] ?? []),
    importResource: (c, data, commandId) => {
      const refusal = refuse?.(data);
      if (refusal) return Promise.reject(refusal);
      sent.push({ type: c.resource.import!.command.type, data, commandId });
      if (!ids.has(commandId)) ids.set(commandId, `new-${ids.size + 1}`);
      return Promise.resolve(ids.get(commandId)!);
    },
    recordImport: (record) => {
      records.push(record);
      return Promise.resolve();
    },
  };
  provideFhirRecordAccess(ctx, {
    searchMany: () => Promise.reject(new Error('An import searches nothing')),
    searchProvenance: () => Promise.reject(new Error('An import reads no Provenance')),
    recordImportWithProvenance: (record, provenance) => {
      records.push(record);
      provenances.push(provenance);
      return Promise.resolve();
    },
  });
  return { ctx, sent, records, provenances };
}
const request = (body: unknown, query: Record<string, string> = { _dryRun: 'true' }) => ({
  method: 'POST',
  path: '',
  query,
  headers: {},
  baseUrl: 'https://h.test/fhir/R4',
  body,
});
const bundleOf = (entry: unknown[], type = 'collection') => ({ resourceType: 'Bundle', type, entry });
const condition = (reference: string, system = 'urn:ok') => ({
  resourceType: 'Condition',
  subject: { reference },
  code: { coding: [{ system, code: 'I10' }] },
});
const newPatient = (fullUrl: string, family: string) => ({
  fullUrl,
  resource: { resourceType: 'Patient', name: [{ family }], identifier: [{ system: 'urn:y', value: family }] },
});
const outcomesOf = (report: FhirResource) =>
  (report['issue'] as { details: { coding?: { code: string }[]; text: string } }[])
    .slice(1)
    .map((i) => [i.details.coding![0]!.code, i.details.text] as const);

describe('importing a bundle', () => {
  it('in a dry run matches patients by identifier, follows each patient to its entries, and sends nothing', async () => {
    const { ctx, sent, records } = fakeContext();
    const report = await importBundle(
      request(
        bundleOf([
          {
            fullUrl: 'urn:uuid:a',
            resource: { resourceType: 'Patient', identifier: [{ system: 'urn:x', value: 'one' }] },
          },
          {
            fullUrl: 'urn:uuid:b',
            resource: { resourceType: 'Patient', identifier: [{ system: 'urn:x', value: 'shared' }] },
          },
          { resource: condition('urn:uuid:a') },
          { resource: condition('urn:uuid:b') },
          { resource: condition('Patient/p2') },
          { resource: condition('Patient/nobody') },
          { resource: condition('urn:uuid:c') },
          newPatient('urn:uuid:c', 'Later'),
          { resource: condition('Patient/p2', 'urn:other') },
          {
            resource: {
              resourceType: 'Immunization',
              status: 'completed',
              vaccineCode: { text: 'x' },
              patient: { reference: 'Patient/p2' },
              occurrenceString: 'x',
            },
          },
        ]),
      ),
      ctx,
    );
    const outcomes = outcomesOf(report);
    expect(outcomes.map(([code]) => code)).toEqual([
      'matched',
      'ambiguous',
      'would-create',
      'not-mappable',
      'would-create',
      'not-mappable',
      'not-mappable',
      'would-create',
      'not-mappable',
      'not-mappable',
    ]);
    expect(outcomes[0]![1]).toContain('Patient/p1');
    expect(outcomes[2]![1]).toBe('Problem I10; not taken: its note');
    expect(outcomes[6]![1]).toContain('list patients first');
    expect(outcomes[8]![1]).toBe('Coded urn:other|I10');
    expect(outcomes[9]![1]).toBe('No enabled plugin imports Immunization');
    expect(sent).toEqual([]);
    expect(records).toEqual([]);
  });

  it('registers a new patient, files its entries under the new id, records the import, and repeats itself exactly', async () => {
    const { ctx, sent, records } = fakeContext();
    const body = bundleOf([
      newPatient('urn:uuid:n', 'Newman'),
      { fullUrl: 'urn:uuid:c1', resource: condition('urn:uuid:n') },
      { fullUrl: 'urn:uuid:c2', resource: condition('Patient/p1') },
    ]);
    const first = outcomesOf(await importBundle(request(body, {}), ctx));
    expect(first.map(([code]) => code)).toEqual(['created', 'created', 'created']);
    expect(sent.map((s) => [s.type, s.data])).toEqual([
      ['test.Register', { family: 'Newman' }],
      ['test.File', { patientId: 'new-1', code: 'I10' }],
      ['test.File', { patientId: 'p1', code: 'I10' }],
    ]);
    expect(records).toEqual([
      expect.objectContaining({
        patientIds: ['new-1'],
        outcomes: { created: 3 },
        targets: ['Patient/new-1', 'Condition/new-2', 'Condition/new-3'],
      }),
    ]);
    await importBundle(request(body, { _dryRun: 'false' }), ctx);
    expect(sent.slice(3).map((s) => s.commandId)).toEqual(sent.slice(0, 3).map((s) => s.commandId));
    expect(new Set(sent.map((s) => s.commandId)).size).toBe(3);
    expect(records[1]!.bundleDigest).toBe(records[0]!.bundleDigest);
  });

  it("reports a refusal of the plugin's command for that entry, and skips the refused patient's entries", async () => {
    const { ctx } = fakeContext((data) =>
      (data as { family?: string }).family === 'Twin'
        ? new ConflictError('PATIENT_POSSIBLE_DUPLICATE', {}, { message: 'A likely duplicate' })
        : undefined,
    );
    const outcomes = outcomesOf(
      await importBundle(
        request(bundleOf([newPatient('urn:uuid:t', 'Twin'), { resource: condition('urn:uuid:t') }]), {}),
        ctx,
      ),
    );
    expect(outcomes).toEqual([
      ['failed', 'PATIENT_POSSIBLE_DUPLICATE: A likely duplicate'],
      ['not-mappable', 'Its patient urn:uuid:t was not imported'],
    ]);
  });

  it('matches a patient no identifier names by the duplicate rules before registering, and files its entries there', async () => {
    const { ctx, sent } = fakeContext(undefined, { Twin: ['p1'], Many: ['p1', 'p2'] });
    const outcomes = outcomesOf(
      await importBundle(
        request(
          bundleOf([
            newPatient('urn:uuid:t', 'Twin'),
            { resource: condition('urn:uuid:t') },
            newPatient('urn:uuid:m', 'Many'),
            { resource: condition('urn:uuid:m') },
          ]),
          {},
        ),
        ctx,
      ),
    );
    expect(outcomes).toEqual([
      ['matched', 'Matched by the duplicate rules (no identifier named it): Patient/p1'],
      ['created', 'Problem I10; not taken: its note: Condition/new-1'],
      ['ambiguous', 'The duplicate rules find 2 patients it may be: Patient/p1, Patient/p2'],
      ['not-mappable', 'Its patient urn:uuid:m was not imported'],
    ]);
    expect(sent.map((s) => [s.type, s.data])).toEqual([['test.File', { patientId: 'p1', code: 'I10' }]]);
  });

  it('refuses a transaction entry without its request, an unknown parameter and a bad _dryRun, writing nothing', async () => {
    const { ctx, sent } = fakeContext();
    const transaction = importBundle(
      request(bundleOf([{ resource: { resourceType: 'Patient' } }], 'transaction'), {}),
      ctx,
    );
    await expect(transaction).rejects.toBeInstanceOf(ValidationError);
    await expect(transaction).rejects.toMatchObject({ code: 'FHIR_IMPORT_INVALID' });
    for (const query of [{ mode: 'x' }, { _dryRun: 'maybe' }] as Record<string, string>[]) {
      await expect(importBundle(request({}, query), ctx)).rejects.toMatchObject({ code: 'FHIR_IMPORT_INVALID' });
    }
    expect(sent).toEqual([]);
  });

  it('reports a patient not found as unknown, another refusal of the read as failed, and fails on anything else', async () => {
    const { ctx } = fakeContext();
    const entries = bundleOf([{ resource: condition('Patient/p9') }]);
    const notFound = { ...ctx, read: () => Promise.reject(new NotFoundError('PATIENT_NOT_FOUND', {})) };
    expect(outcomesOf(await importBundle(request(entries), notFound))).toEqual([
      ['not-mappable', 'Its patient Patient/p9 is not known here'],
    ]);
    const forbidden = {
      ...ctx,
      read: () => Promise.reject(new ForbiddenError('CARE_RELATIONSHIP_REQUIRED', {}, { message: 'No care' })),
    };
    expect(outcomesOf(await importBundle(request(entries), forbidden))).toEqual([
      ['failed', 'CARE_RELATIONSHIP_REQUIRED: No care'],
    ]);
    const broken = { ...ctx, read: () => Promise.reject(new Error('connection lost')) };
    await expect(importBundle(request(entries), broken)).rejects.toThrow('connection lost');
  });
});
