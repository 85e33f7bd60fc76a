import { describe, expect, it } from 'vitest';
import { adminScreensFor, type AccountView, type PermissionView, type SystemStatus } from './admin-screens';
import { filterAccounts } from './account-filter';
import { failedJobCount, healthParts } from './health-parts';
import { groupByPlugin, roleGrants, ROLE_NAME, toggled } from './permission-matrix';
import { moduleSettingsFor } from './module-settings';
import { refusalOf } from './refusal';
import { practitionerChoices } from './staff-practitioners';

const account = (username: string, displayName: string, roles: string[], disabled = false): AccountView => ({
  id: `id-${username}`,
  username,
  displayName,
  roles,
  disabled,
  createdAt: '2026-01-01T00:00:00Z',
  practitionerId: null,
});

const ACCOUNTS = [
  account('admin', 'Administrator', ['admin']),
  account('dora', 'Dora Désk', ['front-desk']),
  account('nils', 'Nils Nurse', ['nurse', 'front-desk'], true),
];

describe('the users list filter', () => {
  it('finds by any part of the name, username or a role, ignoring case and accents', () => {
    const names = (search: string) => filterAccounts(ACCOUNTS, { search, status: 'all' }).map((a) => a.username);
    expect(names('desk')).toEqual(['dora', 'nils']);
    expect(names('DORA desk')).toEqual(['dora']);
    expect(names('nurse')).toEqual(['nils']);
    expect(names('  ')).toEqual(['admin', 'dora', 'nils']);
    expect(names('nobody')).toEqual([]);
  });

  it('keeps active or disabled accounts only when asked', () => {
    expect(filterAccounts(ACCOUNTS, { search: '', status: 'disabled' }).map((a) => a.username)).toEqual(['nils']);
    expect(filterAccounts(ACCOUNTS, { search: 'desk', status: 'active' }).map((a) => a.username)).toEqual(['dora']);
  });
});

const PERMISSIONS: PermissionView[] = [
  { name: 'patient:record:read', description: 'Read patients', plugin: 'patient' },
  { name: 'core:accounts:manage', description: 'Manage accounts', plugin: 'core' },
  { name: 'adt:ward:read', description: 'See wards', plugin: 'adt' },
  { name: 'patient:record:register', description: 'Register', plugin: 'patient' },
  { name: 'core:jobs:manage', description: 'Jobs', plugin: 'core' },
];

describe('the permission matrix', () => {
  it("groups by plugin, the kernel's first, then the server's order", () => {
    expect(groupByPlugin(PERMISSIONS).map((g) => [g.plugin, g.permissions.map((p) => p.name)])).toEqual([
      ['core', ['core:accounts:manage', 'core:jobs:manage']],
      ['patient', ['patient:record:read', 'patient:record:register']],
      ['adt', ['adt:ward:read']],
    ]);
  });

  it('counts * as every permission', () => {
    expect(roleGrants({ permissions: ['*'] }, 'adt:ward:read')).toBe(true);
    expect(roleGrants({ permissions: ['adt:ward:read'] }, 'adt:ward:read')).toBe(true);
    expect(roleGrants({ permissions: ['adt:ward:read'] }, 'patient:record:read')).toBe(false);
  });

  it('ticks and clears in the declared order, dropping what the server no longer declares', () => {
    const ticked = toggled(['adt:ward:read', 'gone:thing:do'], 'patient:record:read', true, PERMISSIONS);
    expect(ticked).toEqual(['patient:record:read', 'adt:ward:read']);
    expect(toggled(ticked, 'adt:ward:read', false, PERMISSIONS)).toEqual(['patient:record:read']);
  });

  it("accepts the server's role names only", () => {
    expect(['ward-clerk', 'a.b_c', '9lives'].every((n) => ROLE_NAME.test(n))).toBe(true);
    expect(['Ward', '-x', 'a b', ''].some((n) => ROLE_NAME.test(n))).toBe(false);
  });
});

