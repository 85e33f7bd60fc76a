import { defineClientPlugin } from './client-plugin';

const messages = { menu: { wards: 'Wards' } } as const;
const screen = { load: async () => ({ default: {} }), permission: 'patient:ward:read' };

describe(defineClientPlugin.name, () => {
  it('fills the lists the author left out and keeps what was given', () => {
    const part = defineClientPlugin({
      plugin: 'adt',
      messages,
      menu: [{ id: 'wards', label: 'menu.wards', href: '/wards', permission: 'patient:ward:read', order: 30 }],
    });
    expect(part.menu.map((m) => m.href)).toEqual(['/wards']);
    expect(part.screens).toEqual([]);
    expect(part.homeWidgets).toEqual([]);
    expect(part.patientActions).toEqual([]);
    expect(part.patientPanels).toEqual([]);
    expect(part.patientBanner).toEqual([]);
    expect(Object.isFrozen(part)).toBe(true);
  });

  it('keeps the patient banner parts it was given', () => {
    const item = { id: 'bed', permission: 'patient:census:read', order: 30, load: screen.load };
    expect(defineClientPlugin({ plugin: 'adt', messages, patientBanner: [item] }).patientBanner).toEqual([item]);
  });

  it('refuses a screen path without a leading slash, naming the plugin', () => {
    expect(() => defineClientPlugin({ plugin: 'adt', messages, screens: [{ ...screen, path: 'wards' }] })).toThrow(
      'adt: screen path "wards" must start with /',
    );
  });

  it('refuses two screens on one path', () => {
    expect(() =>
      defineClientPlugin({
        plugin: 'adt',
        messages,
        screens: [
          { ...screen, path: '/wards' },
          { ...screen, path: '/wards' },
        ],
      }),
    ).toThrow('adt: two screens claim /wards');
  });
});
