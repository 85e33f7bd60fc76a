import { PATIENT_READ } from '@hms/plugin-patient/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adtPlugin, ADT_PLUGIN_VERSION } from './plugin';
import defaultExport, { adtPlugin as namedExport } from './index';

describe('adtPlugin', () => {
  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(ADT_PLUGIN_VERSION).toBe(pkg.version);
    expect(adtPlugin.version).toBe(pkg.version);
  });

  it('is the package’s default and named export', () => {
    expect(defaultExport).toBe(adtPlugin);
    expect(namedExport).toBe(adtPlugin);
  });

  it('depends on the patient plugin, and on nothing else', () => {
    expect(adtPlugin.dependsOn).toEqual({ patient: '^1.0.0' });
    expect(adtPlugin.optionalDependsOn).toEqual({ staff: '^0.2.1' });
  });

  it('says which patient every patient-data command and query touches', () => {
    for (const registration of [...adtPlugin.commands, ...adtPlugin.queries].filter((r) => r.permission.patientData)) {
      expect(typeof registration.auditPatient).toBe('function');
    }
  });

  it("uses only permissions it declares, and suggests roles from them and its dependency's", () => {
    const declared = new Set(adtPlugin.permissions);
    for (const registration of [...adtPlugin.commands, ...adtPlugin.queries])
      expect(declared.has(registration.permission)).toBe(true);
    // An admission asks the patient plugin (as the user), so the bed manager needs its read permission too.
    const grantable = new Set([...declared, PATIENT_READ]);
    for (const role of adtPlugin.roles)
      for (const permission of role.permissions) expect(grantable.has(permission)).toBe(true);
    expect(adtPlugin.roles.map((role) => role.name)).toEqual(['front-desk', 'nurse', 'physician', 'bed-manager']);
  });

  it('names commands, queries, projections and jobs after itself; events and permissions keep their 1.x names, new ones take its own', () => {
    const own = [
      ...adtPlugin.commands.map((c) => c.command.type),
      ...adtPlugin.queries.map((q) => q.query.type),
      ...adtPlugin.projections.map((p) => p.name),
      ...adtPlugin.jobs.map((j) => j.name),
    ];
    expect(own.filter((name) => !name.startsWith('adt.'))).toEqual([]);
    expect(adtPlugin.formerlyPartOf).toEqual(['patient']);
    // Released in 1.x under the patient plugin's names; the ward team (1.1) and bed renaming (1.5) came after the
    // split.
    const since11 = {
      events: ['adt.BedRenamed', 'adt.WardStaffAssigned', 'adt.WardStaffAssignmentEnded'],
      permissions: ['adt:ward-staff:assign'],
    };
    expect(adtPlugin.events.filter((e) => !e.type.startsWith('patient.')).map((e) => e.type)).toEqual(since11.events);
    expect(adtPlugin.permissions.filter((p) => !p.name.startsWith('patient:')).map((p) => p.name)).toEqual(
      since11.permissions,
    );
    for (const route of adtPlugin.routes) {
      expect(adtPlugin.paths.some((path) => route.path === path || route.path.startsWith(`${path}/`))).toBe(true);
    }
  });
});
