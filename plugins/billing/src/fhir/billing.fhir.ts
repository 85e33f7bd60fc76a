import {
  defineFhirResource,
  ValidationError,
  type FhirSearchCriteria,
  type FhirSearchParameter,
  type FhirToken,
} from '@hms/sdk';
import {
  FindFhirClaim,
  FindFhirCoverage,
  GetFhirClaims,
  GetFhirCoverages,
  type FhirClaims,
} from './billing-fhir.queries';
import {
  claimResource,
  claimResponseResource,
  coverageResource,
  type FhirBillingResource,
} from './billing-fhir-resources';

/** Billing reads one patient's account or claims at a time: a search naming no single patient is refused (400). */
function patientOf(criteria: FhirSearchCriteria): { patientId: string } {
  if (criteria.patient === undefined) {
    throw new ValidationError(
      [{ path: 'patient', message: 'Name one patient: patient=Patient/<id>' }],
      'FHIR_PATIENT_REQUIRED',
    );
  }
  return { patientId: criteria.patient };
}

const token = (system: string, value: unknown): FhirToken[] =>
  typeof value === 'string' ? [{ system, code: value }] : [];
const patientParameter = (
  name: string,
  reference: (r: FhirBillingResource) => unknown,
): FhirSearchParameter<FhirBillingResource> => ({
  name,
  type: 'reference',
  description: 'The patient (Patient/<id>)',
  values: (r) => [String((reference(r) as { reference?: string } | undefined)?.reference ?? '')],
});
const statusParameter = (system: string): FhirSearchParameter<FhirBillingResource> => ({
  name: 'status',
  type: 'token',
  description: 'The status',
  values: (r) => token(system, r['status']),
});

const claimsAsClaims = ({ claims, coverages }: FhirClaims): FhirBillingResource[] =>
  claims.map((claim) => claimResource(claim, coverages));
const claimsAsResponses = ({ claims }: FhirClaims): FhirBillingResource[] =>
  claims.flatMap((claim) => claimResponseResource(claim) ?? []);

/** FHIR Coverage: a patient's insurance covers, folded from the account (guarded by billing:charge:read). */
export const coverageFhirResource = defineFhirResource({
  type: 'Coverage',
  read: {
    query: FindFhirCoverage,
    params: (id) => ({ coverageId: id }),
    resource: (found, id) => {
      const cover = found?.coverages.find((c) => c.coverageId === id);
      return found && cover ? coverageResource(found.patientId, cover) : undefined;
    },
  },
  search: {
    query: GetFhirCoverages,
    params: patientOf,
    resources: ({ patientId, coverages }) => coverages.map((cover) => coverageResource(patientId, cover)),
    parameters: [
      patientParameter('patient', (r) => r['beneficiary']),
      patientParameter('beneficiary', (r) => r['beneficiary']),
      statusParameter('http://hl7.org/fhir/fm-status'),
    ],
  },
});

/** FHIR Claim: the claims for payers' shares of charges (guarded by billing:claim:manage). */
export const claimFhirResource = defineFhirResource({
  type: 'Claim',
  read: {
    query: FindFhirClaim,
    params: (id) => ({ claimId: id }),
    resource: (found, id) => claimsAsClaims(found).find((r) => r.id === id),
  },
  search: {
    query: GetFhirClaims,
    params: patientOf,
    resources: claimsAsClaims,
    parameters: [
      patientParameter('patient', (r) => r.patient),
      statusParameter('http://hl7.org/fhir/fm-status'),
      { name: 'created', type: 'date', description: 'When it was drafted', values: (r) => [String(r['created'])] },
    ],
  },
});

/** FHIR ClaimResponse: a payer's latest decision on a claim, once it has one (same id as its Claim). */
export const claimResponseFhirResource = defineFhirResource({
  type: 'ClaimResponse',
  read: {
    query: FindFhirClaim,
    params: (id) => ({ claimId: id }),
    resource: (found, id) => claimsAsResponses(found).find((r) => r.id === id),
  },
  search: {
    query: GetFhirClaims,
    params: patientOf,
    resources: claimsAsResponses,
    parameters: [
      patientParameter('patient', (r) => r.patient),
      patientParameter('request', (r) => r['request']),
      {
        name: 'outcome',
        type: 'token',
        description: 'complete, or partial while an appeal is open',
        values: (r) => token('http://hl7.org/fhir/remittance-outcome', r['outcome']),
      },
      {
        name: 'created',
        type: 'date',
        description: 'When its claim was drafted',
        values: (r) => [String(r['created'])],
      },
    ],
  },
});
