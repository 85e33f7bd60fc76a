import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { AddCareTeamMember, CloseEncounter, CreateNote, OpenEncounter, SignNote } from './contracts/commands';
import { CHART_READ, NOTE_READ, NOTE_SIGN, NOTE_WRITE } from './contracts/permissions';
import { ListMyNotes, ListMyPatients, ListNotes } from './contracts/queries';
import { Y } from './collab/yjs';
import { addNoteAuthorsMigration } from './migrations/0005-note-authors.migration';
import { ehrPlugin } from './plugin';

const NOW = '2026-05-04T09:00:00.000Z';
/** A doctor's permissions: the care rule applies (the test's default actor reaches every patient). */
const DOCTOR = [CHART_READ.name, NOTE_READ.name, NOTE_WRITE.name, NOTE_SIGN.name];
const as = (actorId: string) => ({ permissions: DOCTOR, actorId });

/** One paragraph of note text, as the editor writes it. */
function paragraph(text: string): Uint8Array {
  const doc = new Y.Doc();
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').insert(0, [p]);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * A doctor's home: their own notes across patients ("Notes to sign"), who wrote and signed each note, and the
 * patients whose care team they are on ("Your patients").
 */
describe("a doctor's own notes and patients", () => {
  let kernel: TestKernel;
  const patients = { first: randomUUID(), second: randomUUID() };
  const encounters: Record<string, string> = {};

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin], now: NOW });
    for (const [key, patientId] of Object.entries(patients)) {
      const { encounterId } = await kernel.execute(OpenEncounter, { patientId, class: 'inpatient' });
      encounters[key] = encounterId;
      for (const memberId of ['dr-ames', 'dr-birch']) {
        await kernel.execute(AddCareTeamMember, { encounterId, memberId, role: 'attending' });
      }
    }
  });
  afterAll(async () => kernel?.close());

  it('lists only the caller’s own notes, drafts when asked, newest change first, and names author and signer', async () => {
    const first = await kernel.execute(
      CreateNote,
      { patientId: patients.first, title: 'Admission note' },
      as('dr-ames'),
    );
    kernel.clock.advance(60_000);
    const second = await kernel.execute(CreateNote, { patientId: patients.second, title: 'Ward round' }, as('dr-ames'));
    kernel.clock.advance(60_000);
    const signed = await kernel.execute(
      CreateNote,
      { patientId: patients.first, title: 'Procedure note' },
      as('dr-ames'),
    );
    await kernel.collab.write(signed.id, paragraph('Central line placed, tip confirmed.'), as('dr-ames'));
    await kernel.execute(SignNote, { noteId: signed.id }, as('dr-ames'));
    const colleague = await kernel.execute(
      CreateNote,
      { patientId: patients.first, title: 'Consult note' },
      as('dr-birch'),
    );

    const drafts = await kernel.ask(ListMyNotes, { status: 'draft' }, as('dr-ames'));
    expect(drafts.items.map((n) => n.id)).toEqual([second.id, first.id]);
    expect(drafts.items[0]).toMatchObject({
      patientId: patients.second,
      title: 'Ward round',
      status: 'draft',
      createdBy: 'dr-ames',
      signedBy: null,
      patient: null, // no patient plugin here: the client shows the chart link alone
    });
    const all = await kernel.ask(ListMyNotes, {}, as('dr-ames'));
    expect(all.items.map((n) => n.id)).toEqual([signed.id, second.id, first.id]);
    expect(all.items[0]).toMatchObject({ status: 'signed', signedBy: 'dr-ames', signedAt: expect.any(String) });
    expect((await kernel.ask(ListMyNotes, { status: 'draft' }, as('dr-birch'))).items.map((n) => n.id)).toEqual([
      colleague.id,
    ]);

    // The chart's list names who started each note and who signed it.
    const onChart = await kernel.ask(ListNotes, { patientId: patients.first }, as('dr-birch'));
    expect(onChart.items.find((n) => n.id === signed.id)).toMatchObject({
      createdBy: 'dr-ames',
      signedBy: 'dr-ames',
      signedAt: expect.any(String),
    });
    expect(onChart.items.find((n) => n.id === colleague.id)).toMatchObject({ createdBy: 'dr-birch', signedBy: null });

    // Each patient listed is audited for the doctor who read the list.
    const [audit] = await kernel.sql.query<{ patient_ids: string[] }>(
      `SELECT patient_ids FROM core.audit_log
        WHERE action = 'ehr.ListMyNotes' AND actor_id = 'dr-ames' AND outcome = 'success'
        ORDER BY id DESC LIMIT 1`,
    );
    expect([...new Set(audit!.patient_ids)].sort()).toEqual([patients.first, patients.second].sort());
  });

  it('lists the patients whose open encounter has the doctor on its care team, and no one else’s', async () => {
    const mine = await kernel.ask(ListMyPatients, {}, as('dr-ames'));
    expect(mine.items.map((p) => p.patientId).sort()).toEqual([patients.first, patients.second].sort());
    expect(mine.items[0]).toMatchObject({ class: 'inpatient', role: 'attending', patient: null });
    expect((await kernel.ask(ListMyPatients, {}, as('dr-cole'))).items).toEqual([]);
    const [audit] = await kernel.sql.query<{ patient_ids: string[] }>(
      `SELECT patient_ids FROM core.audit_log
        WHERE action = 'ehr.ListMyPatients' AND actor_id = 'dr-ames' AND outcome = 'success'
        ORDER BY id DESC LIMIT 1`,
    );
    expect([...audit!.patient_ids].sort()).toEqual([patients.first, patients.second].sort());
  });

  it('leaves out the drafts and the patient who is no longer in the doctor’s care, without refusing the list', async () => {
    await kernel.execute(CloseEncounter, { encounterId: encounters.second! });
    const drafts = await kernel.ask(ListMyNotes, { status: 'draft' }, as('dr-ames'));
    expect(drafts.items.length).toBeGreaterThan(0);
    expect(drafts.items.every((n) => n.patientId === patients.first)).toBe(true);
    const mine = await kernel.ask(ListMyPatients, {}, as('dr-ames'));
    expect(mine.items.map((p) => p.patientId)).toEqual([patients.first]);
  });

  it('fills author and signer from the stored note events when upgrading to 1.10', async () => {
    const before = await kernel.sql.query<Record<string, unknown>>(
      `SELECT id, created_by, signed_by, signed_at, updated_at FROM ehr.notes ORDER BY id`,
    );
    // As a 1.9 table had them: no author, signer or change time.
    await kernel.sql.query(
      `UPDATE ehr.notes SET created_by = NULL, signed_by = NULL, signed_at = NULL, updated_at = created_at`,
    );
    const [, fill] = addNoteAuthorsMigration.up;
    await kernel.sql.query(fill!);
    const after = await kernel.sql.query<Record<string, unknown>>(
      `SELECT id, created_by, signed_by, signed_at, updated_at FROM ehr.notes ORDER BY id`,
    );
    expect(after).toEqual(before);
    expect(after.some((row) => row.signed_by === 'dr-ames')).toBe(true);
  });
});
