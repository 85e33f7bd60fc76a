import { describe, expect, it } from 'vitest';
import { initialConnection, nextConnection, type ConnectionEvent, type ConnectionState } from './connection-state';

const run = (start: ConnectionState, ...events: ConnectionEvent[]) => events.reduce(nextConnection, start);

describe('the note connection as the screen shows it', () => {
  it('is live only once the first sync is done, not when the socket opens', () => {
    const connected = run(
      initialConnection(true),
      { type: 'status', status: 'connecting' },
      { type: 'status', status: 'connected' },
    );
    expect(connected.phase).toBe('connecting');
    expect(run(connected, { type: 'synced', synced: true }).phase).toBe('live');
  });

  it('says offline when the browser loses the network, and reconnecting when only the server is gone', () => {
    const live = run(initialConnection(true), { type: 'synced', synced: true });
    expect(run(live, { type: 'network', online: false }, { type: 'status', status: 'disconnected' }).phase).toBe(
      'offline',
    );
    expect(run(live, { type: 'status', status: 'disconnected' }).phase).toBe('connecting');
    expect(run(initialConnection(false), { type: 'status', status: 'connecting' }).phase).toBe('offline');
  });

  it('comes back to live after the network returns and the sync is done', () => {
    const back = run(
      initialConnection(false),
      { type: 'network', online: true },
      { type: 'status', status: 'connected' },
      { type: 'synced', synced: true },
    );
    expect(back).toMatchObject({ phase: 'live', online: true });
  });

  it.each([
    [4401, 'signed-out'],
    [4403, 'forbidden'],
    [4404, 'not-found'],
  ] as const)('treats close code %i as final (%s): nothing afterwards changes it', (code, refusal) => {
    const refused = run(initialConnection(true), { type: 'closed', code });
    expect(refused).toMatchObject({ phase: 'refused', refusal });
    expect(run(refused, { type: 'network', online: true }, { type: 'synced', synced: true })).toBe(refused);
  });

  it('counts a 4100 close (signed or reopened elsewhere) so the screen reloads the status, and clears a refused change', () => {
    const refused = run(initialConnection(true), { type: 'synced', synced: true }, { type: 'denied' });
    expect(refused.changeRefused).toBe(true);
    const reopened = run(refused, { type: 'closed', code: 4100 });
    expect(reopened).toMatchObject({ phase: 'connecting', reopened: 1, changeRefused: false });
  });

  it('treats a server restart (1012) as a passing loss, not a refusal', () => {
    expect(run(initialConnection(true), { type: 'closed', code: 1012 }).phase).toBe('connecting');
  });
});
