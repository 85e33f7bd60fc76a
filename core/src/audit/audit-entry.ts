import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const AUDIT_OUTCOMES = [
  'success',
  'denied',
  'invalid',
  'not-found',
  'conflict',
  'error',
  'unauthenticated',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The `prev_hash` of the first record of every (shard, day) chain. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** Tags the payload layout, so a later layout can be told apart when verifying old rows. */
const PAYLOAD_VERSION = 'hms.audit.v1';

/** One access to patient data (or to the system), as a caller hands it to the audit log. Ids only. */
export interface AuditEntry {
  /** Defaults to the writer's clock. */
  readonly at?: Date;
  readonly actorId: string | null;
  /** What was done: a command or query type (`'patient.AdmitPatient'`), or a kernel action (`'auth.login'`). */
  readonly action: string;
  readonly patientIds?: readonly string[];
  readonly outcome: AuditOutcome;
  /** Where the request came from (the client IP). */
  readonly source?: string | null;
  readonly correlationId?: string | null;
  /** More ids (command id, note id…); never names, diagnoses or note text. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Every field the hash covers, exactly as stored (and as read back for verification). */
export interface AuditPayloadFields {
  readonly shard: number;
  /** `YYYY-MM-DD`, the UTC date of `at`. */
  readonly day: string;
  readonly at: Date;
  readonly actorId: string | null;
  readonly action: string;
  readonly patientIds: readonly string[];
  readonly outcome: string;
  readonly source: string | null;
  readonly correlationId: string | null;
  readonly details: unknown;
}

/**
 * The canonical string a record's hash covers: a JSON array, so no field can leak into its neighbour and null
 * stays distinct from ''. Writer and verifier both call this; changing a stored column changes the string.
 */
export function auditPayload(fields: AuditPayloadFields): string {
  return canonicalJson([
    PAYLOAD_VERSION,
    fields.shard,
    fields.day,
    fields.at.toISOString(),
    fields.actorId,
    fields.action,
    fields.patientIds,
    fields.outcome,
    fields.source,
    fields.correlationId,
    fields.details,
  ]);
}

/** `hex(sha256(prev_hash || '\n' || payload))`, the same as the SQL the writer runs. */
export function chainHash(prevHash: string, payload: string): string {
  return createHash('sha256').update(`${prevHash}\n${payload}`, 'utf8').digest('hex');
}

/** The UTC date (`YYYY-MM-DD`) of an instant: the day partition of a record. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