const healthy: SystemStatus = {
  status: 'ok',
  sdkVersion: '2.7.0',
  modules: [],
  postgres: { status: 'up', latencyMs: 2 },
  redis: { status: 'up', latencyMs: 1 },
  jobs: { status: 'on', queues: 3, workersRunning: true },
  sessions: { cache: 'on', notifications: 'live', interruptions: 0 },
};

describe('the health parts in words', () => {
  it('says every part works on a healthy system', () => {
    expect(healthParts(healthy).map((p) => [p.id, p.tone, p.words])).toEqual([
      ['postgres', 'ok', 'Answering in 2 ms.'],
      ['redis', 'ok', 'Answering in 1 ms.'],
      ['jobs', 'ok', '3 queues; this server runs the jobs.'],
      ['sessions', 'ok', 'Sign-outs and role changes reach every server at once.'],
    ]);
  });

  it('names what is down or needs attention', () => {
    const parts = healthParts({
      ...healthy,
      status: 'degraded',
      redis: { status: 'down', error: 'connect ECONNREFUSED' },
      jobs: { status: 'off', queues: 0, workersRunning: false },
      sessions: { cache: 'on', notifications: 'lost', interruptions: 2 },
    });
    expect(parts.map((p) => [p.id, p.tone])).toEqual([
      ['postgres', 'ok'],
      ['redis', 'down'],
      ['jobs', 'warning'],
      ['sessions', 'warning'],
    ]);
    expect(parts[1]?.words).toBe('Not answering: connect ECONNREFUSED.');
    expect(parts[3]?.words).toContain('2 times since start');
  });

  it('adds up the failed jobs of every queue', () => {
    expect(failedJobCount([{ counts: { failed: 2 } }, { counts: { failed: 0 } }, { counts: { failed: 5 } }])).toBe(7);
    expect(failedJobCount([])).toBe(0);
  });
});

describe('the administration screens an account may open', () => {
  it('follows the kernel permissions, all of them for *', () => {
    expect(adminScreensFor(() => true).map((s) => s.href)).toEqual([
      '/admin/users',
      '/admin/roles',
      '/admin/system',
      '/admin/queues',
    ]);
    expect(adminScreensFor((p) => p === 'core:jobs:manage').map((s) => s.id)).toEqual(['queues']);
    expect(adminScreensFor(() => false)).toEqual([]);
  });
});

describe('refusals in plain words', () => {
  it("puts the code's sentence first and the server's word on each refused field after it", () => {
    const refusal = refusalOf(
      { code: 'VALIDATION_FAILED', errors: [{ path: 'roles', message: 'No role named ghost' }] },
      { status: 400 },
    );
    expect(refusal).toEqual({
      message: 'Some information was not accepted. Check the marked fields.',
      fields: ['roles: No role named ghost'],
    });
    expect(refusalOf({ code: 'ROLE_PROTECTED' }, { status: 409 }).message).toBe(
      'This role is held by the system (it holds every permission) and cannot be changed.',
    );
    expect(refusalOf(undefined, undefined).message).toBe('The administration screens need the network.');
  });
});

describe('the modules’ set-up links', () => {
  it('shows only addresses where an enabled plugin has a screen the account may open', () => {
    const screens: Record<string, { allowed: boolean }> = {
      '/wards/setup': { allowed: true },
      '/billing/catalogue': { allowed: false },
    };
    expect(moduleSettingsFor((href) => screens[href]).map((l) => l.id)).toEqual(['wards']);
  });
});

describe('the practitioner picker from the staff directory', () => {
  it('lists employees by family then given name, each with the start of its id', () => {
    const choices = practitionerChoices([
      { id: '22222222-0000-4000-8000-000000000000', givenName: 'Zoe', familyName: 'Abel' },
      { id: '11111111-0000-4000-8000-000000000000', givenName: 'Ann', familyName: 'Abel' },
      { id: '33333333-0000-4000-8000-000000000000', givenName: 'Bo', familyName: 'Ward' },
    ]);
    expect(choices.map((c) => c.label)).toEqual([
      'Abel, Ann (11111111…)',
      'Abel, Zoe (22222222…)',
      'Ward, Bo (33333333…)',
    ]);
    expect(choices[0]?.id).toBe('11111111-0000-4000-8000-000000000000');
  });
});
