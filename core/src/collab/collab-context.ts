import type { CollabContent, CollabDocuments, CollabReader, Sql } from '@hms/sdk';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { collabStore } from './collab-store';

/** Reading co-edited documents, for queries and command preparations. */
export function collabReader(sql: Sql): CollabReader {
  return { read: (documentId) => collabStore.read(sql, documentId) };
}

/**
 * Reading and sealing co-edited documents inside a command's transaction. Sealing locks the document's row, so
 * it waits for an update being persisted and refuses the ones after it; `changed` collects the documents whose
 * state changed, to tell their connections once the transaction has committed. `beforeChange` runs before each
 * seal or unseal (the batch takes the command's savepoint there, so a refused command undoes it).
 */
export function collabDocuments(
  sql: Sql,
  registry: PluginRegistry,
  plugin: string,
  changed: string[],
  beforeChange: () => Promise<void>,
): CollabDocuments {
  // A document sealed before anyone wrote to it gets the plugin's kind when that is unambiguous.
  const kinds = [...registry.collab.values()].filter((owned) => owned.plugin === plugin);
  const kind = kinds.length === 1 ? kinds[0]!.item.kind : null;
  return {
    read: (documentId) => collabStore.read(sql, documentId),
    async seal(documentId: string): Promise<CollabContent> {
      await beforeChange();
      await collabStore.setSealed(sql, documentId, kind, true);
      changed.push(documentId);
      return collabStore.read(sql, documentId);
    },
    async unseal(documentId: string): Promise<void> {
      await beforeChange();
      await collabStore.setSealed(sql, documentId, kind, false);
      changed.push(documentId);
    },
  };
}
