import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { AmendMemo, CreateMemo, GetMemo, MEMO_READ, memoPlugin, SignMemo } from '../../test/fixtures/memo.plugin';
import { AuditWriter } from '../audit/audit-writer';
import { verifyAuditLog } from '../audit/verify-audit-log';
import { systemClock } from '../clock/clock';
import type { Database } from '../database/database';
import { collabStore } from './collab-store';
import { persistCollabUpdates } from './collab-writer';
import { Y } from './yjs';

/** An update that adds one paragraph, as an editor on a fresh replica would send it. */
function paragraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').insert(0, [paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

describe('co-edited documents in commands and queries', () => {
  let kernel: TestKernel;
  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [memoPlugin], commandLanes: 2 });
  });
  afterAll(async () => {
    await kernel?.close();
  });

  const newMemo = async (): Promise<{ memoId: string; patientId: string }> => {
    const ids = { memoId: randomUUID(), patientId: randomUUID() };
    await kernel.execute(CreateMemo, ids);
    return ids;
  };

  it('reads an empty document at revision 0 before anything is written', async () => {
    const { memoId } = await newMemo();
    expect(await kernel.ask(GetMemo, { memoId })).toMatchObject({ text: '', revision: 0, sealed: false });
  });

  it('persists written updates in order, numbered, and audits each write against the patient', async () => {
    const { memoId, patientId } = await newMemo();
    expect(await kernel.collab.write(memoId, paragraphUpdate('first'))).toEqual({ revision: 1 });
    expect(await kernel.collab.write(memoId, paragraphUpdate('second'))).toEqual({ revision: 2 });
    const memo = await kernel.ask(GetMemo, { memoId });
    expect(memo.revision).toBe(2);
    expect(memo.text.split('\n').sort()).toEqual(['first', 'second']);
    const audits = await kernel.sql.query<{ patient_ids: string[]; details: { documentId: string } }>(
      `SELECT patient_ids, details FROM core.audit_log WHERE action = 'collab.write' AND details->>'documentId' = $1`,
      [memoId],
    );
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.patient_ids.includes(patientId))).toBe(true);
  });

  it('chains the audit record of each write, with its revision range, into an audit log that verifies', async () => {
    const memos = [await newMemo(), await newMemo()];
    // One writer's batch is one statement; interleave such writes with commands' own audit records.
    const written = await Promise.all(
      memos.flatMap(({ memoId }) => [
        ...Array.from({ length: 10 }, (_, i) => kernel.collab.write(memoId, paragraphUpdate(`line ${i}`))),
        kernel.ask(GetMemo, { memoId }),
      ]),
    );
    expect(written).toHaveLength(22);
    // Updates from two writers in one batch take the transactional path: one record per writer, same range.
    const db = kernel.sql as Database;
    const writer = (actorId: string) => ({
      actorId,
      patientId: memos[0]!.patientId,
      source: 'test',
      correlationId: randomUUID(),
    });
    const [alice, bob] = [writer('alice'), writer('bob')];
    const both = await persistCollabUpdates(
      { db, audit: new AuditWriter(), clock: systemClock },
      memos[0]!.memoId,
      'memo.memo',
      [
        { update: paragraphUpdate('alice'), writer: alice },
        { update: paragraphUpdate('bob'), writer: bob },
        { update: paragraphUpdate('alice again'), writer: alice },
      ],
    );
    expect(both).toMatchObject({ sealed: false, fromRevision: 10, toRevision: 13 });
    for (const { memoId } of memos) {
      const audits = await kernel.sql.query<{
        actor_id: string;
        details: { fromRevision: number; toRevision: number; kind: string };
      }>(
        `SELECT actor_id, details FROM core.audit_log WHERE action = 'collab.write' AND details->>'documentId' = $1 ORDER BY (details->>'toRevision')::int, actor_id`,
        [memoId],
      );
      const single = audits.filter((a) => a.details.toRevision <= 10);
      expect(single.map((a) => [a.details.fromRevision, a.details.toRevision])).toEqual(
        Array.from({ length: 10 }, (_, i) => [i, i + 1]),
      );
      expect(single.every((a) => a.details.kind === 'memo.memo')).toBe(true);
      if (memoId === memos[0]!.memoId) {
        expect(audits.slice(10).map((a) => [a.actor_id, a.details.fromRevision, a.details.toRevision])).toEqual([
          ['alice', 10, 13],
          ['bob', 10, 13],
        ]);
      }
    }
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('signs exactly what was persisted: each concurrent write is either in the signed text or refused', async () => {
    const { memoId } = await newMemo();
    await kernel.collab.write(memoId, paragraphUpdate('opening line'));
    const writes = Array.from({ length: 12 }, (_, i) =>
      kernel.collab.write(memoId, paragraphUpdate(`line ${i}`)).then(
        () => ({ text: `line ${i}`, ok: true }),
        (error: unknown) => {
          expect(error instanceof ConflictError || error instanceof ForbiddenError).toBe(true);
          return { text: `line ${i}`, ok: false };
        },
      ),
    );
    const signing = kernel.execute(SignMemo, { memoId });
    const [signed, outcomes] = await Promise.all([signing, Promise.all(writes)]);
    const accepted = outcomes.filter((o) => o.ok).map((o) => o.text);
    expect(signed.text.split('\n').sort()).toEqual(['opening line', ...accepted].sort());
    expect(signed.revision).toBe(accepted.length + 1);
    const [stream] = (await kernel.readStream(`memo.memo-${memoId}`)).filter((e) => e.type === 'memo.MemoSigned');
    expect(stream?.data).toMatchObject({ text: signed.text, revision: signed.revision });
  });

  it('refuses writes to a sealed document until an amendment unseals it', async () => {
    const { memoId } = await newMemo();
    await kernel.collab.write(memoId, paragraphUpdate('draft'));
    await kernel.execute(SignMemo, { memoId });
    await expect(kernel.collab.write(memoId, paragraphUpdate('too late'))).rejects.toThrow(ForbiddenError);
    expect(await kernel.collab.read(memoId)).toMatchObject({ revision: 1, sealed: true });
    await kernel.execute(AmendMemo, { memoId });
    expect(await kernel.collab.write(memoId, paragraphUpdate('addendum'))).toEqual({ revision: 2 });
    expect(await kernel.collab.read(memoId)).toMatchObject({ revision: 2, sealed: false });
  });

  it('rolls a seal back with its refused command, while the commands batched with it commit', async () => {
    const [signedFirst, refused, signedLast] = [await newMemo(), await newMemo(), await newMemo()];
    await kernel.collab.write(signedFirst.memoId, paragraphUpdate('first'));
    await kernel.collab.write(signedLast.memoId, paragraphUpdate('last'));
    // Two commands take both lanes; the three signings queue meanwhile and run as one batch after them.
    const [, , first, empty, last] = await Promise.allSettled([
      newMemo(),
      newMemo(),
      kernel.execute(SignMemo, { memoId: signedFirst.memoId }),
      kernel.execute(SignMemo, { memoId: refused.memoId }),
      kernel.execute(SignMemo, { memoId: signedLast.memoId }),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { text: 'first' } });
    expect(last).toMatchObject({ status: 'fulfilled', value: { text: 'last' } });
    expect(empty).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ code: 'MEMO_EMPTY' }) });
    const transactions = await kernel.sql.query<{ transaction_id: string }>(
      `SELECT transaction_id::text FROM core.events WHERE event_type = 'memo.MemoSigned' AND stream_id = ANY($1)`,
      [[signedFirst.memoId, signedLast.memoId].map((id) => `memo.memo-${id}`)],
    );
    expect(new Set(transactions.map((t) => t.transaction_id)).size).toBe(1);
    // The refused signing sealed the document before its decider said no: that seal is gone, and writes go in.
    expect(await kernel.collab.read(refused.memoId)).toMatchObject({ sealed: false });
    expect(await kernel.collab.write(refused.memoId, paragraphUpdate('still a draft'))).toEqual({ revision: 1 });
    expect(await kernel.collab.read(signedFirst.memoId)).toMatchObject({ sealed: true, revision: 1 });
    expect(await kernel.collab.read(signedLast.memoId)).toMatchObject({ sealed: true, revision: 1 });
  });

  it('compacts while writers keep appending, keeping every update', async () => {
    const { memoId } = await newMemo();
    const db = kernel.sql as Database;
    const written = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    let writing = true;
    const compacting = (async () => {
      let merged = 0;
      while (writing) merged += await collabStore.compact(db, memoId);
      return merged + (await collabStore.compact(db, memoId));
    })();
    for (const line of written) await kernel.collab.write(memoId, paragraphUpdate(line));
    writing = false;
    expect(await compacting).toBe(40);
    const memo = await kernel.ask(GetMemo, { memoId });
    expect(memo.revision).toBe(40);
    expect(memo.text.split('\n').sort()).toEqual([...written].sort());
    expect(await kernel.sql.query('SELECT 1 FROM core.collab_updates WHERE document_id = $1', [memoId])).toEqual([]);
  });

  it('gives read-only access to a user without the write permission, and none without the read permission', async () => {
    const { memoId } = await newMemo();
    await expect(kernel.collab.write(memoId, paragraphUpdate('x'), { permissions: [MEMO_READ.name] })).rejects.toThrow(
      'DOCUMENT_READ_ONLY',
    );
    await expect(kernel.collab.write(memoId, paragraphUpdate('x'), { permissions: [] })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(kernel.collab.write(randomUUID(), paragraphUpdate('x'))).rejects.toThrow(NotFoundError);
    expect(await kernel.collab.read(memoId)).toMatchObject({ revision: 0 });
  });
});
