import {
  bindCareStatement,
  CARE_RELATIONSHIP_REQUIRED,
  ForbiddenError,
  type Actor,
  type CareRelationshipDefinition,
  type ClinicianIdentityDefinition,
  type Sql,
} from '@hms/sdk';
import type { Clock } from '../clock/clock';
import type { AccessPolicy } from './access-policy';
import { CARE_UNRESTRICTED } from './access-permissions';

/**
 * On what ground a clinical access was allowed, as the audit log records it: the whole installation is on the
 * role-only policy, the actor is unrestricted (the system, the admin's `*`), a plugin's care relationship (its
 * name), an explicit grant, or an emergency access (break-the-glass), which the privacy officer reviews.
 */
export type AccessBasis = 'role-policy' | 'unrestricted' | 'grant' | 'break-glass' | `relationship:${string}`;

export interface CareAccessDeps {
  readonly policy: AccessPolicy;
  readonly clock: Clock;
  /** The enabled plugins' care-relationship sources, in plugin order. */
  readonly sources: readonly CareRelationshipDefinition[];
  /** Who an account is in the plugins' data (staff's employee ids), besides the practitioner linked in the kernel. */
  readonly identities?: readonly ClinicianIdentityDefinition[];
}

/** One row of the care statement: a ground (`grant`, `emergency`, `relationship:<source>`) for a patient. */
interface GroundRow {
  readonly basis: string;
  readonly patient_id: string;
}

/**
 * The one check of the care-relationship rule, applied by the command and query executors, the collaboration
 * server and the live notices alike. Asked with the patients an access touches; answers the ground for each, or
 * refuses. Nothing is cached: a discharge or the end of a grant takes effect on the next request.
 */
export class CareAccess {
  /** The kernel's grounds, the statement identities and the statement sources, asked in one round trip. */
  private readonly statement: string;
  /** Sources and identities given as functions (a vendor's `find`): asked after the statement, only if needed. */
  private readonly findSources: readonly CareRelationshipDefinition[];
  private readonly findIdentities: readonly ClinicianIdentityDefinition[];

  constructor(private readonly deps: CareAccessDeps) {
    this.findSources = deps.sources.filter((source) => source.statement === undefined);
    this.findIdentities = (deps.identities ?? []).filter((identity) => identity.statement === undefined);
    this.statement = careStatement(deps.sources, deps.identities ?? []);
  }

  get policy(): AccessPolicy {
    return this.deps.policy;
  }

  /** The ground that needs no look-up, or `undefined` when the actor's relationships must be asked. */
  standingBasis(actor: Actor): AccessBasis | undefined {
    if (this.deps.policy === 'role') return 'role-policy';
    if (actor.has(CARE_UNRESTRICTED.name)) return 'unrestricted';
    return undefined;
  }

  /**
   * For each patient the actor may reach, the ground; patients missing from the map are out of reach. A grant comes
   * first, then the sources in plugin order, and an emergency access only when nothing else holds.
   */
  async basesFor(actor: Actor, patientIds: readonly string[], sql: Sql): Promise<Map<string, AccessBasis>> {
    const wanted = [...new Set(patientIds)];
    const bases = new Map<string, AccessBasis>();
    const standing = this.standingBasis(actor);
    if (standing) {
      for (const id of wanted) bases.set(id, standing);
      return bases;
    }
    if (wanted.length === 0) return bases;
    const now = this.deps.clock.now();
    const foundIds: string[] = [];
    for (const identity of this.findIdentities) foundIds.push(...(await identity.find({ accountId: actor.id, sql })));
    const rows = await sql.query<GroundRow>(this.statement, [actor.id, wanted, now, foundIds]);
    const grounds = new Map<string, Set<string>>();
    for (const row of rows) {
      const patients = grounds.get(row.basis) ?? new Set<string>();
      patients.add(row.patient_id);
      grounds.set(row.basis, patients);
    }
    const order = ['grant', ...this.deps.sources.filter((s) => s.statement !== undefined).map(relationshipBasis)];
    for (const basis of order) {
      for (const id of grounds.get(basis) ?? []) if (!bases.has(id)) bases.set(id, basis as AccessBasis);
    }
    if (this.findSources.length > 0 && wanted.some((id) => !bases.has(id))) {
      const clinicianIds = [...(grounds.get(CLINICIANS) ?? [])];
      for (const source of this.findSources) {
        const open = wanted.filter((id) => !bases.has(id));
        if (open.length === 0) break;
        const found = await source.find({ clinicianIds, patientIds: open, now: now.toISOString(), sql });
        for (const id of found) if (open.includes(id)) bases.set(id, relationshipBasis(source));
      }
    }
    for (const id of grounds.get('emergency') ?? []) if (!bases.has(id)) bases.set(id, 'break-glass');
    return bases;
  }

