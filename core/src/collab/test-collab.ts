import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, type Actor } from '@hms/sdk';
import type { TestCollab } from '@hms/sdk/testing';
import type { Kernel } from '../kernel/kernel';
import { resolveCollabAccess } from './collab-access';
import { collabStore } from './collab-store';
import { persistCollabUpdates } from './collab-writer';

/**
 * `TestKernel.collab`: what a connection does with an update (resolve, check the mode, persist and audit), minus
 * the WebSocket, so a plugin's tests can put real Yjs content in a document.
 */
export function testCollab(
  kernel: Kernel,
  actorFor: (options?: { permissions?: readonly string[] }) => Actor,
): TestCollab {
  return {
    async write(documentId, update, options) {
      const actor = actorFor(options);
      const access = await resolveCollabAccess(documentId, actor, kernel);
      if ('refused' in access) {
        if (access.refused === 'forbidden') throw new ForbiddenError('PERMISSION_REQUIRED', { documentId });
        throw new NotFoundError('DOCUMENT_NOT_FOUND', { documentId });
      }
      if (access.mode === 'read') throw new ForbiddenError('DOCUMENT_READ_ONLY', { documentId });
      const writer = { actorId: actor.id, patientId: access.patientId, source: 'test', correlationId: randomUUID() };
      const result = await persistCollabUpdates(kernel, documentId, access.kind, [{ update, writer }]);
      if (result.sealed) throw new ConflictError('DOCUMENT_SEALED', { documentId });
      return { revision: result.toRevision };
    },
    read: (documentId) => collabStore.read(kernel.db, documentId),
  };
}
