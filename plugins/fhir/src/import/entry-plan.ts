import type { FhirResource } from '@hms/sdk';

/** What a dry run says would happen to one entry. */
export type EntryOutcome = 'would-create' | 'matched' | 'ambiguous' | 'not-mappable';

export interface EntryPlan {
  readonly outcome: EntryOutcome;
  /** Plain words: what would be done, or why it cannot be. */
  readonly text: string;
}

type Coded = { coding?: { system?: string; code?: string; display?: string }[]; text?: string };
const field = (resource: FhirResource, name: string): unknown => (resource as Record<string, unknown>)[name];
const codings = (concept: unknown) => (concept as Coded | undefined)?.coding ?? [];
const wordsOf = (concept: unknown): string | undefined =>
  (concept as Coded | undefined)?.text ?? codings(concept).find((c) => c.display)?.display;

const LOINC = 'http://loinc.org';
const ICD_10 = 'http://hl7.org/fhir/sid/icd-10';
const UCUM = 'http://unitsofmeasure.org';

/**
 * Whether a clinical resource holds what the chart needs to take it (the chart's own rules: ICD-10 problems, LOINC
 * observations in UCUM units, allergies and medications named in words), and what it would become. `undefined`
 * for a type no plugin takes in.
 */
export function chartEntryPlan(resource: FhirResource): EntryPlan | undefined {
  switch (resource.resourceType) {
    case 'Condition': {
      const icd = codings(field(resource, 'code')).find((c) => c.system === ICD_10 && c.code);
      return icd
        ? { outcome: 'would-create', text: `A chart problem ${icd.code}` }
        : {
            outcome: 'not-mappable',
            text: 'The chart takes problems coded in ICD-10 (http://hl7.org/fhir/sid/icd-10)',
          };
    }
    case 'Observation': {
      const loinc = codings(field(resource, 'code')).find((c) => c.system === LOINC && c.code);
      const quantity = field(resource, 'valueQuantity') as
        { value?: number; system?: string; code?: string } | undefined;
      if (!loinc) return { outcome: 'not-mappable', text: 'The chart takes observations coded in LOINC' };
      if (quantity?.value === undefined || quantity.system !== UCUM || !quantity.code) {
        return { outcome: 'not-mappable', text: 'The chart takes observations with a value in a UCUM unit' };
      }
      return {
        outcome: 'would-create',
        text: `A chart observation ${loinc.code} of ${quantity.value} ${quantity.code}`,
      };
    }
    case 'AllergyIntolerance': {
      const substance = wordsOf(field(resource, 'code'));
      return substance
        ? { outcome: 'would-create', text: `A chart allergy to ${substance}` }
        : { outcome: 'not-mappable', text: 'The chart takes allergies naming their substance' };
    }
    case 'MedicationRequest': {
      const medication = wordsOf(field(resource, 'medicationCodeableConcept'));
      return medication
        ? { outcome: 'would-create', text: `A chart prescription of ${medication}` }
        : { outcome: 'not-mappable', text: 'The chart takes prescriptions naming the medication in words' };
    }
    default:
      return undefined;
  }
}

/** The patient a clinical resource is about (`subject` or, for AllergyIntolerance, `patient`). */
export function patientReferenceOf(resource: FhirResource): string | undefined {
  const reference = (field(resource, 'subject') ?? field(resource, 'patient')) as { reference?: string } | undefined;
  return reference?.reference;
}
