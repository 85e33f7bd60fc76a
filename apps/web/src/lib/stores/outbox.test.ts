import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { inStore, openDatabase, OUTBOX_STORE } from './idb';
import { Outbox, SEND_BATCH, type BatchSender, type OutboxEntry, type SendOutcome } from './outbox';

let dbCount = 0;
/** A fresh browser database per test; `reopen` is a page reload: a new Outbox over the same database. */
function freshOutbox() {
  const name = `outbox-test-${++dbCount}`;
  const make = () => new Outbox(() => openDatabase(name));
  return { outbox: make(), reopen: make, name };
}
const REGISTER = 'patient.RegisterPatient';
const body = (givenName: string) => ({ givenName, familyName: 'Test', birthDate: '1980-01-01', gender: 'unknown' });
const at = (minute: number) => ({ now: new Date(Date.UTC(2026, 0, 1, 8, minute)) });
/** A server that answers every entry of a call the same way, and remembers what it was sent, call by call. */
function server(answer: (entry: OutboxEntry) => SendOutcome) {
  const calls: string[][] = [];
  const send: BatchSender = async (entries) => {
    calls.push(entries.map((e) => e.id));
    return entries.map(answer);
  };
  return { calls, send };
}

describe('Outbox', () => {
  it('gives every command its own id and keeps it, with its type and data, across a reload', async () => {
    const { outbox, reopen } = freshOutbox();
    const first = await outbox.enqueue(REGISTER, body('Ana'), at(0));
    const second = await outbox.enqueue('vendor.RecordLinenUse', { bags: 3 }, at(1));
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.id).not.toBe(first.id);

    const afterReload = await reopen().list();
    expect(afterReload.map((e) => [e.id, e.command, e.status, e.data])).toEqual([
      [first.id, REGISTER, 'waiting', body('Ana')],
      [second.id, 'vendor.RecordLinenUse', 'waiting', { bags: 3 }],
    ]);
  });

  it('sends waiting commands in order, in one call, and removes the ones the server did', async () => {
    const { outbox } = freshOutbox();
    const a = await outbox.enqueue(REGISTER, body('Ana'), at(0));
    const b = await outbox.enqueue(REGISTER, body('Rui'), at(1));
    const { calls, send } = server((entry) => ({ kind: 'sent', result: { id: `server-${entry.id}` } }));
    const report = await outbox.flush(send);
    expect(calls).toEqual([[a.id, b.id]]);
    expect(report.sent.map((s) => s.result)).toEqual([{ id: `server-${a.id}` }, { id: `server-${b.id}` }]);
    expect(await outbox.list()).toEqual([]);
  });

  it(`sends an hour's queue in calls of at most ${SEND_BATCH}, oldest first`, async () => {
    const { outbox } = freshOutbox();
    const queued: string[] = [];
    for (let i = 0; i < SEND_BATCH + 50; i++)
      queued.push(
        (await outbox.enqueue('ehr.RecordObservation', { i }, { now: new Date(Date.UTC(2026, 0, 1, 8, 0, 0, i)) })).id,
      );
    const { calls, send } = server(() => ({ kind: 'sent' }));
    await outbox.flush(send);
    expect(calls.map((c) => c.length)).toEqual([SEND_BATCH, 50]);
    expect(calls.flat()).toEqual(queued);
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps a refused command with the reason until the user deals with it, and goes on with the next', async () => {
    const { outbox } = freshOutbox();
    const entry = await outbox.enqueue(REGISTER, body('Ana'), at(0));
    const next = await outbox.enqueue(REGISTER, body('Rui'), at(1));
    const rejection = {
      status: 400,
      message: 'Some information was not accepted.',
      fieldErrors: { birthDate: 'Invalid' },
    };
    const report = await outbox.flush(
      server((e) => (e.id === entry.id ? { kind: 'rejected', rejection } : { kind: 'sent' })).send,
    );
    expect(report.rejected).toHaveLength(1);
    expect(await outbox.list()).toEqual([
      expect.objectContaining({ id: entry.id, status: 'rejected', attempts: 1, rejection }),
    ]);
    expect(report.sent.map((s) => s.entry.id)).toEqual([next.id]);

    const again = server(() => ({ kind: 'sent' }));
    await outbox.flush(again.send);
    expect(again.calls).toEqual([]); // not resent as it is: the same command would be refused again

    // "Try again": the same entry, same id, back in the queue.
    await outbox.retry(entry.id);
    await outbox.flush(again.send);
    expect(again.calls).toEqual([[entry.id]]);
    expect(await outbox.list()).toEqual([]);
  });

  it('stops at the first command not tried and keeps it and the rest, in order', async () => {
    const { outbox, reopen } = freshOutbox();
    const a = await outbox.enqueue(REGISTER, body('Ana'), at(0));
    const b = await outbox.enqueue(REGISTER, body('Rui'), at(1));
    const c = await outbox.enqueue(REGISTER, body('Eva'), at(2));
    // The server did the first, then its database went away: the rest were not tried.
    const report = await outbox.flush(server((e) => (e.id === a.id ? { kind: 'sent' } : { kind: 'retry' })).send);
    expect(report.stopped).toBe(true);
    expect((await reopen().list()).map((e) => [e.id, e.status, e.attempts])).toEqual([
      [b.id, 'waiting', 1],
      [c.id, 'waiting', 0],
    ]);
  });

  it('keeps everything when no answer came (offline), and resends with the same ids', async () => {
    const { outbox } = freshOutbox();
    const a = await outbox.enqueue(REGISTER, body('Ana'), at(0));
    const b = await outbox.enqueue(REGISTER, body('Rui'), at(1));
    const offline: BatchSender = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await outbox.flush(offline)).stopped).toBe(true);
    const { calls, send } = server(() => ({ kind: 'sent' }));
    await outbox.flush(send);
    expect(calls).toEqual([[a.id, b.id]]);
  });

  it('runs one flush at a time', async () => {
    const { outbox } = freshOutbox();
    await outbox.enqueue(REGISTER, body('Ana'), at(0));
    let sends = 0;
    const slow: BatchSender = async (entries) => {
      sends++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return entries.map(() => ({ kind: 'sent' }));
    };
    await Promise.all([outbox.flush(slow), outbox.flush(slow)]);
    expect(sends).toBe(1);
  });

  it('tells subscribers the entries after every change', async () => {
    const { outbox } = freshOutbox();
    const seen: number[] = [];
    outbox.subscribe((entries) => seen.push(entries.length));
    await outbox.enqueue(REGISTER, body('Ana'), at(0));
    await outbox.clear();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toContain(1);
    expect(seen.at(-1)).toBe(0);
  });
});

