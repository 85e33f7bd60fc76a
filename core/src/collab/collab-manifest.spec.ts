import { defineCollabDocument, definePermission, definePlugin } from '@hms/sdk';
import { checkManifests } from '../kernel/manifest-checks';

const READ = definePermission('notes:note:read', 'Read notes', { patientData: true });
const WRITE = definePermission('notes:note:write', 'Write notes', { patientData: true });
const kind = (name: string, permissions = { readPermission: READ, writePermission: WRITE }) =>
  defineCollabDocument({ kind: name, ...permissions, resolve: async () => null });

describe('collab document kinds in manifests', () => {
  it('accepts a kind named after its plugin with declared permissions', () => {
    const plugin = definePlugin({
      name: 'notes',
      version: '1.0.0',
      sdk: '^2.0.0',
      permissions: [READ, WRITE],
      collab: [kind('notes.note')],
    });
    expect(() => checkManifests([plugin])).not.toThrow();
  });

  it('refuses, naming the plugin, a kind declared twice', () => {
    const plugin = definePlugin({
      name: 'notes',
      version: '1.0.0',
      sdk: '^2.0.0',
      permissions: [READ, WRITE],
      collab: [kind('notes.note'), kind('notes.note')],
    });
    expect(() => checkManifests([plugin])).toThrow(/notes.*declares collab document kind notes\.note twice/);
  });

  it("refuses a kind named after another plugin, so two plugins' kinds cannot collide", () => {
    const plugin = definePlugin({
      name: 'notes',
      version: '1.0.0',
      sdk: '^2.0.0',
      permissions: [READ, WRITE],
      collab: [kind('ehr.note')],
    });
    expect(() => checkManifests([plugin])).toThrow(/notes.*"ehr\.note" must start with "notes\."/);
  });

  it('refuses a kind whose permission is not declared', () => {
    const other = definePermission('notes:note:sign', 'Sign notes');
    const plugin = definePlugin({
      name: 'notes',
      version: '1.0.0',
      sdk: '^2.0.0',
      permissions: [READ, WRITE],
      collab: [kind('notes.note', { readPermission: READ, writePermission: other })],
    });
    expect(() => checkManifests([plugin])).toThrow(
      /notes.*collab document notes\.note uses permission "notes:note:sign", which is not declared/,
    );
  });
});
