/** Code systems the EHR's FHIR resources use (canonical URLs defined by FHIR and HL7, not hosts we call). */
export const LOINC = 'http://loinc.org';
export const ICD_10 = 'http://hl7.org/fhir/sid/icd-10';
export const UCUM = 'http://unitsofmeasure.org';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
export const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
export const ALLERGY_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** A reference to the patient, as every clinical resource's subject. */
export function patientReference(patientId: string): { reference: string } {
  return { reference: `Patient/${patientId}` };
}

/** The encounter an entry was recorded in, when it was. */
export function encounterReference(encounterId: string | undefined): { encounter?: { reference: string } } {
  return encounterId === undefined ? {} : { encounter: { reference: `Encounter/${encounterId}` } };
}

/** The token values of a CodeableConcept, for search. */
export function tokensOf(concept: {
  readonly coding?: readonly { readonly system?: string; readonly code?: string }[];
}): { system?: string; code: string }[] {
  return (concept.coding ?? []).flatMap((c) =>
    c.code === undefined ? [] : [{ ...(c.system === undefined ? {} : { system: c.system }), code: c.code }],
  );
}
