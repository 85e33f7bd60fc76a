import { randomUUID } from 'node:crypto';
import type { Sql } from '@hms/sdk';

/** A grant of one patient's clinical record to a named colleague until a date. */
export interface CareGrant {
  readonly id: string;
  readonly patientId: string;
  readonly accountId: string;
  readonly accountName: string;
  readonly grantedBy: string;
  readonly reason: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly revokedAt: string | null;
}

interface GrantRow {
  id: string;
  patient_id: string;
  account_id: string;
  account_name: string;
  granted_by: string;
  reason: string;
  starts_at: Date;
  ends_at: Date;
  revoked_at: Date | null;
}

const SELECT = `
  SELECT g.id, g.patient_id, g.account_id, a.display_name AS account_name,
         coalesce(b.display_name, g.granted_by) AS granted_by, g.reason, g.starts_at, g.ends_at, g.revoked_at
    FROM core.care_grants g
    JOIN core.accounts a ON a.id = g.account_id
    LEFT JOIN core.accounts b ON b.id::text = g.granted_by`;

/** The explicit grants in `core.care_grants`; a grant is revoked, never deleted (the audit log names it). */
export const careGrants = {
  async grant(
    sql: Sql,
    grant: { patientId: string; accountId: string; grantedBy: string; reason: string; startsAt: Date; endsAt: Date },
  ): Promise<CareGrant> {
    const id = randomUUID();
    await sql.query(
      `INSERT INTO core.care_grants (id, patient_id, account_id, granted_by, reason, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, grant.patientId, grant.accountId, grant.grantedBy, grant.reason, grant.startsAt, grant.endsAt],
    );
    const found = await this.find(sql, id);
    if (!found) throw new Error('The grant just made is missing');
    return found;
  },

  async find(sql: Sql, id: string): Promise<CareGrant | undefined> {
    const [row] = await sql.query<GrantRow>(`${SELECT} WHERE g.id::text = $1`, [id]);
    return row && toView(row);
  },

  /** A patient's grants, newest first: those in force and those ended or revoked (the record keeps both). */
  async ofPatient(sql: Sql, patientId: string): Promise<CareGrant[]> {
    const rows = await sql.query<GrantRow>(`${SELECT} WHERE g.patient_id = $1 ORDER BY g.starts_at DESC LIMIT 200`, [
      patientId,
    ]);
    return rows.map(toView);
  },

  async revoke(sql: Sql, id: string, by: string, at: Date): Promise<CareGrant | undefined> {
    await sql.query(
      `UPDATE core.care_grants SET revoked_at = $3, revoked_by = $2 WHERE id::text = $1 AND revoked_at IS NULL`,
      [id, by, at],
    );
    return this.find(sql, id);
  },
};

function toView(row: GrantRow): CareGrant {
  return {
    id: row.id,
    patientId: row.patient_id,
    accountId: row.account_id,
    accountName: row.account_name,
    grantedBy: row.granted_by,
    reason: row.reason,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
