import { deciderSpec } from '@hms/sdk/testing';
import { meta, PATIENT, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import { noteDecider, type NoteCommand } from './note.decider';

const NOTE = uuid(8);
const created: ChartEvent = {
  type: 'ehr.NoteCreated',
  data: { ...recordedAt(), noteId: NOTE, title: 'Progress note' },
};
const sign = (text: string, contentHash: string, revision: number): NoteCommand => ({
  type: 'ehr.SignNote',
  meta: meta(),
  data: { noteId: NOTE, patientId: PATIENT, text, contentHash, revision },
});
const signedV1: ChartEvent = {
  type: 'ehr.NoteSigned',
  data: { ...recordedAt(), noteId: NOTE, text: 'Chest clear.', contentHash: 'h1', revision: 3, signedVersion: 1 },
};
const amend: NoteCommand = {
  type: 'ehr.AmendNote',
  meta: meta(),
  data: { noteId: NOTE, patientId: PATIENT, reason: 'Wrong side recorded' },
};
const amendmentStarted: ChartEvent = {
  type: 'ehr.NoteAmendmentStarted',
  data: { ...recordedAt(), noteId: NOTE, reason: 'Wrong side recorded', signedVersion: 1 },
};

describe('note decider', () => {
  it('creates a draft note', () =>
    deciderSpec(noteDecider)
      .given([])
      .when({
        type: 'ehr.CreateNote',
        meta: meta(),
        data: { noteId: NOTE, patientId: PATIENT, title: 'Progress note' },
      })
      .then([created]));

  it('signs a draft with its text, hash and revision', () =>
    deciderSpec(noteDecider)
      .given([created])
      .when(sign('Chest clear.', 'h1', 3))
      .then([signedV1]));

  it('refuses to sign a signed note or an empty one', () => {
    deciderSpec(noteDecider)
      .given([created, signedV1])
      .when(sign('Changed.', 'h2', 4))
      .thenRejects('NOTE_ALREADY_SIGNED');
    deciderSpec(noteDecider)
      .given([created])
      .when(sign('  ', 'h0', 1))
      .thenRejects('NOTE_EMPTY');
  });

  it('amends only a signed note', () => {
    deciderSpec(noteDecider).given([created, signedV1]).when(amend).then([amendmentStarted]);
    deciderSpec(noteDecider).given([created]).when(amend).thenRejects('NOTE_NOT_SIGNED');
    deciderSpec(noteDecider).given([created, signedV1, amendmentStarted]).when(amend).thenRejects('NOTE_NOT_SIGNED');
  });

  it('signs an amendment as a new version referencing the signed version it amends', () =>
    deciderSpec(noteDecider)
      .given([created, signedV1, amendmentStarted])
      .when(sign('Chest clear on the left.', 'h2', 7))
      .then([
        {
          type: 'ehr.NoteSigned',
          data: {
            ...recordedAt(),
            noteId: NOTE,
            text: 'Chest clear on the left.',
            contentHash: 'h2',
            revision: 7,
            signedVersion: 2,
            amends: { signedVersion: 1, contentHash: 'h1', reason: 'Wrong side recorded' },
          },
        },
      ]));
});
