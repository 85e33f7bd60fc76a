import type { operations } from './schema';

/** Types of the notes API, taken from the generated schema (never written by hand). */
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<O extends keyof operations> = operations[O] extends { requestBody?: infer R }
  ? JsonOf<NonNullable<R>>
  : never;

export type NoteSummary = JsonOf<operations['getNotes']['responses'][200]>['items'][number];
export type NoteView = JsonOf<operations['getNotesByNoteId']['responses'][200]>;
/** One of the signed-in user's own notes, with who it is about (`GET /api/notes/mine`). */
export type MyNote = JsonOf<operations['getNotesMine']['responses'][200]>['items'][number];
export type CreateNoteBody = BodyOf<'postNotes'>;
/** A patient whose open encounter's care team names the signed-in user (`GET /api/encounters/mine`). */
export type MyPatient = JsonOf<operations['getEncountersMine']['responses'][200]>['items'][number];

/**
 * A signed version of a note as the sign answer and the chart give it (the record's `ehr.NoteSigned`); the schema
 * leaves these answers open, so this is the one shape written here.
 */
export interface SignedVersion {
  readonly signedVersion: number;
  readonly contentHash: string;
  readonly signedAt: string;
  readonly signedBy: string;
  readonly amends?: { readonly signedVersion: number; readonly contentHash: string; readonly reason: string };
}
