import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  GetPatientTimeline,
  PATIENT_READ,
  RegisterPatient,
  UpdatePatientDemographics,
  type PatientTimeline,
} from '@hms/plugin-patient/contracts';
import { adtPlugin } from '@hms/plugin-adt';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { Y } from './collab/yjs';
import {
  CloseEncounter,
  CreateNote,
  OpenEncounter,
  PrescribeMedication,
  RecordObservation,
  RecordProblem,
  SignNote,
  StopMedication,
} from './contracts/commands';
import { ehrPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const MINUTE = 60_000;

/** A note's `body` fragment with one paragraph, as an editor writes it. */
function noteUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').insert(0, [paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

describe("the EHR's events on the patient plugin's timeline", () => {
  let kernel: TestKernel;
  let patientId: string;
  let encounterId: string;
  let problemId: string;
  let medicationId: string;
  let noteId: string;
  const timeline = async (permissions?: readonly string[]): Promise<PatientTimeline> =>
    await kernel.ask(GetPatientTimeline, { id: patientId }, permissions ? { permissions } : {});
  const step = async <T>(run: () => Promise<T>): Promise<T> => {
    kernel.clock.advance(MINUTE);
    return await run();
  };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin, adtPlugin, ehrPlugin], now: NOW });
    patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Fictional',
        familyName: 'Timeline',
        birthDate: '1971-05-04',
        gender: 'female',
      })
    ).id;
    encounterId = (await step(() => kernel.execute(OpenEncounter, { patientId, class: 'outpatient', reason: 'Cough' })))
      .encounterId;
    // Measured before it is typed in: the timeline places it when it was measured.
    const measuredAt = kernel.clock.now();
    problemId = (await step(() => kernel.execute(RecordProblem, { patientId, code: 'J18.9', encounterId }))).problemId;
    await step(() =>
      kernel.execute(RecordObservation, {
        patientId,
        code: '8867-4',
        value: 96,
        unit: '/min',
        effectiveAt: measuredAt,
        encounterId,
      }),
    );
    await step(() => kernel.execute(UpdatePatientDemographics, { patientId, phone: '+351 210 000 000' }));
    medicationId = (
      await step(() =>
        kernel.execute(PrescribeMedication, {
          patientId,
          medication: 'Amoxicillin 500 mg capsule',
          dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
          encounterId,
        }),
      )
    ).medicationId;
    noteId = (await step(() => kernel.execute(CreateNote, { patientId, encounterId, title: 'Visit note' }))).id;
    await kernel.collab.write(noteId, noteUpdate('Crackles at the right base.'));
    await step(() => kernel.execute(SignNote, { noteId }));
    await step(() => kernel.execute(StopMedication, { patientId, medicationId, reason: 'Rash' }));
    await step(() => kernel.execute(CloseEncounter, { encounterId }));
    await kernel.settle();
  });
  afterAll(async () => kernel?.close());

  it("shows the EHR events among the patient plugin's own, in time order, with ids and codes only", async () => {
    const { entries } = await timeline();
    expect(entries.map((e) => [e.type, e.plugin])).toEqual([
      ['patient.PatientRegistered', 'patient'],
      ['ehr.EncounterOpened', 'ehr'],
      ['ehr.ObservationRecorded', 'ehr'],
      ['ehr.ProblemRecorded', 'ehr'],
      ['patient.PatientDemographicsUpdated', 'patient'],
      ['ehr.MedicationPrescribed', 'ehr'],
      ['ehr.NoteCreated', 'ehr'],
      ['ehr.NoteSigned', 'ehr'],
      ['ehr.MedicationStopped', 'ehr'],
      ['ehr.EncounterClosed', 'ehr'],
    ]);
    const times = entries.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(entries.find((e) => e.type === 'ehr.EncounterOpened')?.summary).toEqual({
      encounterId,
      class: 'outpatient',
    });
    expect(entries.find((e) => e.type === 'ehr.ProblemRecorded')?.summary).toEqual({
      problemId,
      kind: 'problem',
      code: 'J18.9',
      encounterId,
    });
    expect(entries.find((e) => e.type === 'ehr.MedicationStopped')?.summary).toEqual({ medicationId });
    expect(entries.find((e) => e.type === 'ehr.NoteSigned')?.summary).toMatchObject({ noteId, signedVersion: 1 });
    // Free text (the reason for the visit, the drug, the note) stays in the chart, behind its permissions.
    const shown = JSON.stringify(entries);
    for (const text of ['Cough', 'Amoxicillin', 'Crackles', 'Rash']) expect(shown).not.toContain(text);
  });

  it("shows a reader without the chart's permissions that visits happened, not what was found", async () => {
    const { entries } = await timeline([PATIENT_READ.name]);
    expect(entries.map((e) => e.type)).toEqual([
      'patient.PatientRegistered',
      'ehr.EncounterOpened',
      'patient.PatientDemographicsUpdated',
      'ehr.EncounterClosed',
    ]);
  });

  it('gives the same timeline after a rebuild from the events', async () => {
    const before = await timeline();
    const { events } = await kernel.rebuildProjection('patient.timeline');
    expect(events).toBeGreaterThanOrEqual(before.entries.length);
    expect(await timeline()).toEqual(before);
  });
});
