import type { Actor, CollabMode } from '@hms/sdk';
import type { AccessBasis, CareAccess } from '../access/care-access';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import type { PluginRegistry } from '../kernel/plugin-registry';
import type { AskedQueryRunner } from '../buses/published-queries';
import { readContext } from '../buses/read-context';
import { collabStore } from './collab-store';

/** How a user may use a document, as its kind resolved it and their permissions allow. */
export interface CollabGrant {
  readonly documentId: string;
  readonly kind: string;
  readonly plugin: string;
  readonly mode: CollabMode;
  readonly patientId: string | null;
  /** The ground of the access when the kind's data is clinical (the audit log records it). */
  readonly access?: AccessBasis;
}

/** Why a user may not open a document: it is none of the kinds' (or not theirs to see), or they lack the permission. */
export interface CollabRefusal {
  readonly refused: 'not-found' | 'forbidden';
  readonly kind?: string;
}

export interface CollabAccessDeps {
  readonly db: Database;
  readonly registry: PluginRegistry;
  readonly store: EventStore;
  readonly clock: Clock;
  /** Lets a kind's `resolve` ask other plugins' published queries (the kernel's query executor). */
  readonly queries?: { execute: AskedQueryRunner };
  /** The care-relationship rule, for kinds whose read permission is clinical (a clinical note). */
  readonly access?: { readonly care: CareAccess };
}

/** Document ids are the plugins' own ids (UUIDs and the like); anything else names no document. */
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID.test(value);
}

/**
 * Decides what `actor` may do with a document at connect time. The kind recorded for the document is asked
 * alone; an unknown document asks each kind the actor may read, in plugin order, until one claims it. A user
 * holding none of the candidate kinds' read permission is forbidden without any kind being asked; a user with
 * the read but not the write permission gets `read` whatever the kind said.
 */
export async function resolveCollabAccess(
  documentId: string,
  actor: Actor,
  deps: CollabAccessDeps,
): Promise<CollabGrant | CollabRefusal> {
  if (!isDocumentId(documentId)) return { refused: 'not-found' };
  const recorded = await collabStore.kindOf(deps.db, documentId);
  const known = recorded ? deps.registry.collab.get(recorded) : undefined;
  const candidates = known ? [known] : [...deps.registry.collab.values()];
  if (candidates.length === 0) return { refused: 'not-found' };
  const readable = candidates.filter(({ item }) => actor.has(item.readPermission.name));
  if (readable.length === 0) return { refused: 'forbidden', ...(known ? { kind: known.item.kind } : {}) };
  const askQuery = deps.queries ? deps.queries.execute.bind(deps.queries) : undefined;
  for (const { plugin, item } of readable) {
    const caller = { plugin, action: `collab.${item.kind}`, correlationId: documentId, source: 'collab' };
    const access = await item.resolve(documentId, readContext(actor, { ...deps, askQuery }, caller));
    if (!access) continue;
    const mode: CollabMode = access.mode === 'edit' && actor.has(item.writePermission.name) ? 'edit' : 'read';
    const basis = await careBasis(deps, item.readPermission.clinical, actor, access.patientId);
    if (basis === null) return { refused: 'forbidden', kind: item.kind };
    return {
      documentId,
      kind: item.kind,
      plugin,
      mode,
      patientId: access.patientId,
      ...(basis ? { access: basis } : {}),
    };
  }
  return { refused: 'not-found' };
}

/**
 * The same care-relationship rule as the executors': the ground of a clinical document's access, `null` when the
 * patient is out of the user's reach, `undefined` when the kind is not clinical or names no patient.
 */
export async function careBasis(
  deps: Pick<CollabAccessDeps, 'access' | 'db'>,
  clinical: boolean | undefined,
  actor: Actor,
  patientId: string | null,
): Promise<AccessBasis | null | undefined> {
  if (!clinical || patientId === null || !deps.access) return undefined;
  const bases = await deps.access.care.basesFor(actor, [patientId], deps.db);
  return bases.get(patientId) ?? null;
}
