import type { Sql } from '@hms/sdk';
import type { BedServiceReason } from '../contracts/schemas';
import type { BoardBed, CensusEntry, WardBoard, WardList } from '../contracts/queries';

/** Times are formatted by PostgreSQL, as in the directory, so views do not depend on the driver's type parsers. */
const iso = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Beds still on their ward (a removed bed keeps its row for history). */
const CURRENT_BEDS = `b.removed_at IS NULL AND b.status <> 'decommissioned'`;

/**
 * The occupant's MRN and name come from `adt.patient_names` (kept from the patient plugin's events) at query time,
 * so the bed rows hold no demographics and a corrected name shows on every bed the patient had.
 */
const OCCUPANT_COLUMNS = `b.patient_id::text AS patient_id, b.stay_id::text AS stay_id,
  ${iso('b.occupied_since')} AS in_bed_since, coalesce(d.mrn, '') AS mrn,
  coalesce(d.given_name, '') AS given_name, coalesce(d.family_name, '') AS family_name`;

interface OccupantRow {
  patient_id: string | null;
  stay_id: string | null;
  in_bed_since: string | null;
  mrn: string;
  given_name: string;
  family_name: string;
}
interface BoardRow extends OccupantRow {
  id: string;
  label: string;
  status: 'vacant' | 'occupied' | 'out-of-service';
  out_of_service_reason: BedServiceReason | null;
}
interface WardRow {
  id: string;
  code: string;
  name: string;
  specialty: string;
}

/** Every ward, by code, with its bed counts. */
export async function listWards(sql: Sql): Promise<WardList> {
  const rows = await sql.query<WardRow & Record<'beds' | 'in_service' | 'occupied', string | number>>(
    `SELECT w.id::text AS id, w.code, w.name, w.specialty,
            count(b.bed_id) AS beds,
            count(b.bed_id) FILTER (WHERE b.status <> 'out-of-service') AS in_service,
            count(b.bed_id) FILTER (WHERE b.status = 'occupied') AS occupied
       FROM adt.wards w LEFT JOIN adt.ward_beds b ON b.ward_id = w.id AND ${CURRENT_BEDS}
      GROUP BY w.id ORDER BY w.code, w.id`,
  );
  return {
    items: rows.map((r) => {
      const [beds, inService, occupied] = [Number(r.beds), Number(r.in_service), Number(r.occupied)];
      const { id, code, name, specialty } = r;
      return { id, code, name, specialty, beds, inService, occupied, free: inService - occupied };
    }),
  };
}

/** A ward's bed board, beds in label order (natural: "2" before "10"), or `undefined` for an unknown ward. */
export async function findWardBoard(sql: Sql, wardId: string): Promise<WardBoard | undefined> {
  const wards = await sql.query<WardRow>(`SELECT id::text AS id, code, name, specialty FROM adt.wards WHERE id = $1`, [
    wardId,
  ]);
  const ward = wards[0];
  if (ward === undefined) return undefined;
  const rows = await sql.query<BoardRow>(
    `SELECT b.bed_id::text AS id, b.label, b.status, b.out_of_service_reason, ${OCCUPANT_COLUMNS}
       FROM adt.ward_beds b LEFT JOIN adt.patient_names d ON d.patient_id = b.patient_id
      WHERE b.ward_id = $1 AND ${CURRENT_BEDS}
      ORDER BY length(b.label), b.label, b.bed_id`,
    [wardId],
  );
  return { ward, beds: rows.map(toBoardBed) };
}

/** Who is in which bed now, by ward code and bed label; one ward or all. */
export async function findCensus(sql: Sql, wardId: string | undefined, patientId?: string): Promise<CensusEntry[]> {
  const rows = await sql.query<
    OccupantRow & Record<'ward_id' | 'ward_code' | 'bed_id' | 'bed_label' | 'admitted_at', string>
  >(
    `SELECT b.ward_id::text AS ward_id, w.code AS ward_code, b.bed_id::text AS bed_id, b.label AS bed_label,
            ${iso('a.admitted_at')} AS admitted_at, ${OCCUPANT_COLUMNS}
       FROM adt.ward_beds b
       JOIN adt.wards w ON w.id = b.ward_id
       JOIN adt.admissions a ON a.stay_id = b.stay_id
       LEFT JOIN adt.patient_names d ON d.patient_id = b.patient_id
      WHERE b.status = 'occupied' AND ($1::uuid IS NULL OR b.ward_id = $1::uuid)
        AND ($2::uuid IS NULL OR b.patient_id = $2::uuid)
      ORDER BY w.code, length(b.label), b.label, b.bed_id`,
    [wardId ?? null, patientId ?? null],
  );
  return rows.map((r) => ({
    wardId: r.ward_id,
    wardCode: r.ward_code,
    bedId: r.bed_id,
    bedLabel: r.bed_label,
    admittedAt: r.admitted_at,
    ...occupant(r),
  }));
}

function toBoardBed(row: BoardRow): BoardBed {
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    ...(row.out_of_service_reason === null ? {} : { outOfServiceReason: row.out_of_service_reason }),
    ...(row.patient_id === null ? {} : { occupant: occupant(row) }),
  };
}

function occupant(row: OccupantRow): NonNullable<BoardBed['occupant']> {
  return {
    patientId: row.patient_id ?? '',
    mrn: row.mrn,
    givenName: row.given_name,
    familyName: row.family_name,
    stayId: row.stay_id ?? '',
    inBedSince: row.in_bed_since ?? '',
  };
}
