import type { FhirResource } from '@hms/sdk';
import type { NoteEntry } from '../domain/chart/chart.state';
import { LOINC, patientReference } from './fhir-codes';

export interface FhirDocumentReference extends FhirResource {
  readonly resourceType: 'DocumentReference';
  readonly id: string;
  readonly status: 'current';
  readonly docStatus: 'final' | 'amended';
  readonly subject: { reference: string };
  readonly date: string;
  readonly content: { attachment: { contentType: string; data: string; title: string; creation: string } }[];
}

/**
 * A signed note: its latest signed version (the legal record), its text as a plain-text attachment, `amended` once
 * signed again after an amendment. A note never signed is a draft and no document: `undefined`.
 */
export function documentReferenceResource(patientId: string, note: NoteEntry): FhirDocumentReference | undefined {
  const signed = note.signed.at(-1);
  if (!signed) return undefined;
  return {
    resourceType: 'DocumentReference',
    id: note.noteId,
    status: 'current',
    docStatus: signed.signedVersion > 1 ? 'amended' : 'final',
    // LOINC 34109-9 "Note": the EHR does not type its notes yet; the title says what it is.
    type: { coding: [{ system: LOINC, code: '34109-9', display: 'Note' }], text: note.title },
    subject: patientReference(patientId),
    date: signed.signedAt,
    description: note.title,
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: Buffer.from(signed.text, 'utf8').toString('base64'),
          title: note.title,
          creation: signed.signedAt,
        },
      },
    ],
    ...(note.encounterId === undefined
      ? {}
      : { context: { encounter: [{ reference: `Encounter/${note.encounterId}` }] } }),
  };
}
