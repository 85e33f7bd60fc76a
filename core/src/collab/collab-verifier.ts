import type { Sql } from '@hms/sdk';
import { collabStore } from './collab-store';
import { Y } from './yjs';

/** One co-edited document that does not open whole. */
export interface BrokenCollabDocument {
  readonly id: string;
  readonly kind: string | null;
  readonly revision: number;
  readonly problem: string;
}

/** What `verifyCollabDocuments` found: how many documents opened whole, and those that did not. */
export interface CollabVerification {
  readonly documents: number;
  /** The stored content's size in bytes, summed (a restore that lost updates shows here too). */
  readonly bytes: number;
  readonly broken: readonly BrokenCollabDocument[];
}

const PAGE = 200;

/**
 * Opens every stored co-edited document as a connection would (snapshot plus updates merged, applied to a Yjs
 * document) and reports those that fail to decode or that refer to updates the store does not have (Yjs keeps
 * such changes "pending": the text would silently miss them). Reads only; never logs the content.
 */
export async function verifyCollabDocuments(sql: Sql): Promise<CollabVerification> {
  const broken: BrokenCollabDocument[] = [];
  let documents = 0;
  let bytes = 0;
  let after = '';
  for (;;) {
    const page = await sql.query<{ id: string; kind: string | null }>(
      'SELECT id, kind FROM core.collab_documents WHERE id > $1 ORDER BY id LIMIT $2',
      [after, PAGE],
    );
    for (const { id, kind } of page) {
      documents++;
      const content = await collabStore.read(sql, id);
      bytes += content.update.byteLength;
      const problem = openProblem(content.update);
      if (problem) broken.push({ id, kind, revision: content.revision, problem });
    }
    if (page.length < PAGE) return { documents, bytes, broken };
    after = page.at(-1)!.id;
  }
}

function openProblem(update: Uint8Array): string | undefined {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
      return 'some changes refer to updates that are not stored';
    return undefined;
  } catch (error) {
    return `does not decode: ${(error as Error).message}`;
  } finally {
    doc.destroy();
  }
}
