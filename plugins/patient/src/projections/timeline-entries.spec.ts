import type { RecordedEvent } from '@hms/sdk';
import { demographicsUpdated, MRN, PATIENT_ID, REGISTERED_AT, registered, UPDATED_AT } from '../../test/builders';
import { merged, MERGED_AT, OTHER_ID } from '../../test/mpi-builders';
import { timelineRow } from './timeline-entries';

const RECORDED_AT = new Date('2026-03-05T00:00:00.000Z');

function recorded(event: { type: string; data: unknown }): RecordedEvent {
  return {
    ...event,
    streamId: `patient.patient-${PATIENT_ID}`,
    streamVersion: 1,
    position: 1n,
    schemaVersion: 1,
    recordedAt: RECORDED_AT,
    meta: { actorId: 'a', commandId: 'c', correlationId: 'c', causationId: 'c', plugin: 'patient' },
  };
}

describe('timelineRow', () => {
  it('summarizes a registration by its MRN, at the registration time', () => {
    expect(timelineRow(recorded(registered()))).toEqual({
      patientId: PATIENT_ID,
      at: REGISTERED_AT,
      summary: { mrn: MRN },
    });
  });

  it('names the changed fields, never their values', () => {
    expect(timelineRow(recorded(demographicsUpdated({ familyName: 'Secret', phone: null })))).toEqual({
      patientId: PATIENT_ID,
      at: UPDATED_AT,
      summary: { fields: ['familyName', 'phone'] },
    });
  });

  it('records where a merged record went and why', () => {
    expect(timelineRow(recorded(merged()))?.summary).toEqual({
      mrn: MRN,
      mergedInto: OTHER_ID,
      reason: 'duplicate-registration',
    });
    expect(timelineRow(recorded(merged()))?.at).toBe(MERGED_AT);
  });

  it('leaves out events it does not know', () => {
    expect(timelineRow(recorded({ type: 'ehr.NoteSigned', data: { patientId: PATIENT_ID } }))).toBeUndefined();
  });
});
