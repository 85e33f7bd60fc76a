import type { PermissionDefinition } from './permissions';

/** A value of a timeline summary: ids, codes, statuses, numbers, lists of ids. Never names or clinical free text. */
export type TimelineValue = string | number | boolean | null | readonly string[];

/**
 * How one event shows on a patient's timeline, as its event definition describes it (`defineEvent(…, { timeline })`).
 * The patient plugin's timeline (or any projection declaring `timelineEvents: true`) shows it without knowing the
 * event's plugin.
 * @example
 * export const EncounterClosed = defineEvent('ehr.EncounterClosed', encounterClosedSchema, {
 * timeline: (d) => ({ patientId: d.patientId, at: d.closedAt, summary: { encounterId: d.encounterId, because: d.because
 * } }),
 * });
 */
export interface TimelineDescription {
  /** The patient the event is about. */
  readonly patientId: string;
  /** When it happened (ISO 8601); the time the event was stored when absent. */
  readonly at?: string;
  /** A short summary of ids and codes (`{ encounterId, class: 'outpatient' }`), never names or note text. */
  readonly summary: Readonly<Record<string, TimelineValue>>;
  /**
   * Who may see the entry beyond the timeline's own permission: a clinical entry (a diagnosis code) is shown only
   * to users holding this permission too, so the front desk's timeline does not reveal diagnoses.
   */
  readonly visibleWith?: PermissionDefinition;
}

/**
 * Describes an event of type `D` on a patient's timeline, or `undefined` when this event is about no patient.
 * Pure: called on every replay, so the same data must give the same description.
 */
export type DescribeOnTimeline<D> = (data: D) => TimelineDescription | undefined;

/**
 * What the kernel hands every projection besides the events: how the enabled plugins' events describe themselves.
 * @example
 * async evolve(event, sql, context) {
 *   const entry = context.describeOnTimeline(event);
 * if (entry) await sql.query('INSERT INTO desk.timeline (patient_id, at) VALUES ($1, $2)', [entry.patientId, entry.at
 * ?? null]);
 * }
 */
export interface ProjectionContext {
  /**
   * The timeline description the event's definition declares (upcast data, current version), or `undefined` when
   * it declares none or the event is about no patient.
   */
  describeOnTimeline(event: { readonly type: string; readonly data: unknown }): TimelineDescription | undefined;
}

/**
 * A timeline description from a summary whose optional fields may be absent: the absent ones are left out (an event's
 * optional `reason` shows only when it was given). Ids, codes and times only: free text stays in its own record.
 * @example
 * timeline: (d) => timelineEntry(d.patientId, d.at, { appointmentId: d.appointmentId, reason: d.reason }),
 */
export function timelineEntry(
  patientId: string,
  at: string,
  summary: Readonly<Record<string, TimelineValue | undefined>>,
): TimelineDescription {
  const defined = Object.entries(summary).filter((entry): entry is [string, TimelineValue] => entry[1] !== undefined);
  return { patientId, at, summary: Object.fromEntries(defined) };
}