  /**
   * The ground of an access to these patients, or a 403 `CARE_RELATIONSHIP_REQUIRED` naming the first patient out
   * of reach (the client offers the emergency access for it). With several grounds, the weakest is recorded.
   */
  async require(actor: Actor, patientIds: readonly string[], sql: Sql): Promise<AccessBasis> {
    const bases = await this.basesFor(actor, patientIds, sql);
    const missing = patientIds.find((id) => !bases.has(id));
    if (missing !== undefined) {
      throw new ForbiddenError(
        CARE_RELATIONSHIP_REQUIRED,
        { patientId: missing, emergencyAccess: true },
        {
          message:
            'You are not recorded as caring for this patient. In an emergency, open the record stating why (it is reviewed).',
        },
      );
    }
    const all = [...bases.values()];
    return all.includes('break-glass') ? 'break-glass' : (all[0] ?? this.standingBasis(actor) ?? 'unrestricted');
  }
}

const CLINICIANS = 'clinicians';

function relationshipBasis(source: CareRelationshipDefinition): AccessBasis {
  return `relationship:${source.name}`;
}

/**
 * The care statement, composed once: who the clinician is (the account, the practitioner linked in the kernel, the
 * identities' ids and `$4`, the ids function identities found), then one row per ground: the kernel's grants and
 * emergency accesses in force and each statement source's patients, plus the clinician's ids when function sources
 * will need them. Parameters: `$1` account id, `$2` patient ids, `$3` now, `$4` other clinician ids. Ids are compared
 * as text: the system and test actors have no UUID.
 */
export function careStatement(
  sources: readonly CareRelationshipDefinition[],
  identities: readonly ClinicianIdentityDefinition[],
): string {
  const identityRows = identities
    .filter((identity) => identity.statement !== undefined)
    .map(
      (identity, i) =>
        `UNION ALL SELECT id::text FROM (${bindCareStatement(identity.statement!, { account: '$1::text' })}) identity_${i}`,
    );
  const bindings = {
    patients: '$2::text[]',
    clinicians: '(SELECT ids FROM clinician_ids)::text[]',
    now: '$3::timestamptz',
  };
  const sourceRows = sources
    .filter((source) => source.statement !== undefined)
    .map(
      (source, i) =>
        `UNION ALL SELECT ${literal(relationshipBasis(source))}, patient_id::text FROM (${bindCareStatement(source.statement!, bindings)}) source_${i}`,
    );
  const clinicianRows = sources.some((source) => source.statement === undefined)
    ? [`UNION ALL SELECT '${CLINICIANS}', unnest(ids) FROM clinician_ids`]
    : [];
  return `WITH clinician_ids AS (
    SELECT coalesce(array_agg(DISTINCT id), '{}'::text[]) AS ids FROM (
      SELECT $1::text AS id
      UNION ALL SELECT unnest($4::text[])
      UNION ALL SELECT practitioner_id FROM core.accounts WHERE id::text = $1
      ${identityRows.join('\n      ')}
    ) known WHERE id IS NOT NULL
  )
  SELECT 'grant' AS basis, patient_id FROM core.care_grants
   WHERE account_id::text = $1 AND patient_id = ANY($2::text[]) AND starts_at <= $3 AND ends_at > $3 AND revoked_at IS NULL
  UNION ALL SELECT 'emergency', patient_id FROM core.emergency_accesses
   WHERE account_id = $1 AND patient_id = ANY($2::text[]) AND started_at <= $3 AND ends_at > $3
  ${[...sourceRows, ...clinicianRows].join('\n  ')}`;
}

/** A source's name as an SQL string literal (names are `<plugin>.<name>` in lower case; quotes doubled anyway). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
