import type { FhirResource } from '@hms/sdk';
import type { MedicationEntry } from '../domain/chart/chart.state';
import { encounterReference, patientReference } from './fhir-codes';

export interface FhirMedicationRequest extends FhirResource {
  readonly resourceType: 'MedicationRequest';
  readonly id: string;
  readonly status: 'active' | 'stopped';
  readonly medicationCodeableConcept: { text: string };
  readonly subject: { reference: string };
  readonly authoredOn: string;
}

/**
 * A prescription: the medication as written (text; no drug code yet) and its current dosage in words. A change of
 * dosage keeps the request (FHIR would replace it; the EHR keeps one entry with its history).
 */
export function medicationRequestResource(patientId: string, medication: MedicationEntry): FhirMedicationRequest {
  const { dose, route, frequency } = medication.dosage;
  return {
    resourceType: 'MedicationRequest',
    id: medication.medicationId,
    status: medication.status,
    ...(medication.status === 'stopped' ? { statusReason: { text: medication.stopReason } } : {}),
    intent: 'order',
    medicationCodeableConcept: { text: medication.medication },
    subject: patientReference(patientId),
    ...encounterReference(medication.encounterId),
    authoredOn: medication.prescribedAt,
    ...(medication.reason === undefined ? {} : { reasonCode: [{ text: medication.reason }] }),
    dosageInstruction: [{ text: `${dose}, ${route}, ${frequency}`, route: { text: route } }],
    // The units the pharmacy supplies (1.7), when the prescriber said.
    ...(medication.quantity === undefined ? {} : { dispenseRequest: { quantity: { value: medication.quantity } } }),
  };
}
