import type { FhirRefusal, FhirResource, RouteResponse } from '@hms/sdk';
import { fhirJson } from './fhir-json';

/** Where the platform's refusal codes (`CARE_RELATIONSHIP_REQUIRED`) are named in an OperationOutcome. */
export const HMS_PROBLEM_SYSTEM = 'urn:hms:problem-code';

/** FHIR's IssueType for an HTTP status (http://hl7.org/fhir/issue-type). */
function issueTypeOf(status: number): string {
  if (status === 400) return 'invalid';
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 405) return 'not-supported';
  if (status === 409) return 'conflict';
  if (status === 422) return 'business-rule';
  if (status === 429) return 'throttled';
  return status < 500 ? 'invalid' : 'exception';
}

/** One issue with the platform's code and plain words (ids only, as every refusal). */
export function operationOutcome(status: number, code: string, text: string, diagnostics?: string): FhirResource {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: status < 500 ? 'error' : 'fatal',
        code: issueTypeOf(status),
        details: { coding: [{ system: HMS_PROBLEM_SYSTEM, code }], text },
        ...(diagnostics === undefined ? {} : { diagnostics }),
      },
    ],
  };
}

/**
 * Any refusal, in FHIR's shape, with the status the kernel classified: a bad parameter 400 (one issue per
 * parameter), no session 401, refused 403, unknown 404; an unexpected failure names only the correlation id.
 */
export function refusalOutcome(refusal: FhirRefusal): RouteResponse {
  const reference = `Correlation id ${refusal.correlationId}`;
  const issues = refusal.issues?.length
    ? refusal.issues.map((issue) => ({
        severity: 'error',
        code: issueTypeOf(refusal.status),
        details: {
          coding: [{ system: HMS_PROBLEM_SYSTEM, code: refusal.code }],
          text: `${issue.path || '(request)'}: ${issue.message}`,
        },
        diagnostics: reference,
      }))
    : operationOutcome(refusal.status, refusal.code, refusal.detail, reference).issue;
  return fhirJson({ resourceType: 'OperationOutcome', issue: issues }, refusal.status);
}
