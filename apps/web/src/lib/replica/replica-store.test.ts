import 'fake-indexeddb/auto';
import type { ReplicaAnswer } from '@hms/sdk/client';
import { describe, expect, it } from 'vitest';
import { ReplicaDatabase } from './replica-db';
import { ReplicaStore, type ReplicaStoreDeps } from './replica-store';

type Bed = { id: string; label: string; patient?: string };
const KEY_A = 'q5Zb0c8xg4m3TtQGkGZ7m1sYyQ2mNfVt8Qh7w3yq1aA'; // 32 bytes, base64url
const KEY_B = 'Ab3k9u2LxT4gqVvT1sU7e0d6pYh2Wn8rKc5zJm4tQeE';

/**
 * The server's side of the protocol over a board of beds, as `GET /api/sync/replicas/:name` answers it: positions
 * count changes; a pull since a position sends the beds changed after it and every key.
 */
class Ward {
  beds = new Map<string, Bed>();
  changedAt = new Map<string, number>();
  position = 0;
  requests: string[] = [];
  status = 200;
  online = true;
  maxAgeHours = 12;
  maxRows = 100;
  charts = new Map<string, string>();

  set(bed: Bed): void {
    this.beds.set(bed.id, bed);
    this.changedAt.set(bed.id, ++this.position);
  }
  remove(id: string): void {
    this.beds.delete(id);
    this.position++;
  }

  fetch = async (path: string): Promise<Response> => {
    this.requests.push(path);
    if (!this.online) throw new TypeError('Failed to fetch');
    if (this.status !== 200) return new Response('{}', { status: this.status });
    const url = new URL(path, 'http://ward');
    const since = url.searchParams.get('since');
    const limits = { maxRows: this.maxRows, maxAgeHours: this.maxAgeHours };
    const base = { replica: url.pathname.split('/').pop()!, position: String(this.position), limits };
    let answer: ReplicaAnswer;
    if (base.replica === 'ehr.Chart') {
      const chart = this.charts.get(url.searchParams.get('patientId')!);
      const patientId = url.searchParams.get('patientId')!;
      const streams = [`ehr.chart-${patientId}`];
      answer = { ...base, full: true, rows: chart ? [chart] : [], rowKeys: chart ? ['answer'] : [], streams };
    } else if (since === null) {
      answer = { ...base, full: true, rows: [...this.beds.values()], rowKeys: [...this.beds.keys()] };
    } else {
      const changed = [...this.beds.values()].filter((b) => this.changedAt.get(b.id)! > Number(since));
      const unchanged = changed.length === 0 && this.position === Number(since);
      answer = unchanged
        ? { ...base, full: false, rows: [], rowKeys: [] }
        : { ...base, full: false, rows: changed, rowKeys: changed.map((b) => b.id), keys: [...this.beds.keys()] };
    }
    return new Response(JSON.stringify(answer), { status: 200 });
  };
}

let count = 0;
function device(ward: Ward, overrides: Partial<ReplicaStoreDeps> = {}) {
  const db = new ReplicaDatabase(`replica-test-${++count}`);
  let now = new Date('2026-12-07T08:00:00Z');
  const make = () => new ReplicaStore({ db, fetch: ward.fetch, now: () => now, ...overrides });
  return {
    db,
    store: make(),
    reload: make,
    advance: (hours: number) => (now = new Date(now.getTime() + hours * 3.6e6)),
  };
}

/** Subscribes and waits until the view satisfies `until`. */
function viewOf(store: ReplicaStore, until: (rows: readonly unknown[], freshness: string) => boolean) {
  return new Promise<{ rows: readonly Bed[]; freshness: string }>((resolve) => {
    const stop = store.subscribe('adt.WardBoard', { wardId: 'w1' }, (view) => {
      if (until(view.rows, view.freshness)) {
        queueMicrotask(() => stop());
        resolve({ rows: view.rows as Bed[], freshness: view.freshness });
      }
    });
  });
}

