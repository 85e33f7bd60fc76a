import { handleQuery, NotFoundError } from '@hms/sdk';
import { GetPatientTimeline, type PatientTimeline, type TimelineEntry } from '../contracts/queries';
import { PATIENT_READ } from '../contracts/permissions';
import { PATIENT_NOT_FOUND } from '../errors';
import { findAbsorbedIds, findMergedRecord } from '../projections/master-index.read';
import { findPatientView } from '../projections/patient-directory.read';

interface TimelineRow {
  at: string;
  type: string;
  plugin: string;
  patient_id: string;
  summary: Record<string, unknown> | string;
  visible_with: string | null;
}

/**
 * A patient's timeline, oldest first; a survivor's includes the records merged into it, and a merged-away
 * record's id answers with its survivor's. Built by the async `patient.timeline` projection: an event appears
 * once the projection has caught up (normally within a second). Entries another plugin marked as needing one of
 * its permissions (a diagnosis needs the chart's) are left out for a reader without it, and for a clinician who
 * does not care for the patient (the installation's care-relationship policy).
 */
export const getPatientTimelineHandler = handleQuery(GetPatientTimeline, {
  permission: PATIENT_READ,
  auditPatient: (params, timeline: PatientTimeline | undefined) =>
    timeline === undefined || timeline.patientId === params.id ? params.id : [params.id, timeline.patientId],
  async handle({ id }, ctx): Promise<PatientTimeline> {
    const patientId = (await findMergedRecord(ctx.sql, id))?.survivorId ?? id;
    if ((await findPatientView(ctx.sql, patientId)) === undefined) {
      throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: id });
    }
    const ids = [patientId, ...(await findAbsorbedIds(ctx.sql, patientId))];
    const rows = await ctx.sql.query<TimelineRow>(
      `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, type, plugin,
              patient_id::text AS patient_id, summary, visible_with
         FROM patient.timeline WHERE patient_id = ANY($1::uuid[]) ORDER BY timeline.at, position`,
      [ids],
    );
    // Clinical entries need the permission and, under the care-relationship policy, a relationship with the patient.
    const clinicalAllowed = rows.some((row) => row.visible_with !== null) && (await ctx.mayReadClinicalData(patientId));
    const visible = rows.filter(
      (row) => row.visible_with === null || (clinicalAllowed && ctx.actor.has(row.visible_with)),
    );
    return { patientId, entries: visible.map(toEntry) };
  },
});

function toEntry(row: TimelineRow): TimelineEntry {
  const summary = typeof row.summary === 'string' ? (JSON.parse(row.summary) as Record<string, unknown>) : row.summary;
  return { at: row.at, type: row.type, plugin: row.plugin, patientId: row.patient_id, summary };
}
