import { ForbiddenError, smartScopesAllow, type Actor, type FhirProvenanceCriteria, type FhirResource } from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import { PROVENANCE_READ } from '../admin/kernel-permissions';
import type { AuditEntry } from '../audit/audit-entry';
import { auditOutcomeOf } from '../buses/audit-outcome';
import type { Database } from '../database/database';
import { fhirProvenance } from './fhir-provenance-store';

export interface ProvenanceReadDeps {
  readonly db: Database;
  readonly care: CareAccess;
  record(entry: Omit<AuditEntry, 'actorId' | 'source' | 'correlationId'>): Promise<unknown>;
}

const ACTION = 'fhir:search:Provenance';

/**
 * `ctx.searchProvenance`: a Provenance names the patients its import touched, so it is read like their data. The
 * permission, then the SMART scopes, then the care-relationship rule: patients the search names in `target` must
 * all be reachable (else 403, as a search by patient is); a Provenance naming any other patient out of reach is left
 * out. Audited as one access naming the patients of what is answered; a refusal is audited too.
 */
export async function searchProvenance(
  actor: Actor,
  criteria: FhirProvenanceCriteria,
  deps: ProvenanceReadDeps,
): Promise<readonly FhirResource[]> {
  const named = (criteria.targets ?? []).filter((t) => t.startsWith('Patient/')).map((t) => t.slice(8));
  try {
    if (!actor.has(PROVENANCE_READ.name)) {
      throw new ForbiddenError('PERMISSION_REQUIRED', { permission: PROVENANCE_READ.name });
    }
    if (!smartScopesAllow(actor.scopes, 'Provenance', 'read', true)) {
      throw new ForbiddenError('SCOPE_REQUIRED', { type: 'Provenance', access: 'read' });
    }
    if (named.length > 0) await deps.care.require(actor, named, deps.db);
    const rows = await fhirProvenance.search(deps.db, criteria);
    const patients = [...new Set(rows.flatMap((row) => row.patientIds))];
    const reachable = await deps.care.basesFor(actor, patients, deps.db);
    const answered = rows.filter((row) => row.patientIds.every((id) => reachable.has(id)));
    // Written before the answer leaves (no audit, no data).
    await deps.record({
      action: ACTION,
      outcome: 'success',
      patientIds: [...new Set(answered.flatMap((row) => row.patientIds))],
      details: { askedBy: 'fhir', withheld: rows.length - answered.length },
    });
    return answered.map((row) => row.resource);
  } catch (error) {
    await deps.record({
      action: ACTION,
      outcome: auditOutcomeOf(error),
      patientIds: named,
      details: { askedBy: 'fhir', code: (error as { code?: string }).code ?? 'INTERNAL_ERROR' },
    });
    throw error;
  }
}
