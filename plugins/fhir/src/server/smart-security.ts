import { inPatientCompartment, type FhirContribution } from '@hms/sdk';

const SECURITY_SERVICE = 'http://terminology.hl7.org/CodeSystem/restful-security-service';
const SMART_CAPABILITIES = 'http://fhir-registry.smarthealthit.org/StructureDefinition/capabilities';

/**
 * The CapabilityStatement's `rest.security`: the SMART-on-FHIR scopes a session may be narrowed to, in words and as
 * SMART's capability codes. Sessions are this installation's own (a sign-in with a `scope`), not OAuth: there is no
 * authorization endpoint to advertise.
 */
export function smartSecurity(contributions: readonly FhirContribution[]): Record<string, unknown> {
  const patientTypes = contributions.filter((c) => inPatientCompartment(c.resource)).map((c) => c.resource.type);
  const importable = contributions.filter((c) => c.resource.import !== undefined).map((c) => c.resource.type);
  return {
    extension: ['permission-patient', 'permission-user'].map((code) => ({
      url: SMART_CAPABILITIES,
      valueCode: code,
    })),
    service: [{ coding: [{ system: SECURITY_SERVICE, code: 'SMART-on-FHIR' }], text: 'SMART-on-FHIR scopes' }],
    description: [
      'A session may carry SMART scopes (sign in with `scope`), which narrow it and never widen its permissions:',
      '`user/<Type>.read` (read, search and the Patient operations), `user/<Type>.write` (import),',
      '`*` for every type or both accesses, and `patient/` for the Patient compartment only',
      `(${patientTypes.join(', ') || 'none'}).`,
      `Types an import writes: ${importable.join(', ') || 'none'}; an import also reads Patient to match patients.`,
      'A type outside the scopes answers 403 SCOPE_REQUIRED.',
    ].join(' '),
  };
}
