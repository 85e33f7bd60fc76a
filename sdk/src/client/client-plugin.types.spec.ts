import { defineClientPlugin, type ClientPlugin } from './client-plugin';

const messages = { menu: { wards: 'Wards' }, beds: (free: number) => `${free} free` };
const screen = { path: '/wards', load: async () => ({ default: {} }), permission: 'adt:ward:read' };

describe('defineClientPlugin types', () => {
  it('accepts labels that are keys of its messages, and answers a part the shell can hold with any other', () => {
    const part = defineClientPlugin({
      plugin: 'adt',
      messages,
      screens: [screen],
      menu: [{ id: 'wards', label: 'menu.wards', href: '/wards', permission: 'adt:ward:read', order: 30 }],
      patientActions: [{ id: 'beds', label: 'beds', href: (id) => `/beds?patient=${id}`, permission: 'adt:ward:read' }],
    });
    const held: readonly ClientPlugin[] = [part];
    expect(held[0]?.menu[0]?.label).toBe('menu.wards');
  });

  it('refuses, at compile time, a label that is no message of the plugin', () => {
    const define = (): ClientPlugin =>
      defineClientPlugin({
        plugin: 'adt',
        messages,
        // @ts-expect-error 'menu.beds' is not a key of the messages
        menu: [{ id: 'beds', label: 'menu.beds', href: '/beds', permission: 'adt:ward:read', order: 40 }],
      });
    expect(define().menu[0]?.label).toBe('menu.beds'); // at run time the shell shows the key itself
  });
});
