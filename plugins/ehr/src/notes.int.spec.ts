import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { AmendNote, CloseEncounter, CreateNote, OpenEncounter, SignNote } from './contracts/commands';
import { GetChart, GetEncounterSummary, GetNote, ListNotes } from './contracts/queries';
import { NOTE_READ, NOTE_WRITE } from './contracts/permissions';
import { Y } from './collab/yjs';
import { chartStream } from './domain/streams';
import { ehrPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

/** An editor's document: the `body` fragment with one `paragraph` element per line, as TipTap writes it. */
function editor(): { doc: InstanceType<typeof Y.Doc>; write(lines: string[]): Uint8Array } {
  const doc = new Y.Doc();
  return {
    doc,
    write(lines) {
      const before = Y.encodeStateVector(doc);
      const body = doc.getXmlFragment('body');
      doc.transact(() => {
        body.delete(0, body.length);
        body.insert(
          0,
          lines.map((line) => {
            const paragraph = new Y.XmlElement('paragraph');
            paragraph.insert(0, [new Y.XmlText(line)]);
            return paragraph;
          }),
        );
      });
      return Y.encodeStateAsUpdate(doc, before);
    },
  };
}

describe('clinical notes: co-edited text, signing and amendment', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('reads the text of the Yjs document, signs it into the record, and changes it only by an amendment', async () => {
    const patientId = randomUUID();
    const { encounterId } = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' });
    const note = await kernel.execute(CreateNote, { patientId, encounterId, title: 'Progress note' });
    const pen = editor();
    await kernel.collab.write(note.id, pen.write(['Chest clear.', 'Plan: review in two weeks.']));
    expect(await kernel.ask(GetNote, { noteId: note.id })).toMatchObject({
      id: note.id,
      patientId,
      status: 'draft',
      text: 'Chest clear.\nPlan: review in two weeks.',
      signedVersions: 0,
    });

    const signed = await kernel.execute(SignNote, { noteId: note.id });
    const text = 'Chest clear.\nPlan: review in two weeks.';
    expect(signed).toMatchObject({ status: 'signed', signedVersion: 1, text, contentHash: sha256(text) });
    const [signedEvent] = (await kernel.readStream(chartStream(patientId))).filter((e) => e.type === 'ehr.NoteSigned');
    expect(signedEvent?.data).toMatchObject({
      noteId: note.id,
      text,
      contentHash: sha256(text),
      revision: signed.revision,
    });

    // Signed: the document is read only (and sealed), a second signature is refused, the text stands.
    expect(await rejection(kernel.collab.write(note.id, pen.write(['Tampered.'])))).toMatchObject({ status: 403 });
    expect(await kernel.collab.read(note.id)).toMatchObject({ sealed: true, revision: signed.revision });
    expect(await rejection(kernel.execute(SignNote, { noteId: note.id }))).toMatchObject({
      status: 422,
      code: 'NOTE_ALREADY_SIGNED',
    });
    expect(await kernel.ask(GetNote, { noteId: note.id })).toMatchObject({ status: 'signed', text });

    await kernel.execute(AmendNote, { noteId: note.id, reason: 'Left lower lobe crackles omitted' });
    const amendedText = 'Crackles at the left base.\nPlan: review in two weeks.';
    const amender = editor();
    Y.applyUpdate(amender.doc, (await kernel.collab.read(note.id)).update);
    await kernel.collab.write(note.id, amender.write(amendedText.split('\n')));
    const amended = await kernel.execute(SignNote, { noteId: note.id });
    expect(amended).toMatchObject({
      signedVersion: 2,
      text: amendedText,
      contentHash: sha256(amendedText),
      amends: { signedVersion: 1, contentHash: sha256(text), reason: 'Left lower lobe crackles omitted' },
    });
    expect(await kernel.ask(ListNotes, { patientId })).toEqual({
      items: [expect.objectContaining({ id: note.id, status: 'signed', signedVersions: 2 })],
    });

    const chart = await kernel.ask(GetChart, { patientId });
    expect(chart.notes).toEqual([
      expect.objectContaining({
        noteId: note.id,
        status: 'signed',
        signed: expect.objectContaining({ text: amendedText }),
      }),
    ]);
    await kernel.execute(CloseEncounter, { encounterId });
    const { summary } = await kernel.ask(GetEncounterSummary, { encounterId });
    expect(summary.notes).toEqual([expect.objectContaining({ text: amendedText, contentHash: sha256(amendedText) })]);
  });

  it('puts a note signed during a stay in its summary even when the note names no encounter', async () => {
    const patientId = randomUUID();
    const { encounterId } = await kernel.execute(OpenEncounter, { patientId, class: 'inpatient' });
    const note = await kernel.execute(CreateNote, { patientId, title: 'Ward round' });
    await kernel.collab.write(note.id, editor().write(['Comfortable overnight.']));
    await kernel.execute(SignNote, { noteId: note.id });
    await kernel.execute(CloseEncounter, { encounterId });
    const { summary } = await kernel.ask(GetEncounterSummary, { encounterId });
    expect(summary.notes).toEqual([expect.objectContaining({ title: 'Ward round', text: 'Comfortable overnight.' })]);
  });

  it('refuses to sign an empty note (and leaves it open), and lets only the note permissions write', async () => {
    const patientId = randomUUID();
    const note = await kernel.execute(CreateNote, { patientId });
    expect(await rejection(kernel.execute(SignNote, { noteId: note.id }))).toMatchObject({
      status: 422,
      code: 'NOTE_EMPTY',
    });
    // The refused signing rolled its seal back: the note can still be written.
    await kernel.collab.write(note.id, editor().write(['Seen in clinic.']));
    expect(
      await rejection(kernel.collab.write(note.id, editor().write(['x']), { permissions: [NOTE_READ.name] })),
    ).toMatchObject({ status: 403 });
    expect(
      await rejection(
        kernel.execute(SignNote, { noteId: note.id }, { permissions: [NOTE_READ.name, NOTE_WRITE.name] }),
      ),
    ).toMatchObject({ status: 403 });
    expect(await kernel.ask(GetNote, { noteId: note.id })).toMatchObject({ status: 'draft', text: 'Seen in clinic.' });
  });
});
