import { addsNothing, awarenessClientIds, readClientMessage, syncStep1Message, updateMessage } from './collab-protocol';
import { awarenessProtocol, Y } from './yjs';

function replicaOf(doc: InstanceType<typeof Y.Doc>): InstanceType<typeof Y.Doc> {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

describe('the y-websocket messages the server reads', () => {
  it('reads sync step 1 and updates without applying them', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    expect(readClientMessage(syncStep1Message(doc))).toMatchObject({ type: 'sync-step-1' });
    const update = Y.encodeStateAsUpdate(doc);
    expect(readClientMessage(updateMessage(update))).toEqual({ type: 'update', update, step2: false });
  });

  it('refuses to read an update Yjs could not apply, before anything stores it', () => {
    expect(() => readClientMessage(Uint8Array.from([0, 2, 5, 200, 1, 7, 7, 7]))).toThrow();
  });

  it('names the client ids an awareness update speaks for', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'a' } });
    expect(awarenessClientIds(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))).toEqual([
      doc.clientID,
    ]);
    awareness.destroy();
  });

  it('tells a repeated sync answer (all known items, known deletions) from one that adds something', () => {
    const server = new Y.Doc();
    server.getText('t').insert(0, 'hello world');
    server.getText('t').delete(0, 6);
    const client = replicaOf(server);
    // What a reconnecting client answers to the server's sync step 1 when it has nothing new: its whole delete set.
    expect(addsNothing(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(true);
    client.getText('t').delete(0, 1);
    expect(addsNothing(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
    const writer = replicaOf(server);
    writer.getText('t').insert(0, '!');
    expect(addsNothing(server, Y.encodeStateAsUpdate(writer, Y.encodeStateVector(server)))).toBe(false);
  });
});