describe('ReplicaStore', () => {
  it('pulls the whole board first, then only since its checkpoint, applying changes and removals in order', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1' });
    ward.set({ id: 'b2', label: 'Bed 2' });
    ward.set({ id: 'b3', label: 'Bed 3' });
    const { store } = device(ward);
    await store.start(KEY_A);
    const first = await viewOf(store, (_, f) => f === 'fresh');
    expect(first.rows.map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    expect(ward.requests[0]).toBe('/api/sync/replicas/adt.WardBoard?wardId=w1');

    ward.set({ id: 'b2', label: 'Bed 2', patient: 'p1' });
    ward.remove('b3');
    store.onChange({ plugin: 'adt', type: 'patient.BedOccupied', streamId: 'x', position: '9' });
    store.describe([{ name: 'adt.WardBoard', plugin: 'adt', eventTypes: ['patient.BedOccupied'], limits: ward }]);
    store.onChange({ plugin: 'adt', type: 'patient.BedOccupied', streamId: 'x', position: '9' });
    const second = await viewOf(store, (rows) => rows.length === 2);
    expect(second.rows).toEqual([
      { id: 'b1', label: 'Bed 1' },
      { id: 'b2', label: 'Bed 2', patient: 'p1' },
    ]);
    expect(ward.requests.at(-1)).toBe('/api/sync/replicas/adt.WardBoard?wardId=w1&since=3');
  });

  it('pulls on a change notice only when the replica declared its event type', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1' });
    const { store } = device(ward);
    await store.start(KEY_A);
    store.describe([{ name: 'adt.WardBoard', plugin: 'adt', eventTypes: ['patient.BedOccupied'], limits: ward }]);
    await viewOf(store, (_, f) => f === 'fresh');
    const before = ward.requests.length;
    store.onChange({ plugin: 'billing', type: 'billing.InvoiceIssued', streamId: 'x', position: '1' });
    await store.pullAll(); // one pull of its own, to wait on
    expect(ward.requests.length).toBe(before + 1);
  });

  it('seals copies at rest: no text of a row in the database, the key not exportable, an offline reload reads', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1', patient: 'Fictional Person' });
    const { db, store, reload } = device(ward);
    await store.start(KEY_A);
    await viewOf(store, (_, f) => f === 'fresh');

    const [stored] = await db.allCopies();
    const bytes = new TextDecoder().decode(stored!.sealed.data);
    expect(bytes).not.toContain('Fictional');
    expect(bytes).not.toContain('wardId');
    expect(stored!.id).toMatch(/^[0-9a-f]{64}$/);
    const key = await db.readKey();
    await expect(crypto.subtle.exportKey('raw', key!)).rejects.toThrow();

    ward.online = false;
    const offline = reload();
    await offline.start(undefined);
    const view = await viewOf(offline, (rows, f) => f === 'stale' && rows.length === 1);
    expect(view.rows).toEqual([{ id: 'b1', label: 'Bed 1', patient: 'Fictional Person' }]);
  });

  it("deletes unread the copies sealed under another session's key", async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1' });
    const { db, store, reload } = device(ward);
    await store.start(KEY_A);
    await viewOf(store, (_, f) => f === 'fresh');
    ward.online = false;
    const next = reload();
    await next.start(KEY_B);
    expect(next.kept()).toEqual([]);
    expect(await db.allCopies()).toEqual([]);
  });

  it('wipes copies and key on sign-out: nothing left to read', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1' });
    const { db, store, reload } = device(ward);
    await store.start(KEY_A);
    await viewOf(store, (_, f) => f === 'fresh');
    await store.wipe();
    expect(await db.allCopies()).toEqual([]);
    expect(await db.readKey()).toBeUndefined();
    ward.online = false;
    const after = reload();
    await after.start(undefined);
    expect(after.kept()).toEqual([]);
  });

  it('forgets a copy when access ended (403)', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1' });
    const { db, store } = device(ward);
    await store.start(KEY_A);
    await viewOf(store, (_, f) => f === 'fresh');
    ward.status = 403;
    await store.pullAll();
    expect(store.kept()).toEqual([]);
    expect(await db.allCopies()).toEqual([]);
  });

  it('keeps to the limits: a copy past its age is neither shown nor kept, one over its row limit is dropped', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1' });
    ward.maxAgeHours = 12;
    const { db, store, reload, advance } = device(ward);
    await store.start(KEY_A);
    await viewOf(store, (_, f) => f === 'fresh');
    ward.online = false;
    advance(13);
    const late = reload();
    await late.start(undefined);
    expect(late.kept()).toEqual([]);
    expect(await db.allCopies()).toEqual([]);

    ward.online = true;
    ward.maxRows = 1;
    ward.set({ id: 'b2', label: 'Bed 2' });
    const { store: small } = device(ward);
    await small.start(KEY_A);
    const view = await viewOf(small, (_, f) => f === 'forbidden');
    expect(view.rows).toEqual([]);
    expect(small.kept()).toEqual([]);
  });

  it('keeps the charts of the patients on a kept board, and drops one when its patient leaves', async () => {
    const ward = new Ward();
    ward.set({ id: 'b1', label: 'Bed 1', patient: 'p1' });
    ward.set({ id: 'b2', label: 'Bed 2', patient: 'p2' });
    ward.charts.set('p1', 'chart of p1');
    ward.charts.set('p2', 'chart of p2');
    const { store } = device(ward, {
      alsoKeep: (name, rows) =>
        name === 'adt.WardBoard'
          ? (rows as Bed[]).flatMap((b) => (b.patient ? [{ name: 'ehr.Chart', params: { patientId: b.patient } }] : []))
          : [],
    });
    await store.start(KEY_A);
    await viewOf(store, (_, f) => f === 'fresh');
    await store.pullAll();
    expect(
      store
        .kept()
        .map((c) => [c.name, c.params['patientId'] ?? c.params['wardId']])
        .sort(),
    ).toEqual([
      ['adt.WardBoard', 'w1'],
      ['ehr.Chart', 'p1'],
      ['ehr.Chart', 'p2'],
    ]);

    // A chart names its stream: a notice about p1's chart pulls p1's copy, not p2's.
    store.describe([{ name: 'ehr.Chart', plugin: 'ehr', eventTypes: ['ehr.ObservationRecorded'], limits: ward }]);
    const before = ward.requests.length;
    store.onChange({ plugin: 'ehr', type: 'ehr.ObservationRecorded', streamId: 'ehr.chart-p1', position: '1' });
    await store.pull('ehr.Chart', { patientId: 'p1' }); // waits for the pull the notice started
    expect(ward.requests.slice(before).every((path) => path.includes('patientId=p1'))).toBe(true);

    ward.set({ id: 'b2', label: 'Bed 2' });
    await store.pull('adt.WardBoard', { wardId: 'w1' });
    expect(
      store
        .kept()
        .map((c) => c.params['patientId'] ?? c.params['wardId'])
        .sort(),
    ).toEqual(['p1', 'w1']);
  });
});
