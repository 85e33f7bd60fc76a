import { ValidationError, type FhirResource, type FhirSearchCriteria, type FhirSearchParameter } from '@hms/sdk';

/**
 * The patient a chart search reads. The EHR's records are read one patient's chart at a time, so a search naming
 * no single patient is refused (400) rather than scanning every chart.
 */
export function patientOf(criteria: FhirSearchCriteria): { patientId: string } {
  if (criteria.patient === undefined) {
    throw new ValidationError(
      [{ path: 'patient', message: 'Name one patient: patient=Patient/<id> (or subject)' }],
      'FHIR_PATIENT_REQUIRED',
    );
  }
  return { patientId: criteria.patient };
}

/** `patient` and `subject`, both the resource's patient reference. */
export function patientParameters<R extends FhirResource>(
  reference: (resource: R) => string,
): FhirSearchParameter<R>[] {
  const values = (resource: R): string[] => [reference(resource)];
  return [
    { name: 'patient', type: 'reference', description: 'The patient (Patient/<id>)', values },
    { name: 'subject', type: 'reference', description: 'The patient (Patient/<id>)', values },
  ];
}
