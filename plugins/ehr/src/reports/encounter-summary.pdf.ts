import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';
import type { PatientIdentity } from '../handlers/patient-identity';
import type { EncounterSummary } from './encounter-summary';
import { calendarDate, localDateTime } from './local-time';

const TITLES = { 'visit-summary': 'Visit summary', 'discharge-summary': 'Discharge summary' } as const;

/** How the PDF is printed: when, in which time zone, and who it is about (absent without the patient plugin). */
export interface SummaryPrint {
  readonly createdAt: Date;
  readonly timeZone: string;
  readonly patient: PatientIdentity | undefined;
}

/**
 * The summary as a PDF: the same content as the JSON, one section per part of the record, headed by the patient's
 * name, MRN and date of birth, every time on the hospital's clock.
 */
export function encounterSummaryPdf(summary: EncounterSummary, print: SummaryPrint): Buffer {
  const { encounter } = summary;
  const { createdAt, timeZone, patient } = print;
  const time = (iso: string): string => localDateTime(iso, timeZone);
  const table = (labels: string[], rows: string[][], empty: string): PdfBlock => ({
    kind: 'table',
    columns: labels.map((label) => ({ label })),
    rows,
    empty,
  });
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'Diagnoses' },
    table(
      ['Code', 'Diagnosis', 'Status'],
      summary.diagnoses.map((d) => [d.code, d.title, d.status]),
      'None recorded in this encounter.',
    ),
    { kind: 'heading', text: 'Other active problems' },
    table(
      ['Code', 'Problem'],
      summary.otherActiveProblems.map((p) => [p.code, p.title]),
      'None.',
    ),
    { kind: 'heading', text: 'Allergies and intolerances' },
    table(
      ['Substance', 'Reaction', 'Criticality'],
      summary.allergies.map((a) => [a.substance, a.reaction ?? '', a.criticality]),
      'No known allergies recorded.',
    ),
    { kind: 'heading', text: 'Medications' },
    table(
      ['Medication', 'Dose', 'Route', 'Frequency', 'New'],
      summary.medications.map((m) => [
        m.medication,
        m.dose,
        m.route,
        m.frequency,
        m.startedDuringEncounter ? 'yes' : '',
      ]),
      'No active medications.',
    ),
    ...(summary.stoppedDuringEncounter.length === 0
      ? []
      : [
          { kind: 'heading' as const, text: 'Stopped during this encounter' },
          table(
            ['Medication', 'Reason'],
            summary.stoppedDuringEncounter.map((m) => [m.medication, m.reason]),
            '',
          ),
        ]),
    { kind: 'heading', text: 'Observations' },
    table(
      ['Time', 'Observation', 'Value'],
      summary.observations.map((o) => [time(o.effectiveAt), o.display, `${o.value} ${o.unit}`]),
      'None recorded.',
    ),
    { kind: 'heading', text: 'Signed notes' },
    ...(summary.notes.length === 0
      ? [{ kind: 'paragraph' as const, text: 'No signed notes.' }]
      : summary.notes.flatMap((n): PdfBlock[] => [
          {
            kind: 'paragraph',
            text: `${n.title} (signed ${time(n.signedAt)}${n.signedByName ? ` by ${n.signedByName}` : ''}, SHA-256 ${n.contentHash.slice(0, 16)}...)`,
          },
          { kind: 'paragraph', text: n.text },
        ])),
  ];
  const period = `${time(encounter.openedAt)} to ${encounter.closedAt === null ? 'ongoing' : time(encounter.closedAt)}`;
  const who =
    patient === undefined
      ? `Patient ${encounter.patientId}`
      : `${patient.name}   MRN ${patient.mrn}   Born ${calendarDate(patient.birthDate)}`;
  return renderPdf({
    title: TITLES[summary.kind],
    subtitle: [who, `${encounter.class} encounter ${encounter.encounterId}, ${period} (times in ${timeZone})`],
    createdAt,
    blocks,
  });
}
