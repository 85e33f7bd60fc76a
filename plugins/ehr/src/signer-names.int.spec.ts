import { randomUUID } from 'node:crypto';
import { staffPlugin } from '@hms/plugin-staff';
import { HireEmployee } from '@hms/plugin-staff/contracts';
import { createTestKernel, TEST_ACTOR_ID, type TestKernel } from '@hms/sdk/testing';
import { Y } from './collab/yjs';
import { CloseEncounter, CreateNote, OpenEncounter, SignNote } from './contracts/commands';
import { CHART_READ } from './contracts/permissions';
import { GetEncounterSummary } from './contracts/queries';
import { ehrPlugin } from './plugin';

/** One paragraph of note text, as the editor writes it. */
function paragraph(text: string): Uint8Array {
  const doc = new Y.Doc();
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').insert(0, [p]);
  return Y.encodeStateAsUpdate(doc);
}

/** A summary's signed notes name their signer through staff's directory of login accounts, when staff is there. */
describe("the signer's name on an encounter summary, with staff enabled", () => {
  let kernel: TestKernel;
  let encounterId = '';

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin, ehrPlugin], now: '2027-03-02T08:00:00.000Z' });
    // The test's actor is the account HR links to this (invented) doctor.
    await kernel.execute(HireEmployee, {
      givenName: 'Invented',
      familyName: 'Registrar',
      workEmail: 'invented.registrar@hospital.test',
      departmentId: '00000000-0000-4000-8000-0000000000d2',
      position: 'Specialty registrar',
      staffNumber: 'R001',
      accountId: TEST_ACTOR_ID,
      firstTerm: {
        from: '2020-01-01',
        to: null,
        type: 'permanent',
        fte: 1,
        fullTimeWeeklyHours: 40,
        payGrade: 'ST4',
        annualSalary: { amount: 6_000_000, currency: 'EUR' },
      },
    });
    const patientId = randomUUID();
    ({ encounterId } = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' }));
    const note = await kernel.execute(CreateNote, { patientId, encounterId, title: 'Clinic letter' });
    await kernel.collab.write(note.id, paragraph('Seen in clinic; chest clear.'));
    await kernel.execute(SignNote, { noteId: note.id });
    await kernel.execute(CloseEncounter, { encounterId });
  });
  afterAll(async () => kernel?.close());

  it('names the signer, and prints the name on the PDF', async () => {
    const { summary } = await kernel.ask(GetEncounterSummary, { encounterId });
    expect(summary.notes).toEqual([
      expect.objectContaining({ signedBy: TEST_ACTOR_ID, signedByName: 'Invented Registrar, Specialty registrar' }),
    ]);
    const { pdf } = await kernel.ask(GetEncounterSummary, { encounterId, format: 'pdf' });
    expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it("leaves the name out for a reader who may not read staff's directory, instead of refusing the summary", async () => {
    // The reader reaches every patient (a standing permission), but holds no staff permission.
    const permissions = [CHART_READ.name, 'core:care:unrestricted'];
    const { summary } = await kernel.ask(GetEncounterSummary, { encounterId }, { permissions });
    expect(summary.notes).toEqual([expect.objectContaining({ signedBy: TEST_ACTOR_ID, signedByName: null })]);
  });
});
