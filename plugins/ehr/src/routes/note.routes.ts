import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { AmendNote, CreateNote, SignNote } from '../contracts/commands';
import {
  GetNote,
  ListMyNotes,
  ListNotes,
  myNoteListSchema,
  noteListSchema,
  noteViewSchema,
} from '../contracts/queries';

export const createNoteRoute = defineRoute({
  method: 'POST',
  path: '/notes',
  summary: 'Start a clinical note',
  description: 'Answers 201 `{ id, … }`; the text is then co-edited live at `/collab/<id>` (y-websocket).',
  command: CreateNote,
  status: 201,
});
export const listNotesRoute = defineRoute({
  method: 'GET',
  path: '/notes',
  summary: "A patient's notes",
  description: '`?patientId=` is required.',
  query: ListNotes,
  response: noteListSchema,
});
export const listMyNotesRoute = defineRoute({
  method: 'GET',
  path: '/notes/mine',
  summary: "The caller's own notes across patients (`?status=draft`: the notes to sign)",
  description:
    "Most recently changed first, each with the patient's name and MRN; only patients whose chart the caller may read.",
  query: ListMyNotes,
  queryString: ListMyNotes.schema,
  response: myNoteListSchema,
});
export const getNoteRoute = defineRoute({
  method: 'GET',
  path: '/notes/:noteId',
  summary: "A note's current text and status",
  query: GetNote,
  response: noteViewSchema,
});
export const signNoteRoute = defineRoute({
  method: 'POST',
  path: '/notes/:noteId/sign',
  summary: 'Sign a note as it stands',
  description:
    'Its text becomes part of the legal record (with a SHA-256); after this it changes only by an amendment.',
  command: SignNote,
});
export const amendNoteRoute = defineRoute({
  method: 'POST',
  path: '/notes/:noteId/amend',
  summary: 'Open a signed note for an amendment (with a reason)',
  command: AmendNote,
});

export const noteRoutes: readonly RouteDefinition[] = [
  createNoteRoute,
  listNotesRoute,
  listMyNotesRoute,
  getNoteRoute,
  signNoteRoute,
  amendNoteRoute,
];
