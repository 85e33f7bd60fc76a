import { randomUUID } from 'node:crypto';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import {
  bodyText,
  connectClient,
  insertParagraph,
  rawConnect,
  textOfUpdate,
  waitUntil,
  type CollabClient,
} from '../testing/collab-test-client';
import { createCollabSite, type CollabInstance, type CollabSite } from '../../test/collab-support';
import { CreateMemo, SignMemo } from '../../test/fixtures/memo.plugin';
import { awarenessMessage } from './collab-protocol';
import { collabStore } from './collab-store';
import { awarenessProtocol, Y } from './yjs';
import { CollabServer } from './collab-server';

const admin = new AuthenticatedActor('test-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));
let site: CollabSite;
let api: CollabInstance;
const clients: CollabClient[] = [];

beforeAll(async () => {
  site = await createCollabSite();
  api = await site.start();
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await api?.close();
  await site?.drop();
});

async function newMemo(): Promise<{ memoId: string; patientId: string }> {
  const ids = { memoId: randomUUID(), patientId: randomUUID() };
  await api.kernel.execute({
    type: CreateMemo.type,
    data: ids,
    actor: admin,
    correlationId: randomUUID(),
    source: null,
  });
  return ids;
}

function client(documentId: string, user: keyof CollabSite['tokens'] | undefined): CollabClient {
  const c = connectClient(api.url, documentId, user && site.tokens[user]);
  clients.push(c);
  return c;
}

const wsUrl = (documentId: string, token?: string): string =>
  `${api.url.replace('http', 'ws')}/collab/${documentId}${token ? `?token=${token}` : ''}`;

describe(CollabServer.name, () => {
  it('lets two stock y-websocket clients co-edit the body and converge on what the server persisted', async () => {
    const { memoId } = await newMemo();
    const alice = client(memoId, 'editor');
    const bob = client(memoId, 'editor');
    await waitUntil('both synced', () => alice.provider.synced && bob.provider.synced);
    insertParagraph(alice.doc, 'Patient seen in clinic.');
    insertParagraph(bob.doc, 'Chest clear on auscultation.', 0);
    await waitUntil(
      'both clients to hold both paragraphs',
      () => bodyText(alice.doc).split('\n').length === 2 && bodyText(bob.doc) === bodyText(alice.doc),
    );
    await waitUntil(
      'the server to have persisted them',
      async () => textOfUpdate((await collabStore.read(api.kernel.db, memoId)).update) === bodyText(alice.doc),
    );
  });

  it('relays presence and removes a client from it when it leaves', async () => {
    const { memoId } = await newMemo();
    const alice = client(memoId, 'editor');
    const bob = client(memoId, 'reader');
    alice.provider.awareness.setLocalStateField('user', { name: 'alice', cursor: 3 });
    await waitUntil("bob to see alice's cursor", () =>
      [...bob.provider.awareness.getStates().values()].some(
        (s) => (s as { user?: { name: string } }).user?.name === 'alice',
      ),
    );
    alice.provider.disconnect();
    await waitUntil("alice to leave bob's presence", () => !bob.provider.awareness.getStates().has(alice.doc.clientID));
  });

  it("refuses a reader's changes: not persisted, not relayed, and the reader is told", async () => {
    const { memoId } = await newMemo();
    const editor = client(memoId, 'editor');
    const reader = client(memoId, 'reader');
    await waitUntil('both synced', () => editor.provider.synced && reader.provider.synced);
    insertParagraph(reader.doc, 'not allowed');
    insertParagraph(editor.doc, 'allowed');
    await waitUntil('the reader to be told', () => reader.denied.length > 0);
    await waitUntil("the editor's paragraph to reach the reader", () =>
      bodyText(reader.doc).split('\n').includes('allowed'),
    );
    await waitUntil(
      'the edit to be persisted',
      async () => (await collabStore.read(api.kernel.db, memoId)).revision >= 1,
    );
    expect(textOfUpdate((await collabStore.read(api.kernel.db, memoId)).update)).toBe('allowed');
    expect(bodyText(editor.doc)).toBe('allowed');
  });

  it('turns editors read-only when a command seals the document, and refuses their later changes', async () => {
    const { memoId } = await newMemo();
    const editor = client(memoId, 'editor');
    await waitUntil('synced', () => editor.provider.synced);
    insertParagraph(editor.doc, 'final text');
    await waitUntil(
      'the edit to be persisted',
      async () => (await collabStore.read(api.kernel.db, memoId)).revision === 1,
    );
    const signed = (await api.kernel.execute({
      type: SignMemo.type,
      data: { memoId },
      actor: admin,
      correlationId: randomUUID(),
      source: null,
    })) as { text: string };
    expect(signed.text).toBe('final text');
    await waitUntil('the editor to be told', () => editor.denied.some((reason) => reason.includes('sealed')));
    insertParagraph(editor.doc, 'after signing');
    await waitUntil('the late change to be refused', () => editor.denied.length >= 2);
    expect(await collabStore.read(api.kernel.db, memoId)).toMatchObject({ revision: 1, sealed: true });
  });

  it.each([
    ['without a token', undefined, 4401],
    ['with a token that is no session', 'hms_not-a-real-token', 4401],
  ])('closes a client %s with 4401 and sends it nothing', async (_what, token, code) => {
    const { memoId } = await newMemo();
    const seen = await rawConnect(wsUrl(memoId, token));
    expect(seen).toMatchObject({ messages: [], code });
  });

  it('closes a user without the read permission with 4403 and an unknown document with 4404, sending nothing', async () => {
    const { memoId } = await newMemo();
    expect(await rawConnect(wsUrl(memoId, site.tokens.outsider))).toMatchObject({ messages: [], code: 4403 });
    expect(await rawConnect(wsUrl(randomUUID(), site.tokens.editor))).toMatchObject({ messages: [], code: 4404 });
    expect(await rawConnect(wsUrl('..%2F..%2Fetc', site.tokens.editor))).toMatchObject({ messages: [], code: 4404 });
  });

  it('accepts the session cookie as well as the token, and never logs the token', async () => {
    const { memoId } = await newMemo();
    const withCookie = await rawConnect(
      wsUrl(memoId),
      { cookie: `hms_session=${site.tokens.editor}` },
      { closeAfterFirstMessage: true },
    );
    expect(withCookie.messages.length).toBeGreaterThan(0);
    expect(withCookie.code).toBe(1000);
    const editor = client(memoId, 'editor');
    await waitUntil('synced', () => editor.provider.synced);
    expect(api.logs.length).toBeGreaterThan(0);
    expect(api.logs.join('\n')).not.toContain(site.tokens.editor);
  });

  it('closes a client whose update Yjs cannot read, stores nothing of it, and keeps the note editable', async () => {
    const { memoId } = await newMemo();
    const unreadable = Uint8Array.from([0, 2, 5, 200, 1, 7, 7, 7]); // sync, update, 5 bytes that are no Yjs update
    const seen = await rawConnect(wsUrl(memoId, site.tokens.editor), {}, { thenSend: [unreadable] });
    expect(seen.code).toBe(1003);
    expect((await collabStore.read(api.kernel.db, memoId)).revision).toBe(0);
    const editor = client(memoId, 'editor');
    await waitUntil('synced', () => editor.provider.synced);
    insertParagraph(editor.doc, 'still editable');
    await waitUntil(
      'the edit to be persisted',
      async () => textOfUpdate((await collabStore.read(api.kernel.db, memoId)).update) === 'still editable',
    );
  });

  it("ignores a client's presence update that speaks for another connection's client id", async () => {
    const { memoId } = await newMemo();
    const alice = client(memoId, 'editor');
    const mallory = client(memoId, 'editor');
    alice.provider.awareness.setLocalStateField('user', { name: 'alice' });
    const userOf = (state: unknown): string | undefined =>
      (state as { user?: { name: string } } | undefined)?.user?.name;
    await waitUntil(
      'mallory to see alice',
      () => userOf(mallory.provider.awareness.getStates().get(alice.doc.clientID)) === 'alice',
    );
    // Mallory re-sends alice's entry with a newer clock and another name, as if alice had renamed herself.
    const forged = new Y.Doc({ gc: false });
    forged.clientID = alice.doc.clientID;
    const forger = new awarenessProtocol.Awareness(forged);
    forger.setLocalState({ user: { name: 'mallory posing as alice' } });
    for (let i = 0; i < 5; i += 1) forger.setLocalState({ user: { name: 'mallory posing as alice' }, i });
    const spoof = awarenessProtocol.encodeAwarenessUpdate(forger, [alice.doc.clientID]);
    await rawConnect(
      wsUrl(memoId, site.tokens.editor),
      {},
      { thenSend: [awarenessMessage(spoof)], closeAfterFirstMessage: true },
    );
    mallory.provider.awareness.setLocalStateField('user', { name: 'mallory' });
    await waitUntil(
      "alice to see mallory's own presence",
      () => userOf(alice.provider.awareness.getStates().get(mallory.doc.clientID)) === 'mallory',
    );
    expect(userOf(mallory.provider.awareness.getStates().get(alice.doc.clientID))).toBe('alice');
    forger.destroy();
    forged.destroy();
  });

  it('refuses the session cookie on a handshake from a page of another origin, sending nothing', async () => {
    const { memoId } = await newMemo();
    const cookie = `hms_session=${site.tokens.editor}`;
    const host = new URL(api.url).host;
    expect(await rawConnect(wsUrl(memoId), { cookie, origin: 'https://intranet.example.org' })).toMatchObject({
      messages: [],
      code: 4403,
    });
    const sameOrigin = await rawConnect(
      wsUrl(memoId),
      { cookie, origin: `http://${host}` },
      { closeAfterFirstMessage: true },
    );
    expect(sameOrigin.messages.length).toBeGreaterThan(0);
  });

  it("audits each connection's opening and its writes (one record covering a minute of them) against the patient", async () => {
    const { memoId, patientId } = await newMemo();
    const editor = client(memoId, 'editor');
    await waitUntil('synced', () => editor.provider.synced);
    for (const line of ['audited', 'and covered', 'by one record']) insertParagraph(editor.doc, line);
    await waitUntil(
      'the writes to be persisted',
      async () => (await collabStore.read(api.kernel.db, memoId)).revision >= 3,
    );
    const second = client(memoId, 'editor');
    await waitUntil('synced', () => second.provider.synced);
    const revisionBefore = (await collabStore.read(api.kernel.db, memoId)).revision;
    insertParagraph(second.doc, 'another connection');
    await waitUntil(
      'its write to be persisted',
      async () => (await collabStore.read(api.kernel.db, memoId)).revision > revisionBefore,
    );
    const rows = await api.kernel.db.query<{
      action: string;
      outcome: string;
      patient_ids: string[];
      at: Date;
      details: Record<string, unknown>;
    }>(
      `SELECT action, outcome, patient_ids, at, details FROM core.audit_log WHERE details->>'documentId' = $1 ORDER BY id`,
      [memoId],
    );
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([
      ['collab.open', 'success'],
      ['collab.write', 'success'],
      ['collab.open', 'success'],
      ['collab.write', 'success'],
    ]);
    expect(rows.every((r) => r.patient_ids.includes(patientId))).toBe(true);
    const firstWrite = rows[1]!;
    expect(firstWrite.details).toMatchObject({
      fromRevision: 0,
      coversWritesUntil: new Date(firstWrite.at.getTime() + 60_000).toISOString(),
    });
    expect(rows[3]!.details).toMatchObject({ fromRevision: revisionBefore });
    // Each stored update still names its writer.
    const writers = await api.kernel.db.query<{ actor_id: string }>(
      `SELECT DISTINCT actor_id FROM core.collab_updates WHERE document_id = $1`,
      [memoId],
    );
    expect(writers.length).toBeGreaterThan(0);
    await rawConnect(wsUrl(memoId, site.tokens.outsider));
    const [denied] = await api.kernel.db.query<{ outcome: string }>(
      `SELECT outcome FROM core.audit_log WHERE details->>'documentId' = $1 AND outcome <> 'success'`,
      [memoId],
    );
    expect(denied).toEqual({ outcome: 'denied' });
  });
});
