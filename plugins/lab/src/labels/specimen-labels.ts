import type { PdfLabel } from '@hms/sdk/pdf';
import type { LabOrderView } from '../contracts/queries';
import type { SpecimenType } from '../contracts/schemas';
import { labTest } from '../domain/catalogue/catalogue';

/** Who the tube is from, as the patient directory knows them: the two identifiers a label must carry. */
export interface LabelPatient {
  readonly mrn: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
}

const TUBE: Record<SpecimenType, string> = { serum: 'Serum (gold top)', 'whole-blood': 'Whole blood (purple top)' };

/**
 * One label per tube: the barcode of its label code (what the analyser and the receipt desk scan), then the
 * patient's name, MRN and birth date (two identifiers, as specimen labelling rules ask), the tube, the tests it is
 * for, and the priority with the time of collection.
 */
export function specimenLabels(
  order: LabOrderView,
  patient: LabelPatient,
  bars: (text: string) => number[],
): PdfLabel[] {
  const collected = (order.collectedAt ?? order.placedAt).slice(0, 16).replace('T', ' ');
  return order.labels.map((label) => {
    const tests = order.tests
      .map((code) => labTest(code))
      .filter((t) => t?.specimen === label.specimen)
      .map((t) => t?.name ?? '');
    return {
      barcode: { bars: bars(label.labelCode), text: label.labelCode },
      lines: [
        `${patient.familyName.toUpperCase()}, ${patient.givenName}`,
        `MRN ${patient.mrn}  DOB ${patient.birthDate}`,
        `${TUBE[label.specimen]}: ${tests.join(', ')}`,
        `${order.priority.toUpperCase()}  collected ${collected} UTC`,
      ],
    };
  });
}
