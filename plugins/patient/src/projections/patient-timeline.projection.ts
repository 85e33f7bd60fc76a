import { defineProjection, type ProjectionContext, type RecordedEvent, type Sql } from '@hms/sdk';
import { TIMELINE_EVENTS, timelineRow } from './timeline-entries';

/**
 * A patient's timeline: one row per event about the patient, keyed by (patient, global position), so a replay
 * inserts nothing twice. Async: nobody waits for it after a command, and a slow timeline never slows a
 * registration. Besides its own events it takes every enabled plugin's events that describe themselves on the
 * timeline (`timelineEvents`), without knowing them. The source plugin comes from the event's metadata.
 */
export const patientTimelineProjection = defineProjection({
  name: 'patient.timeline',
  mode: 'async',
  handles: TIMELINE_EVENTS,
  timelineEvents: true,
  tables: ['patient.timeline'],
  evolve(event: RecordedEvent, sql: Sql, context: ProjectionContext): Promise<void> {
    return evolveBatch([event], sql, context);
  },
  evolveBatch,
});

async function evolveBatch(events: readonly RecordedEvent[], sql: Sql, context: ProjectionContext): Promise<void> {
  const rows = events.flatMap((event) => {
    const row = timelineRow(event, context);
    return row === undefined ? [] : [{ ...row, event }];
  });
  if (rows.length === 0) return;
  await sql.query(
    `INSERT INTO patient.timeline (patient_id, position, at, type, plugin, summary, visible_with)
     SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::timestamptz[], $4::text[], $5::text[], $6::jsonb[], $7::text[])
     ON CONFLICT (patient_id, position) DO NOTHING`,
    [
      rows.map((r) => r.patientId),
      rows.map((r) => r.event.position.toString()),
      rows.map((r) => r.at),
      rows.map((r) => r.event.type),
      rows.map((r) => r.event.meta.plugin),
      rows.map((r) => JSON.stringify(r.summary)),
      rows.map((r) => r.visibleWith ?? null),
    ],
  );
}
