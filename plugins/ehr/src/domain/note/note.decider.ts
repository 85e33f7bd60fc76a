import { assertNever, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import { NOTE_ALREADY_SIGNED, NOTE_EMPTY, NOTE_NOT_FOUND, NOTE_NOT_SIGNED } from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';

export type CreateNoteCommand = Command<
  'ehr.CreateNote',
  { noteId: string; patientId: string; title: string; encounterId?: string }
>;
/** The handler has sealed the document and read its text, hash and revision at that moment. */
export type SignNoteCommand = Command<
  'ehr.SignNote',
  {
    noteId: string;
    patientId: string;
    text: string;
    contentHash: string;
    revision: number;
  }
>;
export type AmendNoteCommand = Command<'ehr.AmendNote', { noteId: string; patientId: string; reason: string }>;
export type NoteCommand = CreateNoteCommand | SignNoteCommand | AmendNoteCommand;

export function decide(command: NoteCommand, state: ChartState): ChartEvent[] {
  switch (command.type) {
    case 'ehr.CreateNote': {
      const { patientId, ...note } = command.data;
      return [{ type: 'ehr.NoteCreated', data: defined({ ...recorded(patientId, command.meta), ...note }) }];
    }
    case 'ehr.SignNote':
      return sign(command, state);
    case 'ehr.AmendNote':
      return amend(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * A signature binds the signer to this exact text: the event keeps the text, its hash and the document revision.
 * Signing an amendment references the signed version it replaces, so the record shows both and why.
 */
function sign({ data, meta }: SignNoteCommand, state: ChartState): ChartEvent[] {
  const note = entryOf(state, 'notes', data.noteId, NOTE_NOT_FOUND, data.patientId);
  if (note.status === 'signed') {
    throw new InvariantViolation(
      NOTE_ALREADY_SIGNED,
      { noteId: data.noteId },
      { message: 'This note is signed; start an amendment to change it.' },
    );
  }
  if (data.text.trim() === '')
    throw new InvariantViolation(NOTE_EMPTY, { noteId: data.noteId }, { message: 'An empty note cannot be signed.' });
  const previous = note.signed.at(-1);
  const amends =
    note.status === 'amending' && previous
      ? { signedVersion: previous.signedVersion, contentHash: previous.contentHash, reason: note.amendmentReason }
      : undefined;
  const { patientId, noteId, text, contentHash, revision } = data;
  return [
    {
      type: 'ehr.NoteSigned',
      data: defined({
        ...recorded(patientId, meta),
        noteId,
        text,
        contentHash,
        revision,
        signedVersion: note.signed.length + 1,
        amends,
      }),
    },
  ];
}

function amend({ data, meta }: AmendNoteCommand, state: ChartState): ChartEvent[] {
  const note = entryOf(state, 'notes', data.noteId, NOTE_NOT_FOUND, data.patientId);
  if (note.status !== 'signed') {
    throw new InvariantViolation(
      NOTE_NOT_SIGNED,
      { noteId: data.noteId },
      { message: 'Only a signed note is amended; a draft is simply edited.' },
    );
  }
  const { patientId, noteId, reason } = data;
  return [
    {
      type: 'ehr.NoteAmendmentStarted',
      data: { ...recorded(patientId, meta), noteId, reason, signedVersion: note.signed.length },
    },
  ];
}

export const noteDecider: Decider<ChartState, NoteCommand, ChartEvent> = { decide, ...chartFold };
