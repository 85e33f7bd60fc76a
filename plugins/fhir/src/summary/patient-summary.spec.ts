import {
  defineFhirResource,
  defineQuery,
  ForbiddenError,
  provideFhirRecordAccess,
  z,
  type FhirContribution,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';
import { fhirSettings } from '../options';
import { patientSummary } from './patient-summary';

const Any = defineQuery('test.Any', z.object({}), 'A query the fake context never runs');
const contribution = (type: string): FhirContribution => ({
  plugin: 'test',
  resource: defineFhirResource({
    type,
    read: { query: Any, params: () => ({}), resource: () => undefined },
    search: {
      query: Any,
      params: () => ({}),
      resources: () => [],
      parameters: [
        {
          name: 'patient',
          type: 'reference',
          description: 'The patient',
          values: (r: FhirResource) => [String((r['subject'] as { reference: string }).reference)],
        },
      ],
    },
  }),
});

const PATIENT = { resourceType: 'Patient', id: 'p1' };
const subject = { reference: 'Patient/p1' };
const request = {
  method: 'GET',
  path: '/Patient/p1/$summary',
  query: {},
  headers: {},
  baseUrl: 'https://h.test/fhir/R4',
};

function contextWith(
  records: Record<string, FhirResource[] | 'forbidden'>,
  refuseEverySearch?: Error,
): FhirServerContext {
  const types = ['Patient', ...Object.keys(records)];
  const ctx: FhirServerContext = {
    actor: { type: 'user', id: 'u1', roles: [], permissions: [] } as never,
    now: '2026-01-02T03:04:05.000Z',
    correlationId: 'c1',
    contributions: types.map(contribution),
    read: () => Promise.resolve(PATIENT),
    search: ({ resource }) => {
      if (refuseEverySearch) return Promise.reject(refuseEverySearch);
      const found = records[resource.type];
      if (found === 'forbidden') return Promise.reject(new ForbiddenError('PERMISSION_REQUIRED', {}));
      return Promise.resolve(found ?? []);
    },
    startImportRun: () => Promise.reject(new Error('No background import here')),
    importRun: () => Promise.resolve(undefined),
    history: () => Promise.reject(new Error('A summary reads no history')),
    matchRecords: () => Promise.resolve([]),
    importResource: () => Promise.reject(new Error('A summary imports nothing')),
    recordImport: () => Promise.reject(new Error('A summary imports nothing')),
  };
  // The sections are searched together: each part answers as `search` would, a refusal as that part's refusal.
  return provideFhirRecordAccess(ctx, {
    searchMany: (contributions, criteria) =>
      Promise.all(
        contributions.map((contribution) =>
          ctx.search(contribution, criteria).then(
            (resources) => ({ contribution, resources }),
            (refusal: unknown) => ({ contribution, refusal }),
          ),
        ),
      ),
    recordImportWithProvenance: () => Promise.reject(new Error('A summary imports nothing')),
    searchProvenance: () => Promise.reject(new Error('A summary reads no Provenance')),
  });
}

interface Section {
  code: { coding: { code: string }[] };
  text: { div: string };
  entry?: { reference: string }[];
  emptyReason?: { coding: { code: string }[] };
}
const sectionsOf = (bundle: FhirResource) => {
  const entries = bundle['entry'] as { fullUrl: string; resource: FhirResource }[];
  return (entries[0]!.resource['section'] as Section[]).map((s) => ({
    code: s.code.coding[0]!.code,
    entries: s.entry?.map((e) => e.reference) ?? [],
    empty: s.emptyReason?.coding[0]!.code,
    div: s.text.div,
  }));
};

describe('Patient/$summary', () => {
  it('lists active problems, active allergies, active medication, the newest vital sign of each code and open plans', async () => {
    const ctx = contextWith({
      Condition: [
        {
          resourceType: 'Condition',
          id: 'c1',
          subject,
          clinicalStatus: { coding: [{ code: 'active' }] },
          code: { text: 'Asthma' },
        },
        { resourceType: 'Condition', id: 'c2', subject, clinicalStatus: { coding: [{ code: 'resolved' }] } },
      ],
      AllergyIntolerance: [
        {
          resourceType: 'AllergyIntolerance',
          id: 'a1',
          subject,
          clinicalStatus: { coding: [{ code: 'active' }] },
          code: { text: 'Nuts <& co>' },
        },
      ],
      MedicationRequest: [{ resourceType: 'MedicationRequest', id: 'm1', subject, status: 'stopped' }],
      Observation: [
        {
          resourceType: 'Observation',
          id: 'o1',
          subject,
          code: { coding: [{ code: '8867-4' }] },
          category: [{ coding: [{ code: 'vital-signs' }] }],
          effectiveDateTime: '2026-01-01T00:00:00Z',
        },
        {
          resourceType: 'Observation',
          id: 'o2',
          subject,
          code: { coding: [{ code: '8867-4' }] },
          category: [{ coding: [{ code: 'vital-signs' }] }],
          effectiveDateTime: '2026-01-02T00:00:00Z',
        },
        {
          resourceType: 'Observation',
          id: 'o3',
          subject,
          code: { coding: [{ code: '2339-0' }] },
          category: [{ coding: [{ code: 'laboratory' }] }],
          effectiveDateTime: '2026-01-02T00:00:00Z',
        },
        {
          resourceType: 'Observation',
          id: 'o4',
          subject: { reference: 'Patient/other' },
          code: { coding: [{ code: '8310-5' }] },
          category: [{ coding: [{ code: 'vital-signs' }] }],
        },
      ],
    });
    const bundle = await patientSummary(contribution('Patient'), 'p1', request, ctx, fhirSettings({}));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'document', timestamp: ctx.now });
    const url = (path: string) => `https://h.test/fhir/R4/${path}`;
    expect(sectionsOf(bundle)).toEqual([
      expect.objectContaining({ code: '11450-4', entries: [url('Condition/c1')], empty: undefined }),
      expect.objectContaining({ code: '48765-2', entries: [url('AllergyIntolerance/a1')] }),
      expect.objectContaining({ code: '10160-0', entries: [], empty: 'unavailable' }),
      expect.objectContaining({ code: '8716-3', entries: [url('Observation/o2')] }),
    ]);
    // Plan of care: no plugin contributes CarePlan here, and the section is optional, so it is left out.
    expect(sectionsOf(bundle)[1]!.div).toContain('Nuts &lt;&amp; co&gt;');
    const composition = (bundle['entry'] as { resource: FhirResource }[])[0]!.resource;
    expect(composition).toMatchObject({
      author: [{ reference: url('Organization/hospital'), display: 'Hospital' }],
      subject: { reference: url('Patient/p1') },
    });
  });

  it('says a required section is withheld when the user may not read it, and unavailable when no plugin keeps it', async () => {
    const ctx = contextWith({ Condition: 'forbidden', AllergyIntolerance: [] });
    const bundle = await patientSummary(contribution('Patient'), 'p1', request, ctx, fhirSettings({}));
    expect(sectionsOf(bundle).map((s) => [s.code, s.empty])).toEqual([
      ['11450-4', 'withheld'],
      ['48765-2', 'unavailable'],
      ['10160-0', 'unavailable'],
    ]);
    expect(sectionsOf(bundle)[2]!.div).toContain('keeps no MedicationRequest records');
  });

  it('refuses the whole summary when the care relationship is missing', async () => {
    const refusing = contextWith({ Condition: [] }, new ForbiddenError('CARE_RELATIONSHIP_REQUIRED', {}));
    await expect(
      patientSummary(contribution('Patient'), 'p1', request, refusing, fhirSettings({})),
    ).rejects.toMatchObject({ code: 'CARE_RELATIONSHIP_REQUIRED' });
  });
});
