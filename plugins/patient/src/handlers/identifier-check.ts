import { ConflictError, type Sql } from '@hms/sdk';
import type { PatientIdentifier } from '../contracts/schemas';
import { IDENTIFIER_IN_USE } from '../errors';
import { findIdentifierHolders } from '../projections/master-index.read';

/**
 * Refuses identifiers another patient already holds: a national id or passport names one person. The unique key
 * of `patient.identifiers` backs this up for registrations racing in one batch.
 */
export async function assertIdentifiersFree(
  sql: Sql,
  patientId: string | undefined,
  identifiers: readonly PatientIdentifier[] | undefined,
): Promise<void> {
  const taken = (await findIdentifierHolders(sql, identifiers ?? [])).find((h) => h.patientId !== patientId);
  if (taken) throw new ConflictError(IDENTIFIER_IN_USE, { system: taken.system, patientId: taken.patientId });
}
