import type { Sql } from '@hms/sdk';
import { AUDIT_GENESIS_HASH, auditPayload, type AuditPayloadFields } from '../audit/audit-entry';
import {
  appendResultOf,
  NUMBER_AND_STORE_UPDATES,
  updatesParams,
  type AppendResult,
  type AppendRow,
  type UpdateToPersist,
} from './collab-store';

/**
 * Numbers and stores a document's updates and appends their writer's audit record in ONE statement, run on its
 * own (autocommit): one round trip where a transaction takes four (BEGIN, append, audit, COMMIT). The statement
 * is a transaction of its own, so it keeps every guarantee of the transactional path: the upsert locks the
 * document's row first (ordering the writes of every instance and making a seal atomic with respect to them), the
 * audit record commits or vanishes with the updates, and a sealed document gets neither.
 *
 * The audit record's hash is chained in SQL exactly as the audit writer's single-record statement does it,
 * `sha256(prev_hash || '\n' || payload)`, where the payload is the canonical one computed here with the revision
 * numbers left out: they are known only once the row is locked, so SQL splices them in between three pieces.
 */
const APPEND_AUDITED = `WITH ${NUMBER_AND_STORE_UPDATES}, payload AS (
    SELECT $6::text || (doc.revision - $3)::text || $7::text || doc.revision::text || $8::text AS payload_text,
           doc.revision - $3 AS from_revision, doc.revision AS to_revision
      FROM doc WHERE NOT doc.sealed
  ), head AS (
    INSERT INTO core.audit_heads AS h (shard, day, seq, prev_hash, hash)
    SELECT $9::smallint, $10::date, 1, $11::text, encode(sha256(convert_to($11::text || chr(10) || payload.payload_text, 'UTF8')), 'hex')
      FROM payload
    ON CONFLICT (shard, day) DO UPDATE
      SET seq = h.seq + 1,
          prev_hash = h.hash,
          hash = encode(sha256(convert_to(h.hash || chr(10) || (SELECT payload_text FROM payload), 'UTF8')), 'hex')
    RETURNING h.seq, h.prev_hash, h.hash
  ), logged AS (
    INSERT INTO core.audit_log
      (shard, day, seq, at, actor_id, action, patient_ids, outcome, source, correlation_id, details, prev_hash, hash)
    SELECT $9::smallint, $10::date, head.seq, $12::timestamptz, $13::text, $14::text, $15::text[], $16::text, $17::text,
           $18::text, $19::jsonb || jsonb_build_object('fromRevision', payload.from_revision, 'toRevision', payload.to_revision),
           head.prev_hash, head.hash
      FROM head, payload
  )
  SELECT sealed, revision, snapshot_revision FROM doc`;

/** Stand-ins for the revision numbers while the payload is made canonical; negative, so never real revisions. */
const FROM_MARK = -1;
const TO_MARK = -2;

/**
 * The canonical payload around the revision numbers: `before + from + between + to + after`. Keys are sorted and
 * string values JSON-escaped (a `"` inside a value is always `\"`), so each marker occurs exactly once.
 */
function payloadAroundRevisions(fields: AuditPayloadFields): [string, string, string] {
  const payload = auditPayload({
    ...fields,
    details: { ...(fields.details as object), fromRevision: FROM_MARK, toRevision: TO_MARK },
  });
  const fromKey = `"fromRevision":${FROM_MARK}`;
  const toKey = `"toRevision":${TO_MARK}`;
  const [before, rest, ...extraFrom] = payload.split(fromKey);
  const [between, after, ...extraTo] = (rest ?? '').split(toKey);
  if (rest === undefined || after === undefined || extraFrom.length > 0 || extraTo.length > 0) {
    throw new Error('The collaboration audit payload does not have exactly one place for each revision');
  }
  return [`${before}"fromRevision":`, `${between}"toRevision":`, after];
}

/**
 * Appends `updates` (one writer's) and that writer's audit record, whose `details` gain `fromRevision` and
 * `toRevision`, in one statement. On the pool it commits on its own, so it is durable when this resolves.
 */
export async function appendAudited(
  pool: Sql,
  documentId: string,
  kind: string,
  updates: readonly UpdateToPersist[],
  audit: AuditPayloadFields,
): Promise<AppendResult> {
  const [before, between, after] = payloadAroundRevisions(audit);
  const [row] = await pool.query<AppendRow>(APPEND_AUDITED, [
    ...updatesParams(documentId, kind, updates),
    before,
    between,
    after,
    audit.shard,
    audit.day,
    AUDIT_GENESIS_HASH,
    audit.at.toISOString(),
    audit.actorId,
    audit.action,
    [...audit.patientIds],
    audit.outcome,
    audit.source,
    audit.correlationId,
    JSON.stringify(audit.details),
  ]);
  return appendResultOf(documentId, row, updates.length);
}
