import type { Sql } from './context';

/**
 * The code of the refusal a clinician meets on a patient they have no care relationship with (403). Its details
 * name the patient and say whether the user may break the glass, so a client can offer it.
 */
export const CARE_RELATIONSHIP_REQUIRED = 'CARE_RELATIONSHIP_REQUIRED';

/** What a care-relationship source is asked: which of these patients does this clinician care for now? */
export interface CareRelationshipQuestion {
  /**
   * Who the clinician is in the plugins' data: their account id, and the practitioner id the hospital linked to
   * the account (schedules and admissions name practitioners), when there is one.
   */
  readonly clinicianIds: readonly string[];
  /** The patients in question (one, or a few for a merge). */
  readonly patientIds: readonly string[];
  /** The moment in question (ISO 8601), the kernel's clock. */
  readonly now: string;
  /** The plugin's own tables, read-only. */
  readonly sql: Sql;
}

/**
 * One way a clinician comes to care for a patient, contributed by the plugin that holds the facts: an open
 * admission's attending practitioner (adt), a booked appointment today (scheduling), an encounter's care team
 * (ehr). Under the care-relationship policy the kernel asks the sources of every enabled plugin, plus its own
 * explicit grants and emergency (break-the-glass) accesses, before any clinical data is read or written.
 */
export interface CareRelationshipDefinition {
  /** `'<plugin>.<name>'`, e.g. `'adt.ward-staff'`; shown in the audit log as the basis of an access. */
  readonly name: string;
  /** In words, for the privacy officer and the docs: "Nurses and doctors assigned to the patient's ward". */
  readonly description: string;
  /** The subset of `patientIds` this source relates to the clinician now; an empty list when none. */
  find(question: CareRelationshipQuestion): Promise<readonly string[]>;
  /**
   * The source as one SQL statement, when it was declared that way (since SDK 2.4): the kernel then runs it together
   * with every other such source and its own grounds, in one round trip.
   */
  readonly statement?: string;
}

/**
 * A care-relationship source given as one SQL `SELECT` of `patient_id` (since SDK 2.4), instead of `find`. It may use
 * `$patients` (the patients in question, `text[]`), `$clinicians` (the clinician's ids, `text[]`) and `$now`
 * (`timestamptz`), and reads only the plugin's own tables. Preferred: the kernel asks all such sources at once.
 */
export interface CareRelationshipStatementDefinition {
  readonly name: string;
  readonly description: string;
  readonly statement: string;
}

/** The tokens a source or identity statement may use, and what `bindCareStatement` puts in their place. */
export interface CareStatementBindings {
  readonly patients?: string;
  readonly clinicians?: string;
  readonly now?: string;
  readonly account?: string;
}

/**
 * Puts SQL (parameters, sub-queries) in place of a statement's `$patients`, `$clinicians`, `$now` and `$account`
 * tokens; the kernel composes the sources' statements with it. A token without a binding is an error.
 */
export function bindCareStatement(statement: string, bindings: CareStatementBindings): string {
  return statement.replace(/\$(patients|clinicians|now|account)\b(?!\$)/g, (_, token: keyof CareStatementBindings) => {
    const bound = bindings[token];
    if (bound === undefined) throw new Error(`The token $${token} cannot be used in this statement`);
    return bound;
  });
}

const NAME_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

/**
 * Declares a source of care relationships (since SDK 2.1): as one SQL statement (since 2.4, preferred: the kernel
 * asks every such source in one round trip) or as a `find` function (any logic; one indexed query, asked after the
 * statements). Either runs before clinical reads and writes.
 * @example
 * export const attendingRelationship = defineCareRelationship({
 *   name: 'adt.attending',
 *   description: 'The admitting practitioner of an open admission',
 *   statement: `SELECT patient_id::text AS patient_id FROM adt.admissions
 *                WHERE discharged_at IS NULL AND patient_id = ANY($patients::uuid[])
 *                  AND admitting_practitioner_id = ANY($clinicians)`,
 * });
 */
export function defineCareRelationship(
  definition: CareRelationshipDefinition | CareRelationshipStatementDefinition,
): CareRelationshipDefinition {
  if (!NAME_PATTERN.test(definition.name)) {
    throw new Error(`Care relationship "${definition.name}" must read '<plugin>.<name>' in lower case`);
  }
  if ('find' in definition) return Object.freeze({ ...definition });
  const { statement } = definition;
  bindCareStatement(statement, { patients: '$1', clinicians: '$2', now: '$3' }); // a wrong token fails here, at load
  return Object.freeze({
    ...definition,
    async find({ clinicianIds, patientIds, now, sql }: CareRelationshipQuestion) {
      const bound = bindCareStatement(statement, {
        patients: '$1::text[]',
        clinicians: '$2::text[]',
        now: '$3::timestamptz',
      });
      const rows = await sql.query<{ patient_id: string }>(bound, [[...patientIds], [...clinicianIds], now]);
      return rows.map((row) => String(row.patient_id));
    },
  });
}

