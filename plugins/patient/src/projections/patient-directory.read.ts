import type { Sql, SqlParam } from '@hms/sdk';
import type { Address, Gender } from '../contracts/schemas';
import type { PatientView } from '../contracts/queries';
import { namePrefixAlternatives, type SearchCriteria } from './search-criteria';

/** Dates and times are formatted by PostgreSQL so the view does not depend on the driver's type parsers. */
const VIEW_COLUMNS = `id::text AS id, mrn, given_name, family_name, middle_name,
  to_char(birth_date, 'YYYY-MM-DD') AS birth_date, gender, phone, email, address, preferred_language, version,
  to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS registered_at,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`;

interface DirectoryRow {
  id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  middle_name: string | null;
  birth_date: string;
  gender: Gender;
  phone: string | null;
  email: string | null;
  address: Address | string | null;
  preferred_language: string | null;
  version: number | string;
  registered_at: string;
  updated_at: string;
}

/** One patient's view, or `undefined` when the directory has no such id. */
export async function findPatientView(sql: Sql, id: string): Promise<PatientView | undefined> {
  const rows = await sql.query<DirectoryRow>(`SELECT ${VIEW_COLUMNS} FROM patient.directory WHERE id = $1`, [id]);
  return rows[0] === undefined ? undefined : toView(rows[0]);
}

/** A page of the patients matching every criterion, ordered by family name, given name, id; and their total. */
export async function searchPatientDirectory(
  sql: Sql,
  criteria: SearchCriteria,
  page: { limit: number; offset: number },
): Promise<{ items: PatientView[]; total: number }> {
  const { where, params } = whereClause(criteria);
  const n = params.length;
  const rows = await sql.query<DirectoryRow>(
    `SELECT ${VIEW_COLUMNS} FROM patient.directory ${where}
     ORDER BY family_key, given_key, id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, page.limit, page.offset],
  );
  const counted = await sql.query<{ total: number | string }>(
    `SELECT count(*) AS total FROM patient.directory ${where}`,
    params,
  );
  return { items: rows.map(toView), total: Number(counted[0]?.total ?? 0) };
}

/**
 * The WHERE clause of a search, with its parameters. Exported for its spec. Merged-away records are not listed;
 * their MRN (an alias) finds the survivor.
 */
export function whereClause(criteria: SearchCriteria): { where: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const param = (value: SqlParam): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [
    'merged_into IS NULL',
    ...criteria.mrns.map((mrn) => {
      const p = param(mrn);
      return `(mrn = ${p} OR id = (SELECT patient_id FROM patient.mrn_aliases WHERE mrn = ${p}))`;
    }),
    ...criteria.birthDates.map((date) => `birth_date = ${param(date)}::date`),
  ];
  if (criteria.nameTokens.length > 0) {
    const alternatives = namePrefixAlternatives(criteria.nameTokens).map(({ family, given }) => {
      const parts = [];
      if (family !== '') parts.push(`family_key LIKE ${param(likePrefix(family))}`);
      if (given !== '') parts.push(`given_key LIKE ${param(likePrefix(given))}`);
      return `(${parts.join(' AND ')})`;
    });
    conditions.push(`(${alternatives.join(' OR ')})`);
  }
  return { where: `WHERE ${conditions.join(' AND ')}`, params };
}

/** A LIKE pattern matching strings that start with `prefix` (keys hold no LIKE specials; escaped all the same). */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function toView(row: DirectoryRow): PatientView {
  const address = typeof row.address === 'string' ? (JSON.parse(row.address) as Address) : row.address;
  return {
    id: row.id,
    mrn: row.mrn,
    givenName: row.given_name,
    familyName: row.family_name,
    ...(row.middle_name === null ? {} : { middleName: row.middle_name }),
    birthDate: row.birth_date,
    gender: row.gender,
    ...(row.phone === null ? {} : { phone: row.phone }),
    ...(row.email === null ? {} : { email: row.email }),
    ...(address === null ? {} : { address }),
    ...(row.preferred_language === null ? {} : { preferredLanguage: row.preferred_language }),
    version: Number(row.version),
    registeredAt: row.registered_at,
    updatedAt: row.updated_at,
  };
}
