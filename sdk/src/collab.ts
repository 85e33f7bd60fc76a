import type { QueryContext } from './context';
import type { PermissionDefinition } from './permissions';

/** What a connected user may do with a co-edited document. */
export type CollabMode = 'edit' | 'read';

/** The answer of {@link CollabDocumentDefinition.resolve}: how this user may use this document. */
export interface CollabAccess {
  /** `edit` may change the document; `read` receives it live and its own changes are refused. */
  readonly mode: CollabMode;
  /** The patient the document is about, so every connection's reads and writes are audited against them. */
  readonly patientId: string | null;
}

/**
 * A kind of document co-edited live over the y-websocket protocol (`/collab/<document id>` on the API's port).
 * The core serves the protocol, authenticates the connection, persists every update before relaying it, fans
 * updates out between API instances and audits; the plugin says which ids are its documents and who may do what.
 */
export interface CollabDocumentDefinition {
  /** Unique across plugins, e.g. `ehr.note`. */
  readonly kind: string;
  /** Needed to open a document of this kind at all. */
  readonly readPermission: PermissionDefinition;
  /** Needed to change it (a user with only the read permission is given `read` mode whatever `resolve` says). */
  readonly writePermission: PermissionDefinition;
  /**
   * Whether `documentId` is one of this kind's documents and how the connecting user may use it; `null` when it
   * is not one (the connection is then refused as not found). Runs at connect time, as the connecting user.
   */
  resolve(documentId: string, ctx: QueryContext): Promise<CollabAccess | null>;
}

// The handlers' view of co-edited documents lives beside the contexts that carry it (no import cycle).
export type { CollabContent, CollabDocuments, CollabReader } from './context';

/**
 * Defines a kind of co-edited document.
 * @example
 * export const noteDocuments = defineCollabDocument({
 *   kind: 'ehr.note', readPermission: NOTE_READ, writePermission: NOTE_WRITE,
 * async resolve(id, ctx) { const note = await findNote(ctx.sql, id); return note && { mode: note.signed ? 'read' :
 * 'edit', patientId: note.patientId }; },
 * });
 */
export function defineCollabDocument(definition: CollabDocumentDefinition): CollabDocumentDefinition {
  if (!/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(definition.kind)) {
    throw new Error(`Collaborative document kind "${definition.kind}" must look like "<plugin>.<kind>"`);
  }
  return Object.freeze({ ...definition });
}
