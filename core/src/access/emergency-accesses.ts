import { randomUUID } from 'node:crypto';
import type { Sql } from '@hms/sdk';

/** An emergency (break-the-glass) access as the privacy officer and the patient's record show it. */
export interface EmergencyAccess {
  readonly id: string;
  readonly patientId: string;
  readonly accountId: string;
  /** The account's display name (or its id when the account is gone). */
  readonly by: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly endsAt: string;
  readonly review: {
    readonly finding: 'justified' | 'not-justified';
    readonly note: string;
    readonly by: string;
    readonly at: string;
  } | null;
}

interface EmergencyRow {
  id: string;
  patient_id: string;
  account_id: string;
  by: string;
  reason: string;
  started_at: Date;
  ends_at: Date;
  finding: 'justified' | 'not-justified' | null;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
}

const SELECT = `
  SELECT e.id, e.patient_id, e.account_id, coalesce(a.display_name, e.account_id) AS by, e.reason,
         e.started_at, e.ends_at, e.finding, e.review_note,
         coalesce(r.display_name, e.reviewed_by) AS reviewed_by, e.reviewed_at
    FROM core.emergency_accesses e
    LEFT JOIN core.accounts a ON a.id::text = e.account_id
    LEFT JOIN core.accounts r ON r.id::text = e.reviewed_by`;

/** Which emergency accesses a review list shows. */
export interface EmergencyAccessFilter {
  readonly status: 'unreviewed' | 'reviewed' | 'all';
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly patientId?: string | undefined;
  readonly limit: number;
}

/** The emergency accesses kept in `core.emergency_accesses`: opened by a clinician, closed by time, reviewed once. */
export const emergencyAccesses = {
  async open(
    sql: Sql,
    entry: { patientId: string; accountId: string; reason: string; at: Date; minutes: number },
  ): Promise<EmergencyAccess> {
    const id = randomUUID();
    const endsAt = new Date(entry.at.getTime() + entry.minutes * 60_000);
    await sql.query(
      `INSERT INTO core.emergency_accesses (id, patient_id, account_id, reason, started_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, entry.patientId, entry.accountId, entry.reason, entry.at, endsAt],
    );
    const [access] = await this.list(sql, { status: 'all', limit: 1, id });
    if (!access) throw new Error('The emergency access just opened is missing');
    return access;
  },

  async list(sql: Sql, filter: EmergencyAccessFilter & { id?: string }): Promise<EmergencyAccess[]> {
    const rows = await sql.query<EmergencyRow>(
      `${SELECT}
        WHERE ($1::text IS NULL OR e.id::text = $1)
          AND ($2::text IS NULL OR e.patient_id = $2)
          AND ($3::timestamptz IS NULL OR e.started_at >= $3)
          AND ($4::timestamptz IS NULL OR e.started_at < $4)
          AND ($5 = 'all' OR ($5 = 'unreviewed') = (e.reviewed_at IS NULL))
        ORDER BY e.started_at DESC, e.id
        LIMIT $6`,
      [
        filter.id ?? null,
        filter.patientId ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.status,
        filter.limit,
      ],
    );
    return rows.map(toView);
  },

  /** Records the finding once; answers `undefined` when there is no such access, `'reviewed'` when it already was. */
  async review(
    sql: Sql,
    id: string,
    review: { finding: 'justified' | 'not-justified'; note: string; by: string; at: Date },
  ): Promise<EmergencyAccess | 'reviewed' | undefined> {
    const updated = await sql.query<{ id: string }>(
      `UPDATE core.emergency_accesses SET finding = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5
        WHERE id = $1 AND reviewed_at IS NULL RETURNING id`,
      [id, review.finding, review.note, review.by, review.at],
    );
    const [access] = await this.list(sql, { status: 'all', limit: 1, id });
    if (!access) return undefined;
    return updated.length === 0 ? 'reviewed' : access;
  },
};

function toView(row: EmergencyRow): EmergencyAccess {
  return {
    id: row.id,
    patientId: row.patient_id,
    accountId: row.account_id,
    by: row.by,
    reason: row.reason,
    startedAt: row.started_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    review:
      row.finding && row.reviewed_at
        ? {
            finding: row.finding,
            note: row.review_note ?? '',
            by: row.reviewed_by ?? '',
            at: row.reviewed_at.toISOString(),
          }
        : null,
  };
}
