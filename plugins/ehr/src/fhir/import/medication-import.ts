import type { FhirImport, FhirResource } from '@hms/sdk';
import { PrescribeMedication } from '../../contracts/commands';
import { codingsOf, elementOf, wordsOf, type Concept } from './concepts';

interface Dosage {
  text?: string;
  route?: Concept;
  timing?: { code?: Concept };
  doseAndRate?: { doseQuantity?: { value?: number; unit?: string; code?: string } }[];
}

/** The dose, route and frequency in words: structured where the sender structured them, else from the text. */
function dosageOf(dosage: Dosage | undefined): { dose: string; route: string; frequency: string } | undefined {
  if (dosage === undefined) return undefined;
  const [textDose, textRoute, textFrequency, ...more] = (dosage.text ?? '').split(', ');
  const fromText = more.length === 0 ? { dose: textDose, route: textRoute, frequency: textFrequency } : {};
  const quantity = dosage.doseAndRate?.[0]?.doseQuantity;
  const dose =
    quantity?.value === undefined ? fromText.dose : `${quantity.value} ${quantity.unit ?? quantity.code ?? ''}`.trim();
  const route = wordsOf(dosage.route) ?? fromText.route;
  const frequency = wordsOf(dosage.timing?.code) ?? fromText.frequency;
  return dose && route && frequency
    ? { dose: dose.slice(0, 60), route: route.slice(0, 40), frequency: frequency.slice(0, 60) }
    : undefined;
}

/**
 * A MedicationRequest as a chart prescription: the medication in words (its codings are named as left: the chart
 * keeps no drug code), the first dosage instruction's dose, route and frequency, and the first reason in words.
 */
export const medicationImport: FhirImport<typeof PrescribeMedication> = {
  command: PrescribeMedication,
  map(request: FhirResource, { patientId }) {
    const concept = elementOf<Concept>(request, 'medicationCodeableConcept');
    const medication = wordsOf(concept);
    if (!medication) return { notMappable: 'The chart takes prescriptions naming the medication in words' };
    const status = elementOf<string>(request, 'status');
    if (status !== undefined && status !== 'active' && status !== 'draft' && status !== 'on-hold') {
      return { notMappable: `A ${status} prescription: the chart would record ${medication} as active` };
    }
    const dosage = dosageOf(elementOf<Dosage[]>(request, 'dosageInstruction')?.[0]);
    if (!dosage) return { notMappable: `The chart takes ${medication} with its dose, route and frequency` };
    const reason = wordsOf(elementOf<Concept[]>(request, 'reasonCode')?.[0]);
    const left = [...codingsOf(concept).map((c) => `the medication's coding ${c} (kept in words)`)];
    return {
      data: {
        patientId,
        medication: medication.slice(0, 200),
        dosage,
        ...(reason === undefined ? {} : { reason: reason.slice(0, 500) }),
      },
      summary: `A chart prescription of ${medication}`,
      ...(left.length > 0 ? { left } : {}),
    };
  },
  createdId: (entry) => entry.medicationId,
};
