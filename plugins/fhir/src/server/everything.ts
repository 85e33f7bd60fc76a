import {
  ValidationError,
  type FhirContribution,
  type FhirRequest,
  type FhirResource,
  type FhirServerContext,
} from '@hms/sdk';
import { DEFAULT_COUNT, MAX_COUNT } from '../search/search-request';
import { searchset } from '../search/searchset';
import { readResource } from './read';
import { isWithheld } from './withheld';

/**
 * `Patient/<id>/$everything`: the patient and every resource of each contributed type that is searched by
 * `patient`, as one searchset paged like a search. A type whose permission the user lacks is left out and named
 * in an OperationOutcome entry; a refusal about the patient itself (no care relationship) refuses the whole
 * answer, so nothing of the record leaves.
 */
export async function patientEverything(
  patientType: FhirContribution,
  patientId: string,
  request: FhirRequest,
  ctx: FhirServerContext,
): Promise<FhirResource> {
  const { count, offset } = pagingOf(request.query);
  const patient = await readResource(patientType, patientId, ctx);
  const resources: FhirResource[] = [patient];
  const leftOut: string[] = [];
  const reference = `Patient/${patient.id}`;
  for (const contribution of ctx.contributions) {
    const byPatient = contribution.resource.search.parameters.find((p) => p.name === 'patient');
    if (contribution === patientType || byPatient?.type !== 'reference') continue;
    const criteria = { patient: patient.id ?? patientId, parameters: { patient: [reference] } };
    try {
      const found = await ctx.search(contribution, criteria);
      resources.push(...found.filter((resource) => byPatient.values(resource).includes(reference)));
    } catch (error) {
      if (!isWithheld(error)) throw error;
      leftOut.push(contribution.resource.type);
    }
  }
  // Said in the bundle rather than dropped silently: the receiver must know the record is partial.
  const outcomes: FhirResource[] =
    leftOut.length === 0
      ? []
      : [
          {
            resourceType: 'OperationOutcome',
            issue: [
              {
                severity: 'information',
                code: 'suppressed',
                details: { text: `Left out, for want of permission or scope: ${leftOut.join(', ')}` },
              },
            ],
          },
        ];
  return searchset({
    baseUrl: request.baseUrl,
    path: `Patient/${patientId}/$everything`,
    parameters: [],
    matches: resources,
    count,
    offset,
    outcomes,
  });
}

function pagingOf(query: FhirRequest['query']): { count: number; offset: number } {
  const unknown = Object.keys(query).filter((key) => key !== '_count' && key !== '_offset');
  const number = (key: string, fallback: number, max: number): number => {
    const value = query[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value) || Number(value) > max) {
      throw new ValidationError(
        [{ path: key, message: `Expected one whole number from 0 to ${max}` }],
        'FHIR_SEARCH_INVALID',
      );
    }
    return Number(value);
  };
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((key) => ({ path: key, message: '$everything takes only _count and _offset here' })),
      'FHIR_SEARCH_INVALID',
    );
  }
  return { count: number('_count', DEFAULT_COUNT, MAX_COUNT), offset: number('_offset', 0, Number.MAX_SAFE_INTEGER) };
}
