import { defineFhirResource, defineQuery, ForbiddenError, z, type FhirContribution, type FhirResource } from '@hms/sdk';
import type { AuditEntry } from '../audit/audit-entry';
import { searchMany } from './fhir-search-many';

const Chart = defineQuery('test.GetChart', z.strictObject({ patientId: z.string() })).returns<string[]>();
const Notes = defineQuery('test.GetNotes', z.strictObject({ patientId: z.string() })).returns<string[]>();

/** A type answered from `query`'s list of ids, keeping those starting with its own prefix. */
const typeOf = (type: string, query: typeof Chart | typeof Notes): FhirContribution => ({
  plugin: 'test',
  resource: defineFhirResource({
    type,
    read: { query, params: (id: string) => ({ patientId: id }), resource: () => undefined },
    search: {
      query,
      params: (criteria) => ({ patientId: criteria.patient ?? '' }),
      resources: (ids: string[]): FhirResource[] =>
        ids.filter((id) => id.startsWith(type)).map((id) => ({ resourceType: type, id })),
      parameters: [],
    },
  }),
});
const condition = typeOf('Condition', Chart);
const observation = typeOf('Observation', Chart);
const note = typeOf('DocumentReference', Notes);
const criteria = { patient: 'p1', parameters: {} };

function deps(options: { refuseScopeOf?: string; failAudit?: boolean } = {}) {
  const runs: { type: string; action: string }[] = [];
  const written: AuditEntry[][] = [];
  return {
    runs,
    written,
    deps: {
      checkScope: ({ resource }: FhirContribution) =>
        resource.type === options.refuseScopeOf
          ? Promise.reject(new ForbiddenError('SCOPE_REQUIRED', { type: resource.type }))
          : Promise.resolve(),
      run: (type: string, _params: unknown, action: string, defer: (entry: AuditEntry) => void) => {
        runs.push({ type, action });
        defer({ actorId: 'u1', action: type, outcome: 'success', details: { askedFor: action } });
        const answer = type === Chart.type ? ['Condition/1', 'Observation/2'] : ['DocumentReference/3'];
        return Promise.resolve(answer);
      },
      recordMany: (entries: readonly AuditEntry[]) => {
        if (options.failAudit) return Promise.reject(new Error('audit log unavailable'));
        written.push([...entries]);
        return Promise.resolve();
      },
    },
  };
}

describe(searchMany.name, () => {
  it('runs a query shared by several types once, naming them all, and writes the reads’ audit in one go', async () => {
    const { deps: d, runs, written } = deps();
    const parts = await searchMany([condition, observation, note], criteria, d);
    expect(runs).toEqual([
      { type: 'test.GetChart', action: 'fhir:search:Condition,Observation' },
      { type: 'test.GetNotes', action: 'fhir:search:DocumentReference' },
    ]);
    expect(written).toHaveLength(1);
    expect(written[0]!.map((e) => e.action)).toEqual(['test.GetChart', 'test.GetNotes']);
    expect(parts.map((p) => ('resources' in p ? p.resources.map((r) => r.id) : 'refused'))).toEqual([
      ['Condition/1'],
      ['Observation/2'],
      ['DocumentReference/3'],
    ]);
  });

  it('refuses only the type its scope does not reach, and runs nothing for it', async () => {
    const { deps: d, runs } = deps({ refuseScopeOf: 'DocumentReference' });
    const parts = await searchMany([condition, note], criteria, d);
    expect(runs.map((r) => r.type)).toEqual(['test.GetChart']);
    expect(parts[1]).toEqual({ contribution: note, refusal: expect.objectContaining({ code: 'SCOPE_REQUIRED' }) });
  });

  it('answers nothing when the audit cannot be written', async () => {
    const { deps: d } = deps({ failAudit: true });
    await expect(searchMany([condition], criteria, d)).rejects.toThrow('audit log unavailable');
  });
});
