import {
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

interface CoreGrounds {
  readonly practitioner_id: string | null;
  readonly granted: string[];
  readonly emergency: string[];
}

/**
 * The one check of the care-relationship rule, applied by the command and query executors, the collaboration
 * server and the live notices alike. Asked with the patients an access touches; answers the ground for each, or
 * refuses. Nothing is cached: a discharge or the end of a grant takes effect on the next request.
 */
export class CareAccess {
  constructor(private readonly deps: CareAccessDeps) {}

  get policy(): AccessPolicy {
    return this.deps.policy;
  }

  /** The ground that needs no look-up, or `undefined` when the actor's relationships must be asked. */
  standingBasis(actor: Actor): AccessBasis | undefined {
    if (this.deps.policy === 'role') return 'role-policy';
    if (actor.has(CARE_UNRESTRICTED.name)) return 'unrestricted';
    return undefined;
  }

  /** For each patient the actor may reach, the ground; patients missing from the map are out of reach. */
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
    const [grounds] = await sql.query<CoreGrounds>(CORE_GROUNDS, [actor.id, wanted, now]);
    for (const id of grounds?.granted ?? []) bases.set(id, 'grant');
    const clinicianIds = [actor.id, ...(grounds?.practitioner_id ? [grounds.practitioner_id] : [])];
    for (const identity of this.deps.identities ?? []) {
      if (wanted.every((id) => bases.has(id))) break;
      clinicianIds.push(...(await identity.find({ accountId: actor.id, sql })));
    }
    for (const source of this.deps.sources) {
      const open = wanted.filter((id) => !bases.has(id));
      if (open.length === 0) break;
      const found = await source.find({ clinicianIds, patientIds: open, now: now.toISOString(), sql });
      for (const id of found) if (open.includes(id)) bases.set(id, `relationship:${source.name}`);
    }
    for (const id of grounds?.emergency ?? []) if (!bases.has(id)) bases.set(id, 'break-glass');
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

/**
 * In one round trip: the practitioner the account is linked to, its grants in force and its emergency accesses in
 * force, for the patients in question. Ids are compared as text: the system and test actors have no UUID.
 */
const CORE_GROUNDS = `
  SELECT (SELECT practitioner_id FROM core.accounts WHERE id::text = $1) AS practitioner_id,
         ARRAY(SELECT DISTINCT patient_id FROM core.care_grants
                WHERE account_id::text = $1 AND patient_id = ANY($2::text[])
                  AND starts_at <= $3 AND ends_at > $3 AND revoked_at IS NULL) AS granted,
         ARRAY(SELECT DISTINCT patient_id FROM core.emergency_accesses
                WHERE account_id = $1 AND patient_id = ANY($2::text[])
                  AND started_at <= $3 AND ends_at > $3) AS emergency`;