describe('Outbox after an upgrade of the client', () => {
  /** What the client before the generic outbox wrote (a kind and the HTTP body), straight into IndexedDB. */
  async function writeOld(name: string, entries: readonly object[]) {
    const db = await openDatabase(name);
    for (const entry of entries) await inStore(db, OUTBOX_STORE, 'readwrite', (s) => s.put(entry));
    db.close();
  }
  const old = (id: string, minute: number, kind: string, payload: object, extra: object = {}) => ({
    id,
    kind,
    payload,
    createdAt: new Date(Date.UTC(2026, 0, 1, 8, minute)).toISOString(),
    status: 'waiting',
    attempts: 2,
    ...extra,
  });
  const ID = (n: number) => `5b0c1e0e-9f6a-4c8e-8d3e-3b8f0f6d9a${String(n).padStart(2, '0')}`;

  it('reads what a ward computer queued before the upgrade as commands, same ids and order, and sends them', async () => {
    const { outbox, reopen, name } = freshOutbox();
    const refusal = { status: 409, code: 'SLOT_TAKEN', message: 'Someone else booked this time.' };
    await writeOld(name, [
      old(ID(1), 0, 'patient.register', body('Ana')),
      old(ID(2), 1, 'chart.problem.record', {
        patientId: 'p-1',
        title: 'Essential (primary) hypertension',
        body: { code: 'I10', kind: 'diagnosis' },
      }),
      old(ID(3), 2, 'stay.transfer', {
        patientId: 'p-1',
        fromWardId: 'w-1',
        fromBedId: 'b-1',
        body: { toWardId: 'w-2', toBedId: 'b-7', reason: { category: 'clinical' } },
      }),
      old(
        ID(4),
        3,
        'appointment.book',
        {
          body: { patientId: 'p-1', practitionerId: 'd-1', type: 'consultation', startsAt: '2026-01-02T09:00:00Z' },
          endsAt: '2026-01-02T09:30:00Z',
          location: 'Room 1',
        },
        { status: 'rejected', rejection: refusal },
      ),
      old(ID(5), 4, 'appointment.cancel', { appointmentId: 'a-1', practitionerId: 'd-1', reason: 'patient-request' }),
      old(ID(6), 5, 'note.create', { patientId: 'p-1', title: 'Ward round' }),
    ]);
    const upgraded = await outbox.list();
    expect(upgraded.map((e) => [e.id, e.command, e.data, e.display, e.status, e.attempts])).toEqual([
      [ID(1), 'patient.RegisterPatient', body('Ana'), undefined, 'waiting', 2],
      [
        ID(2),
        'ehr.RecordProblem',
        { code: 'I10', kind: 'diagnosis', patientId: 'p-1' },
        { title: 'Essential (primary) hypertension' },
        'waiting',
        2,
      ],
      [
        ID(3),
        'adt.TransferPatient',
        { toWardId: 'w-2', toBedId: 'b-7', reason: { category: 'clinical' }, patientId: 'p-1' },
        { wardId: 'w-1', bedId: 'b-1' },
        'waiting',
        2,
      ],
      [
        ID(4),
        'scheduling.BookAppointment',
        { patientId: 'p-1', practitionerId: 'd-1', type: 'consultation', startsAt: '2026-01-02T09:00:00Z' },
        { endsAt: '2026-01-02T09:30:00Z', location: 'Room 1' },
        'rejected',
        2,
      ],
      [
        ID(5),
        'scheduling.CancelAppointment',
        { appointmentId: 'a-1', reason: 'patient-request' },
        { practitionerId: 'd-1' },
        'waiting',
        2,
      ],
      [ID(6), 'ehr.CreateNote', { patientId: 'p-1', title: 'Ward round' }, undefined, 'waiting', 2],
    ]);
    expect(upgraded[3]!.rejection).toEqual(refusal);
    // Rewritten in the database, not only read: a reload finds the new shape, with nothing old left.
    const stored = await inStore(
      await openDatabase(name),
      OUTBOX_STORE,
      'readonly',
      (s) => s.getAll() as IDBRequest<object[]>,
    );
    expect(stored.every((e) => 'command' in e && !('kind' in e))).toBe(true);

    const { calls, send } = server(() => ({ kind: 'sent' }));
    await reopen().flush(send);
    expect(calls).toEqual([[ID(1), ID(2), ID(3), ID(5), ID(6)]]);
  });

  it('keeps an old entry of a kind it does not know as refused, to be read and discarded, never dropped', async () => {
    const { outbox, name } = freshOutbox();
    await writeOld(name, [old(ID(9), 0, 'mystery.kind', { a: 1 })]);
    expect(await outbox.list()).toEqual([
      expect.objectContaining({ id: ID(9), command: 'mystery.kind', data: { a: 1 }, status: 'rejected' }),
    ]);
  });
});
