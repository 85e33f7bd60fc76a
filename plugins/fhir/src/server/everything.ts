import {
  fhirRecordAccess,
  ValidationError,
  type FhirContribution,
  type FhirRequest,
  type FhirResource,
  type FhirSearchCriteria,
  type FhirSearchParameter,
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
  const byPatient = (contribution: FhirContribution): FhirSearchParameter | undefined =>
    contribution.resource.search.parameters.find((p) => p.name === 'patient' && p.type === 'reference');
  const types = ctx.contributions.filter((c) => c !== patientType && byPatient(c) !== undefined);
  // One access for the whole record: each shared query runs once, beside the patient's read, and the searches'
  // reads are audited together. Each query still meets its own permission and care-relationship check, so running
  // them before the patient's read has answered opens nothing; a refused or unknown patient refuses the whole answer.
  const criteria = (id: string): FhirSearchCriteria => ({ patient: id, parameters: { patient: [`Patient/${id}`] } });
  const [read, asked] = await Promise.all([
    readResource(patientType, patientId, ctx).then(
      (resource) => ({ resource }),
      (error: unknown) => ({ error }),
    ),
    fhirRecordAccess(ctx).searchMany(types, criteria(patientId)),
  ]);
  if ('error' in read) throw read.error;
  // A record read under another id (one merged into another answers the survivor) is searched under that id.
  const id = read.resource.id ?? patientId;
  const reference = `Patient/${id}`;
  const parts = id === patientId ? asked : await fhirRecordAccess(ctx).searchMany(types, criteria(id));
  const resources: FhirResource[] = [read.resource];
  const leftOut: string[] = [];
  for (const part of parts) {
    if ('refusal' in part) {
      if (!isWithheld(part.refusal)) throw part.refusal;
      leftOut.push(part.contribution.resource.type);
      continue;
    }
    const parameter = byPatient(part.contribution);
    if (parameter?.type !== 'reference') continue;
    resources.push(...part.resources.filter((resource) => parameter.values(resource).includes(reference)));
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
