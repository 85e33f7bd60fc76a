import type { FhirResource } from '@hms/sdk';

/** A FHIR CodeableConcept as senders write it; every part optional. */
export interface Concept {
  readonly coding?: readonly { readonly system?: string; readonly code?: string; readonly display?: string }[];
  readonly text?: string;
}

/** An element of a resource as sent (already validated against R4, so only its shape is assumed). */
export const elementOf = <T>(resource: FhirResource, name: string): T | undefined =>
  (resource as Record<string, unknown>)[name] as T | undefined;

/** The concept's codings as `system|code`, to name in a report what was not taken. */
export function codingsOf(concept: Concept | undefined): string[] {
  return (concept?.coding ?? []).filter((c) => c.code).map((c) => `${c.system ?? '(no system)'}|${c.code}`);
}

/** The concept in words: its text, else the first coding's display. */
export function wordsOf(concept: Concept | undefined): string | undefined {
  return concept?.text ?? concept?.coding?.find((c) => c.display)?.display;
}

/** The codings besides the one the chart keeps, each named with its system, so the report says what was left. */
export function otherCodings(concept: Concept | undefined, kept: { system?: string; code?: string }): string[] {
  return codingsOf(concept)
    .filter((c) => c !== `${kept.system}|${kept.code}`)
    .map((c) => `the coding ${c}`);
}

/** A FHIR dateTime as the instant the chart stores (UTC); a date alone is not an instant. */
export function instantOf(dateTime: string | undefined): string | undefined {
  if (dateTime === undefined || !dateTime.includes('T')) return undefined;
  const time = new Date(dateTime);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** The code of a status given as a CodeableConcept (`clinicalStatus`, `verificationStatus`), when given. */
export function statusOf(resource: FhirResource, name: string): string | undefined {
  return elementOf<Concept>(resource, name)?.coding?.find((c) => c.code)?.code;
}