/** What a clinician-identity source is asked: who is this account in the plugin's data? */
export interface ClinicianIdentityQuestion {
  readonly accountId: string;
  /** The plugin's own tables, read-only. */
  readonly sql: Sql;
}

/**
 * How a plugin that keeps the hospital's people (staff) names a login account in the other plugins' data: the
 * employee or practitioner ids schedules and admissions use. The kernel adds them to the clinician's ids before
 * asking the care-relationship sources, so an account linked to its employee record needs no second link.
 */
export interface ClinicianIdentityDefinition {
  /** `'<plugin>.<name>'`, e.g. `'staff.employee'`. */
  readonly name: string;
  /** The ids this account is known by (none when it is nobody's account). */
  find(question: ClinicianIdentityQuestion): Promise<readonly string[]>;
  /** The identity as one SQL statement, when it was declared that way (since SDK 2.4). */
  readonly statement?: string;
}

/**
 * A clinician identity given as one SQL `SELECT` of `id` (since SDK 2.4), instead of `find`: it may use `$account`
 * (the login account's id, `text`). The kernel runs it inside its one care-relationship statement.
 */
export interface ClinicianIdentityStatementDefinition {
  readonly name: string;
  readonly statement: string;
}

/**
 * Declares a source of clinician identities (since SDK 2.1), as one SQL statement (since 2.4, run inside the
 * kernel's one care-relationship statement) or a `find` function. It runs before clinical reads.
 * @example
 * export const employeeIdentity = defineClinicianIdentity({
 *   name: 'staff.employee',
 *   statement: `SELECT id::text AS id FROM staff.employees WHERE account_id = $account AND status = 'employed'`,
 * });
 */
export function defineClinicianIdentity(
  definition: ClinicianIdentityDefinition | ClinicianIdentityStatementDefinition,
): ClinicianIdentityDefinition {
  if (!NAME_PATTERN.test(definition.name)) {
    throw new Error(`Clinician identity "${definition.name}" must read '<plugin>.<name>' in lower case`);
  }
  if ('find' in definition) return Object.freeze({ ...definition });
  const { statement } = definition;
  bindCareStatement(statement, { account: '$1' });
  return Object.freeze({
    ...definition,
    async find({ accountId, sql }: ClinicianIdentityQuestion) {
      const rows = await sql.query<{ id: string }>(bindCareStatement(statement, { account: '$1::text' }), [accountId]);
      return rows.map((row) => String(row.id));
    },
  });
}

/** What a ward-membership source is asked: who is on this ward's team now? */
export interface WardMembershipQuestion {
  readonly wardId: string;
  /** The moment in question (ISO 8601), the kernel's clock. */
  readonly now: string;
  /** The plugin's own tables, read-only. */
  readonly sql: Sql;
}

/**
 * How the plugin that keeps wards (adt) says who is on a ward's team, so a notification addressed to a ward reaches
 * them. `find` answers account ids or the practitioner ids linked to accounts; the kernel maps them to accounts.
 */
export interface WardMembershipDefinition {
  /** `'<plugin>.<name>'`, e.g. `'adt.ward-team'`. */
  readonly name: string;
  find(question: WardMembershipQuestion): Promise<readonly string[]>;
}

/**
 * Declares a source of ward memberships (since SDK 2.3), listed in the manifest's `wardMemberships`. One indexed
 * query: it runs each time a notification is raised for a ward.
 * @example
 * export const wardTeam = defineWardMembership({
 *   name: 'adt.ward-team',
 *   async find({ wardId, now, sql }) {
 *     const rows = await sql.query<{ member_id: string }>(
 *       `SELECT member_id FROM adt.ward_staff WHERE ward_id = $1 AND (until IS NULL OR until > $2)`, [wardId, now]);
 *     return rows.map((row) => row.member_id);
 *   },
 * });
 */
export function defineWardMembership(definition: WardMembershipDefinition): WardMembershipDefinition {
  if (!NAME_PATTERN.test(definition.name)) {
    throw new Error(`Ward membership "${definition.name}" must read '<plugin>.<name>' in lower case`);
  }
  return Object.freeze({ ...definition });
}
