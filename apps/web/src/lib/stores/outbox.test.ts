import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './idb';
import { Outbox, type OutboxEntry, type SendOutcome } from './outbox';

let dbCount = 0;
/** A fresh browser database per test; `reopen` is a page reload: a new Outbox over the same database. */
function freshOutbox() {
  const name = `outbox-test-${++dbCount}`;
  const make = () => new Outbox(() => openDatabase(name));
  return { outbox: make(), reopen: make };
}
const body = (givenName: string) => ({ givenName, familyName: 'Test', birthDate: '1980-01-01', gender: 'unknown' });
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 8, minute));

describe('Outbox', () => {
  it('gives every command its own id and keeps it across a reload', async () => {
    const { outbox, reopen } = freshOutbox();
    const first = await outbox.enqueue('patient.register', body('Ana'), at(0));
    const second = await outbox.enqueue('patient.register', body('Rui'), at(1));
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.id).not.toBe(first.id);

    const afterReload = await reopen().list();
    expect(afterReload.map((e) => [e.id, e.status, (e.payload as { givenName: string }).givenName])).toEqual([
      [first.id, 'waiting', 'Ana'],
      [second.id, 'waiting', 'Rui'],
    ]);
  });

  it('sends waiting commands in order, with their ids, and removes the ones the server took', async () => {
    const { outbox } = freshOutbox();
    const a = await outbox.enqueue('patient.register', body('Ana'), at(0));
    const b = await outbox.enqueue('patient.register', body('Rui'), at(1));
    const sentIds: string[] = [];
    const report = await outbox.flush(async (entry) => {
      sentIds.push(entry.id);
      return { kind: 'sent', result: { id: `server-${entry.id}` } };
    });
    expect(sentIds).toEqual([a.id, b.id]);
    expect(report.sent.map((s) => s.result)).toEqual([{ id: `server-${a.id}` }, { id: `server-${b.id}` }]);
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps a rejected command with the reason in plain words until the user deals with it', async () => {
    const { outbox } = freshOutbox();
    const entry = await outbox.enqueue('patient.register', body('Ana'), at(0));
    const rejection = {
      status: 400,
      message: 'Some information was not accepted.',
      fieldErrors: { birthDate: 'Invalid' },
    };
    const report = await outbox.flush(async () => ({ kind: 'rejected', rejection }));
    expect(report.rejected).toHaveLength(1);
    const [kept] = await outbox.list();
    expect(kept).toMatchObject({ id: entry.id, status: 'rejected', attempts: 1, rejection });

    let calls = 0;
    await outbox.flush(async () => {
      calls++;
      return { kind: 'sent' };
    });
    expect(calls).toBe(0); // not resent as it is: the same command would be refused again
    await outbox.remove(entry.id);
    expect(await outbox.list()).toEqual([]);
  });

  it('stops at the first command that cannot be sent now and keeps the rest in order', async () => {
    const { outbox, reopen } = freshOutbox();
    const a = await outbox.enqueue('patient.register', body('Ana'), at(0));
    const b = await outbox.enqueue('patient.register', body('Rui'), at(1));
    const tried: string[] = [];
    const offline = async (entry: OutboxEntry): Promise<SendOutcome> => {
      tried.push(entry.id);
      throw new TypeError('Failed to fetch');
    };
    const report = await outbox.flush(offline);
    expect(report.stopped).toBe(true);
    expect(tried).toEqual([a.id]);
    const kept = await reopen().list();
    expect(kept.map((e) => [e.id, e.status, e.attempts])).toEqual([
      [a.id, 'waiting', 1],
      [b.id, 'waiting', 0],
    ]);
  });

  it('resends with the same id after a lost answer, so the server can answer the first result again', async () => {
    const { outbox } = freshOutbox();
    const entry = await outbox.enqueue('patient.register', body('Ana'), at(0));
    const keys: string[] = [];
    await outbox.flush(async (e) => {
      keys.push(e.id);
      return { kind: 'retry' };
    });
    await outbox.flush(async (e) => {
      keys.push(e.id);
      return { kind: 'sent' };
    });
    expect(keys).toEqual([entry.id, entry.id]);
  });

  it('runs one flush at a time', async () => {
    const { outbox } = freshOutbox();
    await outbox.enqueue('patient.register', body('Ana'), at(0));
    let sends = 0;
    const slow = async (): Promise<SendOutcome> => {
      sends++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { kind: 'sent' };
    };
    await Promise.all([outbox.flush(slow), outbox.flush(slow)]);
    expect(sends).toBe(1);
  });

  it('tells subscribers the entries after every change', async () => {
    const { outbox } = freshOutbox();
    const seen: number[] = [];
    outbox.subscribe((entries) => seen.push(entries.length));
    await outbox.enqueue('patient.register', body('Ana'), at(0));
    await outbox.clear();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toContain(1);
    expect(seen.at(-1)).toBe(0);
  });
});
