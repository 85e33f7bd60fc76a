import type { Sql } from '@hms/sdk';
import {
  identifierSystemKey,
  identifierValueKey,
  type PatientDetails,
  type PatientIdentifier,
} from '../contracts/schemas';

/** Who holds each of these identifiers now (merged-away records hold none). */
export async function findIdentifierHolders(
  sql: Sql,
  identifiers: readonly PatientIdentifier[],
): Promise<{ system: string; patientId: string }[]> {
  if (identifiers.length === 0) return [];
  return sql.query<{ system: string; patientId: string }>(
    `SELECT i.system_key AS "system", i.patient_id::text AS "patientId"
       FROM patient.identifiers i JOIN unnest($1::text[], $2::text[]) AS q(s, v)
         ON i.system_key = q.s AND i.value_key = q.v`,
    [identifiers.map((i) => identifierSystemKey(i.system)), identifiers.map((i) => identifierValueKey(i.value))],
  );
}

export interface DirectoryPerson {
  readonly id: string;
  readonly mrn: string;
  readonly givenName: string;
  readonly familyName: string;
}

/** The active records with these ids, for candidates found by identifier. */
export async function findActiveByIds(sql: Sql, ids: readonly string[]): Promise<DirectoryPerson[]> {
  if (ids.length === 0) return [];
  return sql.query<DirectoryPerson>(
    `SELECT id::text AS id, mrn, given_name AS "givenName", family_name AS "familyName"
       FROM patient.directory WHERE id = ANY($1::uuid[]) AND merged_into IS NULL ORDER BY id`,
    [ids],
  );
}

/** Where a merged-away record went: its survivor and its own MRN; `undefined` for a record not merged. */
export async function findMergedRecord(sql: Sql, id: string): Promise<{ survivorId: string; mrn: string } | undefined> {
  const rows = await sql.query<{ survivorId: string; mrn: string }>(
    `SELECT merged_into::text AS "survivorId", mrn FROM patient.directory WHERE id = $1 AND merged_into IS NOT NULL`,
    [id],
  );
  return rows[0];
}

/** The ids of the records merged into this one. */
export async function findAbsorbedIds(sql: Sql, survivorId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    'SELECT merged_patient_id::text AS id FROM patient.mrn_aliases WHERE patient_id = $1 ORDER BY mrn',
    [survivorId],
  );
  return rows.map((r) => r.id);
}

interface DetailsRow {
  contacts: unknown;
  next_of_kin: unknown;
  identifiers: unknown;
  coverages: unknown;
}

/** A patient's non-empty detail lists (as the decided state holds them). */
export async function findPatientDetails(sql: Sql, patientId: string): Promise<PatientDetails> {
  const rows = await sql.query<DetailsRow>(
    'SELECT contacts, next_of_kin, identifiers, coverages FROM patient.details WHERE patient_id = $1',
    [patientId],
  );
  const row = rows[0];
  if (row === undefined) return {};
  const list = (value: unknown): unknown[] | undefined => {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(parsed) && parsed.length > 0 ? parsed : undefined;
  };
  const details: Record<string, unknown[]> = {};
  for (const [field, value] of [
    ['contacts', row.contacts],
    ['nextOfKin', row.next_of_kin],
    ['identifiers', row.identifiers],
    ['coverages', row.coverages],
  ] as const) {
    const items = list(value);
    if (items !== undefined) details[field] = items;
  }
  return details as PatientDetails;
}
