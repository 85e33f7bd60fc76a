import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patientPlugin, PATIENT_PLUGIN_VERSION } from './plugin';
import defaultExport, { patientPlugin as namedExport } from './index';

describe('patientPlugin', () => {
  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(PATIENT_PLUGIN_VERSION).toBe(pkg.version);
    expect(patientPlugin.version).toBe(pkg.version);
  });

  it('is the package’s default and named export', () => {
    expect(defaultExport).toBe(patientPlugin);
    expect(namedExport).toBe(patientPlugin);
  });

  it('says which patient every patient-data command and query touches', () => {
    const registrations = [...patientPlugin.commands, ...patientPlugin.queries];
    for (const registration of registrations.filter((r) => r.permission.patientData)) {
      expect(typeof registration.auditPatient).toBe('function');
    }
  });

  it('uses only permissions it declares, and suggests roles from them', () => {
    const declared = new Set(patientPlugin.permissions);
    for (const registration of [...patientPlugin.commands, ...patientPlugin.queries]) {
      expect(declared.has(registration.permission)).toBe(true);
    }
    for (const role of patientPlugin.roles)
      for (const permission of role.permissions) expect(declared.has(permission)).toBe(true);
    expect(patientPlugin.roles.map((role) => role.name)).toEqual([
      'front-desk',
      'nurse',
      'physician',
      'privacy-officer',
    ]);
  });

  it('names every message after the plugin and mounts routes only under the paths it owns', () => {
    const types = [
      ...patientPlugin.events.map((e) => e.type),
      ...patientPlugin.commands.map((c) => c.command.type),
      ...patientPlugin.queries.map((q) => q.query.type),
    ];
    expect(types.every((type) => type.startsWith('patient.'))).toBe(true);
    for (const route of patientPlugin.routes) {
      expect(patientPlugin.paths.some((path) => route.path === path || route.path.startsWith(`${path}/`))).toBe(true);
    }
  });

  it('declares the MRN sequence its handler draws from', () => {
    expect(patientPlugin.sequences).toEqual([{ name: 'patient.mrn', start: 1, blockSize: 50 }]);
  });
});
