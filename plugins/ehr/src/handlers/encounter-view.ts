import type { EncounterView } from '../contracts/queries';
import type { EncounterState } from '../domain/encounter/encounter.decider';

export interface EncounterRow {
  id: string;
  patient_id: string;
  class: 'outpatient' | 'inpatient';
  status: 'open' | 'closed';
  appointment_id: string | null;
  stay_id: string | null;
  reason: string | null;
  opened_at: Date | string;
  closed_at: Date | string | null;
}

const iso = (value: Date | string): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

export function encounterFromRow(row: EncounterRow): EncounterView {
  return {
    encounterId: row.id,
    patientId: row.patient_id,
    class: row.class,
    status: row.status,
    appointmentId: row.appointment_id,
    stayId: row.stay_id,
    reason: row.reason,
    openedAt: iso(row.opened_at),
    closedAt: row.closed_at === null ? null : iso(row.closed_at),
  };
}

export function encounterFromState(state: Exclude<EncounterState, { status: 'none' }>): EncounterView {
  return {
    encounterId: state.encounterId,
    patientId: state.patientId,
    class: state.class,
    status: state.status,
    appointmentId: state.appointmentId ?? null,
    stayId: state.stayId ?? null,
    reason: state.reason ?? null,
    openedAt: state.openedAt,
    closedAt: state.status === 'closed' ? state.closedAt : null,
  };
}

export const ENCOUNTER_COLUMNS = 'id, patient_id, class, status, appointment_id, stay_id, reason, opened_at, closed_at';
