import type { Actor, PermissionDefinition, Sql } from '@hms/sdk';
import { auditedPatients } from '../buses/audit-outcome';
import type { AccessBasis, CareAccess } from './care-access';

type PatientDeclaration = ((input: never, result: never) => string | readonly string[] | undefined) | undefined;

/**
 * The care-relationship check of one clinical command or query, on the patients its handler declares from the
 * input (before it runs) or from the result (after, for an access by a note's or an encounter's id). Answers
 * the ground to audit, or `undefined` when the access is not clinical or names no patient yet; throws the 403
 * when a patient is out of reach.
 */
export async function clinicalAccessBasis(
  careAccess: CareAccess | undefined,
  permission: PermissionDefinition,
  declare: PatientDeclaration,
  actor: Actor,
  input: unknown,
  result: unknown,
  sql: Sql,
): Promise<AccessBasis | undefined> {
  if (!permission.clinical) return undefined;
  if (!careAccess) return 'role-policy';
  const patientIds = auditedPatients(declare, input, result);
  if (patientIds.length === 0) return undefined;
  return careAccess.require(actor, patientIds, sql);
}
