import { defineQuery, handleQuery, z } from '@hms/sdk';
import { WARD_READ } from '../contracts/permissions';

/** A ward with its beds as the FHIR server gives them: no occupant, only whether a bed is free. */
export interface FhirWard {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly specialty: string;
  readonly beds: readonly {
    readonly id: string;
    readonly label: string;
    readonly status: 'vacant' | 'occupied' | 'out-of-service';
  }[];
}

/**
 * Every ward with its beds in use (removed beds left out), or only the one holding `locationId` (a ward's or a
 * bed's id), for the FHIR server's Location. Not patient data: the occupants are not in the answer.
 */
export const GetFhirLocations = defineQuery(
  'adt.GetFhirLocations',
  z.strictObject({ locationId: z.uuid().optional() }),
  'Wards and their beds (without occupants), for the FHIR server',
).returns<{ items: readonly FhirWard[] }>();

interface Row {
  id: string;
  code: string;
  name: string;
  specialty: string;
  beds: FhirWard['beds'];
}

export const getFhirLocationsHandler = handleQuery(GetFhirLocations, {
  permission: WARD_READ,
  async handle({ locationId }, ctx): Promise<{ items: readonly FhirWard[] }> {
    const rows = await ctx.sql.query<Row>(
      `SELECT w.id::text AS id, w.code, w.name, w.specialty,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('id', b.bed_id::text, 'label', b.label, 'status', b.status)
                                         ORDER BY b.label)
                          FROM adt.ward_beds b WHERE b.ward_id = w.id AND b.removed_at IS NULL), '[]'::jsonb) AS beds
         FROM adt.wards w
        WHERE $1::uuid IS NULL OR w.id = $1::uuid
           OR w.id = (SELECT b.ward_id FROM adt.ward_beds b WHERE b.bed_id = $1::uuid AND b.removed_at IS NULL)
        ORDER BY w.code, w.id`,
      [locationId ?? null],
    );
    return { items: rows };
  },
});
