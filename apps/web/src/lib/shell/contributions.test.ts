import { describe, expect, it } from 'vitest';
import { defineClientPlugin } from '@hms/sdk/client';
import { Contributions } from './contributions';

// Two made-up client parts: what matters is how the shell filters and orders what parts declare.
const screen = async () => ({ default: () => undefined });
const wards = defineClientPlugin({
  plugin: 'wards-demo',
  messages: { menu: { wards: 'Wards', beds: 'Beds' }, problems: { BED_OCCUPIED: 'Someone is in this bed.' } },
  menu: [
    { id: 'beds', label: 'menu.beds', href: '/beds', permission: 'demo:bed:read', order: 40 },
    { id: 'wards', label: 'menu.wards', href: '/wards', permission: 'demo:ward:read', order: 30 },
  ],
  screens: [
    { path: '/wards/:id', load: screen, permission: 'demo:ward:read' },
    { path: '/wards/new', load: screen, permission: 'demo:ward:manage' },
    { path: '/wards', load: screen, permission: 'demo:ward:read' },
  ],
  homeWidgets: [{ id: 'free-beds', title: 'menu.beds', permission: 'demo:bed:read', order: 20, load: screen }],
  patientActions: [{ id: 'bed', label: 'menu.beds', href: (id) => `/beds?patient=${id}`, permission: 'demo:bed:read' }],
});
const chart = defineClientPlugin({
  plugin: 'chart-demo',
  messages: { menu: { chart: 'Chart' }, problems: { BED_OCCUPIED: 'A later text for the same code.' } },
  homeWidgets: [{ id: 'recent', title: 'menu.chart', permission: '', order: 10, load: screen }],
  patientPanels: [{ id: 'notes', permission: 'demo:note:read', order: 10, load: screen }],
  patientBanner: [
    { id: 'allergies', permission: 'demo:chart:read', order: 20, load: screen },
    { id: 'identity', permission: '', order: 10, load: screen },
  ],
});

describe('what the enabled plugins offer an account', () => {
  it('lists the links the account may follow, in their order, labels translated', () => {
    expect(
      new Contributions([wards, chart], ['demo:ward:read', 'demo:bed:read']).menu().map((l) => [l.href, l.label]),
    ).toEqual([
      ['/wards', 'Wards'],
      ['/beds', 'Beds'],
    ]);
    expect(new Contributions([wards], ['demo:ward:read']).menu().map((l) => l.href)).toEqual(['/wards']);
    expect(new Contributions([wards], ['*']).menu()).toHaveLength(2); // the admin role
    expect(new Contributions([wards], []).menu()).toEqual([]);
  });

  it('leaves no link, screen or widget of a plugin that is not enabled', () => {
    const withoutWards = new Contributions([chart], ['*']);
    expect(withoutWards.menu()).toEqual([]);
    expect(withoutWards.screenAt('/wards')).toBeUndefined();
    expect(withoutWards.homeWidgets().map((w) => w.id)).toEqual(['recent']);
    expect(withoutWards.patientActions('p1')).toEqual([]);
  });

  it('opens the most specific screen of a path, and says when the account may not open it', () => {
    const nurse = new Contributions([wards], ['demo:ward:read']);
    expect(nurse.screenAt('/wards/new')).toMatchObject({ plugin: 'wards-demo', params: {}, allowed: false });
    expect(nurse.screenAt('/wards/w-7')).toMatchObject({ params: { id: 'w-7' }, allowed: true });
    expect(nurse.screenAt('/wards')?.screen.path).toBe('/wards');
    expect(nurse.screenAt('/nowhere')).toBeUndefined();
  });

  it("shows home widgets and patient-page additions by permission, each plugin's in order", () => {
    const clerk = new Contributions([wards, chart], ['demo:bed:read']);
    expect(clerk.homeWidgets().map((w) => [w.id, w.title])).toEqual([
      ['recent', 'Chart'],
      ['free-beds', 'Beds'],
    ]);
    expect(clerk.patientActions('p 1')).toEqual([
      { id: 'bed', plugin: 'wards-demo', label: 'Beds', href: '/beds?patient=p 1' },
    ]);
    expect(clerk.patientPanels()).toEqual([]);
    expect(new Contributions([chart], ['demo:note:read']).patientPanels().map((p) => p.id)).toEqual(['notes']);
  });

  it("merges the enabled plugins' refusal texts, the first plugin's winning", () => {
    expect(new Contributions([wards, chart], []).problemTexts().get('BED_OCCUPIED')).toBe('Someone is in this bed.');
    expect(new Contributions([chart], []).problemTexts().get('BED_OCCUPIED')).toBe('A later text for the same code.');
  });

  it('lists the patient banner parts the account may see, in their order, and none of a part built without them', () => {
    const banner = (permissions: string[]) =>
      new Contributions([wards, chart], permissions).patientBanner().map((b) => `${b.plugin}.${b.id}`);
    expect(banner(['demo:chart:read'])).toEqual(['chart-demo.identity', 'chart-demo.allergies']);
    expect(banner([])).toEqual(['chart-demo.identity']);
    // A vendor's module built with an SDK before 2.6: its part has no patientBanner list.
    const { patientBanner: _none, ...older } = chart;
    expect(new Contributions([older], ['*']).patientBanner()).toEqual([]);
  });
});

describe('Contributions.alsoKeep', () => {
  const board = defineClientPlugin({
    plugin: 'board-demo',
    messages: {},
    replicas: [
      {
        name: 'board-demo.Board',
        patientsOf: (rows) => (rows as { patient?: string }[]).flatMap((r) => (r.patient ? [r.patient] : [])),
      },
    ],
  });
  const charts = defineClientPlugin({
    plugin: 'chart-demo',
    messages: {},
    replicas: [{ name: 'chart-demo.Chart', perPatient: 'patientId' }],
  });

  it("keeps every per-patient replica for each patient a kept copy shows, neither part naming the other's", () => {
    const shell = new Contributions([board, charts], []);
    expect(shell.alsoKeep('board-demo.Board', [{ patient: 'p1' }, {}, { patient: 'p2' }])).toEqual([
      { name: 'chart-demo.Chart', params: { patientId: 'p1' } },
      { name: 'chart-demo.Chart', params: { patientId: 'p2' } },
    ]);
    expect(shell.alsoKeep('chart-demo.Chart', [{ patient: 'p1' }])).toEqual([]);
  });
});
