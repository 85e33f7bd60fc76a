import type { ServerLocale } from '@hms/sdk';
import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';
import type { PatientIdentity } from '../handlers/patient-identity';
import type { EncounterSummary } from './encounter-summary';
import { SUMMARY_TEXTS } from './encounter-summary.texts';
import { calendarDate, localDateTime } from './local-time';

/** How the PDF is printed: when, in which time zone, and who it is about (absent without the patient plugin). */
export interface SummaryPrint {
  readonly createdAt: Date;
  readonly timeZone: string;
  readonly patient: PatientIdentity | undefined;
  /** The reader's language (the request's Accept-Language); English when not given. */
  readonly locale?: ServerLocale;
}

/**
 * The summary as a PDF: the same content as the JSON, one section per part of the record, headed by the patient's
 * name, MRN and date of birth, every time on the hospital's clock.
 */
export function encounterSummaryPdf(summary: EncounterSummary, print: SummaryPrint): Buffer {
  const { encounter } = summary;
  const { createdAt, timeZone, patient, locale = 'en' } = print;
  const t = SUMMARY_TEXTS[locale];
  const c = t.columns;
  const time = (iso: string): string => localDateTime(iso, timeZone, locale);
  const word = (words: Readonly<Record<string, string>>, code: string): string => words[code] ?? code;
  const table = (labels: string[], rows: string[][], empty: string): PdfBlock => ({
    kind: 'table',
    columns: labels.map((label) => ({ label })),
    rows,
    empty,
  });
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: t.diagnoses },
    table(
      [c.code, c.diagnosis, c.status],
      summary.diagnoses.map((d) => [d.code, d.title, word(t.statuses, d.status)]),
      t.noDiagnoses,
    ),
    { kind: 'heading', text: t.otherProblems },
    table(
      [c.code, c.problem],
      summary.otherActiveProblems.map((p) => [p.code, p.title]),
      t.none,
    ),
    { kind: 'heading', text: t.allergies },
    table(
      [c.substance, c.reaction, c.criticality],
      summary.allergies.map((a) => [a.substance, a.reaction ?? '', word(t.criticalities, a.criticality)]),
      t.noAllergies,
    ),
    { kind: 'heading', text: t.medications },
    table(
      [c.medication, c.dose, c.route, c.frequency, c.isNew],
      summary.medications.map((m) => [
        m.medication,
        m.dose,
        m.route,
        m.frequency,
        m.startedDuringEncounter ? t.yes : '',
      ]),
      t.noMedications,
    ),
    ...(summary.stoppedDuringEncounter.length === 0
      ? []
      : [
          { kind: 'heading' as const, text: t.stopped },
          table(
            [c.medication, c.reason],
            summary.stoppedDuringEncounter.map((m) => [m.medication, m.reason]),
            '',
          ),
        ]),
    { kind: 'heading', text: t.observations },
    table(
      [c.time, c.observation, c.value],
      summary.observations.map((o) => [time(o.effectiveAt), o.display, `${o.value} ${o.unit}`]),
      t.noObservations,
    ),
    { kind: 'heading', text: t.signedNotes },
    ...(summary.notes.length === 0
      ? [{ kind: 'paragraph' as const, text: t.noNotes }]
      : summary.notes.flatMap((n): PdfBlock[] => [
          {
            kind: 'paragraph',
            text: t.signed(n.title, time(n.signedAt), n.signedByName ?? undefined, n.contentHash.slice(0, 16)),
          },
          { kind: 'paragraph', text: n.text },
        ])),
  ];
  const until = encounter.closedAt === null ? t.ongoing : time(encounter.closedAt);
  const who =
    patient === undefined
      ? t.unknownPatient(encounter.patientId)
      : t.patientLine(patient.name, patient.mrn, calendarDate(patient.birthDate, locale));
  return renderPdf({
    title: t.titles[summary.kind],
    subtitle: [
      who,
      t.encounterLine(
        word(t.classes, encounter.class),
        encounter.encounterId,
        time(encounter.openedAt),
        until,
        timeZone,
      ),
    ],
    createdAt,
    blocks,
    pageLabel: t.page,
  });
}
