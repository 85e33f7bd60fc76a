import type { FhirContribution, FhirResource, FhirSearchCriteria, FhirSearchPart } from '@hms/sdk';
import type { AuditEntry } from '../audit/audit-entry';

/** What `searchMany` needs from the gateway: the scope check and a query run that defers its success's audit. */
export interface SearchManyDeps {
  checkScope(contribution: FhirContribution, patientId: string | undefined): Promise<void>;
  run(type: string, params: unknown, action: string, defer: (entry: AuditEntry) => void): Promise<unknown>;
  recordMany(entries: readonly AuditEntry[]): Promise<void>;
}

/** The contributions asking the same query with the same parameters: it runs once for all of them. */
interface SharedQuery {
  readonly type: string;
  readonly params: unknown;
  readonly contributions: FhirContribution[];
}

/**
 * `ctx.searchMany`: one patient's record gathered from many types as one access. `$everything` used to run a query,
 * a care check and an audit write per type, though six of the EHR's types answer from the same chart query; here
 * each distinct query runs once, all concurrently, and the successes' audit records are written in one statement
 * before any resource is handed back (no audit, no data).
 */
export async function searchMany(
  contributions: readonly FhirContribution[],
  criteria: FhirSearchCriteria,
  deps: SearchManyDeps,
): Promise<readonly FhirSearchPart[]> {
  const refused = new Map<FhirContribution, unknown>();
  const shared = new Map<string, SharedQuery>();
  for (const contribution of contributions) {
    try {
      await deps.checkScope(contribution, criteria.patient);
      const { query, params } = contribution.resource.search;
      const asked = params(criteria);
      const key = `${query.type}\n${JSON.stringify(asked)}`;
      const entry = shared.get(key) ?? { type: query.type, params: asked, contributions: [] };
      entry.contributions.push(contribution);
      shared.set(key, entry);
    } catch (error) {
      refused.set(contribution, error);
    }
  }
  const deferred: AuditEntry[] = [];
  const answers = new Map<FhirContribution, unknown>();
  await Promise.all(
    [...shared.values()].map(async ({ type, params, contributions: served }) => {
      const action = `fhir:search:${served.map((c) => c.resource.type).join(',')}`;
      try {
        const answer = await deps.run(type, params, action, (entry) => deferred.push(entry));
        for (const contribution of served) answers.set(contribution, answer);
      } catch (error) {
        for (const contribution of served) refused.set(contribution, error);
      }
    }),
  );
  if (deferred.length > 0) await deps.recordMany(deferred);
  return contributions.map((contribution): FhirSearchPart => {
    if (refused.has(contribution)) return { contribution, refusal: refused.get(contribution) };
    const resources: readonly FhirResource[] = contribution.resource.search.resources(
      answers.get(contribution) as never,
      criteria,
    );
    return { contribution, resources };
  });
}
