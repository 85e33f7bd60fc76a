import { definePermission, type ProjectionContext, type RecordedEvent, type TimelineDescription } from '@hms/sdk';
import { demographicsUpdated, MRN, PATIENT_ID, REGISTERED_AT, registered, UPDATED_AT } from '../../test/builders';
import { merged, MERGED_AT, OTHER_ID } from '../../test/mpi-builders';
import { timelineRow } from './timeline-entries';

const RECORDED_AT = new Date('2026-03-05T00:00:00.000Z');
const CHART_READ = definePermission('lab:chart:read', 'Read results', { patientData: true });
/** No other plugin's event describes itself. */
const NONE: ProjectionContext = { describeOnTimeline: () => undefined };
const describing = (description: TimelineDescription): ProjectionContext => ({ describeOnTimeline: () => description });

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
    expect(timelineRow(recorded(registered()), NONE)).toEqual({
      patientId: PATIENT_ID,
      at: REGISTERED_AT,
      summary: { mrn: MRN },
    });
  });

  it('names the changed fields, never their values', () => {
    expect(timelineRow(recorded(demographicsUpdated({ familyName: 'Secret', phone: null })), NONE)).toEqual({
      patientId: PATIENT_ID,
      at: UPDATED_AT,
      summary: { fields: ['familyName', 'phone'] },
    });
  });

  it('records where a merged record went and why', () => {
    expect(timelineRow(recorded(merged()), NONE)?.summary).toEqual({
      mrn: MRN,
      mergedInto: OTHER_ID,
      reason: 'duplicate-registration',
    });
    expect(timelineRow(recorded(merged()), NONE)?.at).toBe(MERGED_AT);
  });

  it('leaves out events it does not know and that describe nothing', () => {
    expect(timelineRow(recorded({ type: 'ehr.NoteSigned', data: { patientId: PATIENT_ID } }), NONE)).toBeUndefined();
  });

  it("takes another plugin's event as its definition describes it, with the permission it needs", () => {
    const description = {
      patientId: PATIENT_ID,
      at: '2026-03-04T10:00:00.000Z',
      summary: { problemId: OTHER_ID, code: 'J18.9' },
      visibleWith: CHART_READ,
    };
    expect(timelineRow(recorded({ type: 'lab.ResultRecorded', data: {} }), describing(description))).toEqual({
      patientId: PATIENT_ID,
      at: '2026-03-04T10:00:00.000Z',
      summary: { problemId: OTHER_ID, code: 'J18.9' },
      visibleWith: 'lab:chart:read',
    });
  });

  it('dates a description without a valid time at the moment it was stored', () => {
    const row = timelineRow(
      recorded({ type: 'lab.ResultRecorded', data: {} }),
      describing({ patientId: PATIENT_ID, at: 'soon', summary: {} }),
    );
    expect(row?.at).toBe(RECORDED_AT.toISOString());
  });

  it('leaves out a description whose patient id the timeline cannot hold', () => {
    expect(
      timelineRow(recorded({ type: 'lab.ResultRecorded', data: {} }), describing({ patientId: 'MRN-1', summary: {} })),
    ).toBeUndefined();
  });
});
