import { createHash } from 'node:crypto';
import { handleCommand } from '@hms/sdk';
import { AmendNote, CreateNote, SignNote } from '../contracts/commands';
import { NOTE_SIGN, NOTE_WRITE } from '../contracts/permissions';
import { noteText } from '../collab/note-text';
import { noteDecider } from '../domain/note/note.decider';
import { chartStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { notePatient } from './note-lookup';

export const createNoteHandler = handleCommand(CreateNote, {
  permission: NOTE_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx) {
    const noteId = ctx.newId();
    await ctx.streams.decide(chartStream(data.patientId), noteDecider, {
      type: 'ehr.CreateNote',
      data: { ...data, noteId },
      meta: ctx.meta,
    });
    return {
      id: noteId,
      patientId: data.patientId,
      encounterId: data.encounterId ?? null,
      title: data.title,
      status: 'draft',
    };
  },
});

/**
 * Signs the note as it stands: the document is sealed in this command's transaction (an edit not yet persisted
 * is refused), and its text at exactly that revision goes into the event with its SHA-256. If the decider refuses
 * (already signed, empty), the seal rolls back with the command.
 */
export const signNoteHandler = handleCommand(SignNote, {
  permission: NOTE_SIGN,
  auditPatient: (_data, result) => result?.patientId,
  prepare: (data, ctx) => notePatient(ctx, data.noteId),
  preparedPatient: (patientId) => patientId,
  async handle(data, ctx, patientId: string) {
    const content = await ctx.collab.seal(data.noteId);
    const text = noteText(content.update);
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
    const { state } = await ctx.streams.decide(chartStream(patientId), noteDecider, {
      type: 'ehr.SignNote',
      data: { noteId: data.noteId, patientId, text, contentHash, revision: content.revision },
      meta: ctx.meta,
    });
    const signed = state.notes[data.noteId]?.signed.at(-1);
    return { id: data.noteId, patientId, status: 'signed', ...signed };
  },
});

/** Opens a signed note for an amendment: the document accepts edits again; the signed versions stay in the record. */
export const amendNoteHandler = handleCommand(AmendNote, {
  permission: NOTE_WRITE,
  auditPatient: (_data, result) => result?.patientId,
  prepare: (data, ctx) => notePatient(ctx, data.noteId),
  preparedPatient: (patientId) => patientId,
  async handle(data, ctx, patientId: string) {
    await ctx.streams.decide(chartStream(patientId), noteDecider, {
      type: 'ehr.AmendNote',
      data: { noteId: data.noteId, patientId, reason: data.reason },
      meta: ctx.meta,
    });
    await ctx.collab.unseal(data.noteId);
    return { id: data.noteId, patientId, status: 'amending' };
  },
});
