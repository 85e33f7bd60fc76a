import { describe, expect, it } from 'vitest';
import { initialConnection, nextConnection } from '$lib/collab/connection-state';
import { abilities, groupedHash, type NoteSituation } from './note-status';

const live = nextConnection(initialConnection(true), { type: 'synced', synced: true });
const offline = initialConnection(false);
const physician = { mayWrite: true, maySign: true };
const nurse = { mayWrite: true, maySign: false };
const situation = (over: Partial<NoteSituation>): NoteSituation => ({
  status: 'draft',
  local: false,
  connection: live,
  ...physician,
  ...over,
});

describe('what a clinician may do with a note', () => {
  it('lets a physician write and sign a draft while live', () => {
    expect(abilities(situation({}))).toEqual({ write: true, sign: true, amend: false });
  });

  it('lets a nurse write a draft but not sign it', () => {
    expect(abilities(situation({ ...nurse }))).toEqual({ write: true, sign: false, amend: false });
  });

  it('keeps writing offline and in a note not yet on the server, but signs only when live', () => {
    expect(abilities(situation({ connection: offline }))).toEqual({ write: true, sign: false, amend: false });
    expect(abilities(situation({ local: true, connection: offline }))).toEqual({
      write: true,
      sign: false,
      amend: false,
    });
  });

  it('makes a signed note read only, open to an amendment', () => {
    expect(abilities(situation({ status: 'signed' }))).toEqual({ write: false, sign: false, amend: true });
    expect(abilities(situation({ status: 'signed', connection: offline })).amend).toBe(false);
  });

  it('lets a note being amended be written and signed again', () => {
    expect(abilities(situation({ status: 'amending' }))).toEqual({ write: true, sign: true, amend: false });
  });

  it('stops writing once the server refused a change or the connection', () => {
    const denied = nextConnection(live, { type: 'denied' });
    expect(abilities(situation({ connection: denied })).write).toBe(false);
    const refused = nextConnection(live, { type: 'closed', code: 4403 });
    expect(abilities(situation({ connection: refused }))).toEqual({ write: false, sign: false, amend: false });
  });

  it('gives a reader no way to write or amend', () => {
    expect(abilities(situation({ mayWrite: false, maySign: false, status: 'signed' }))).toEqual({
      write: false,
      sign: false,
      amend: false,
    });
  });
});

describe(groupedHash.name, () => {
  it('groups the fingerprint in fours for reading aloud', () => {
    expect(groupedHash('9f86d081884c7d65')).toBe('9f86 d081 884c 7d65');
  });
});
