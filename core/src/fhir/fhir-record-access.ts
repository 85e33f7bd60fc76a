import { randomUUID } from 'node:crypto';
import type { Actor, FhirContribution, FhirImportRecord, FhirRecordAccess, FhirResource } from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditSink } from '../buses/audit-sink';
import type { Clock } from '../clock/clock';
import type { Database } from '../database/database';
import { searchProvenance } from './fhir-provenance-access';
import { fhirProvenance } from './fhir-provenance-store';
import { searchMany } from './fhir-search-many';

/** Who sends the request (the gateway's `FhirCaller`). */
interface Caller {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly source: string | null;
}

export interface FhirRecordAccessDeps {
  readonly serverPlugin: string;
  readonly audit: AuditSink;
  readonly db: Database;
  readonly clock: Clock;
  readonly care: CareAccess;
  /** A contribution's query as the caller, through the query executor, optionally deferring its success's audit. */
  run(type: string, params: unknown, action: string, deferAudit?: (entry: AuditEntry) => void): Promise<unknown>;
  /** The SMART scope check of a search (a refusal is audited there). */
  checkScope(contribution: FhirContribution, patientId: string | undefined): Promise<void>;
}

/** The import's audit record: `fhir:import`, naming the patients it touched and what became of each entry. */
export function importAuditEntry(serverPlugin: string, caller: Caller, record: FhirImportRecord): AuditEntry {
  return {
    actorId: caller.actor.id,
    action: 'fhir:import',
    patientIds: record.patientIds,
    outcome: 'success',
    source: caller.source,
    correlationId: caller.correlationId,
    details: {
      askedBy: serverPlugin,
      bundleDigest: record.bundleDigest,
      ...(record.bundleSource === undefined ? {} : { bundleSource: record.bundleSource }),
      outcomes: record.outcomes,
      targets: record.targets,
    },
  };
}

/** The SDK 2.9 additions to one request's FHIR context (`fhirRecordAccess(ctx)`), as this caller. */
export function fhirRecordAccessFor(caller: Caller, deps: FhirRecordAccessDeps): FhirRecordAccess {
  return {
    searchMany: (contributions, criteria) =>
      searchMany(contributions, criteria, {
        checkScope: deps.checkScope,
        run: deps.run,
        recordMany: async (entries) => {
          await deps.audit.recordMany(deps.db, entries);
        },
      }),
    // Both or neither: a Provenance never stands without the audit record of its import, nor the other way round.
    recordImportWithProvenance: (record: FhirImportRecord, provenance: FhirResource): Promise<void> =>
      deps.db.transaction(async (tx) => {
        const now = deps.clock.now();
        await deps.audit.record(tx, { ...importAuditEntry(deps.serverPlugin, caller, record), at: now });
        const id = randomUUID();
        const stored = { ...provenance, id, recorded: provenance['recorded'] ?? now.toISOString() };
        const row = {
          id,
          recorded: now,
          bundleDigest: record.bundleDigest,
          agent: caller.actor.id,
          targets: record.targets,
          patientIds: record.patientIds,
        };
        await fhirProvenance.insert(tx, row, stored);
      }),
    searchProvenance: (criteria) =>
      searchProvenance(caller.actor, criteria, {
        db: deps.db,
        care: deps.care,
        record: (entry) =>
          deps.audit.record(deps.db, {
            ...entry,
            actorId: caller.actor.id,
            source: caller.source,
            correlationId: caller.correlationId,
          }),
      }),
  };
}
