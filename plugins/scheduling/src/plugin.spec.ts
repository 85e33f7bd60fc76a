import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schedulingPlugin, SCHEDULING_PLUGIN_VERSION } from './plugin';
import defaultExport, { schedulingPlugin as namedExport } from './index';

describe('schedulingPlugin', () => {
  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(SCHEDULING_PLUGIN_VERSION).toBe(pkg.version);
    expect(schedulingPlugin.version).toBe(pkg.version);
  });

  it('is the package’s default and named export', () => {
    expect(defaultExport).toBe(schedulingPlugin);
    expect(namedExport).toBe(schedulingPlugin);
  });

  it('depends on the patient plugin, and on staff only when it is enabled', () => {
    expect(schedulingPlugin.dependsOn).toEqual({ patient: '^1.0.0' });
    expect(schedulingPlugin.optionalDependsOn).toEqual({ staff: '^0.2.0' });
  });

  it('says which patient every patient-data command and query touches', () => {
    for (const registration of [...schedulingPlugin.commands, ...schedulingPlugin.queries].filter(
      (r) => r.permission.patientData,
    )) {
      expect(typeof registration.auditPatient).toBe('function');
    }
  });

  it('uses only permissions it declares, and suggests roles from them', () => {
    const declared = new Set(schedulingPlugin.permissions);
    for (const registration of [...schedulingPlugin.commands, ...schedulingPlugin.queries])
      expect(declared.has(registration.permission)).toBe(true);
    for (const role of schedulingPlugin.roles)
      for (const permission of role.permissions) expect(declared.has(permission)).toBe(true);
    expect(schedulingPlugin.roles.map((role) => role.name)).toEqual(['front-desk', 'nurse', 'physician']);
  });

  it('names commands, queries, projections and jobs after itself; events and permissions keep their 1.x names', () => {
    const own = [
      ...schedulingPlugin.commands.map((c) => c.command.type),
      ...schedulingPlugin.queries.map((q) => q.query.type),
      ...schedulingPlugin.projections.map((p) => p.name),
      ...schedulingPlugin.jobs.map((j) => j.name),
    ];
    expect(own.filter((name) => !name.startsWith('scheduling.'))).toEqual([]);
    expect(schedulingPlugin.formerlyPartOf).toEqual(['patient']);
    expect(schedulingPlugin.events.filter((e) => !e.type.startsWith('patient.'))).toEqual([]);
    expect(schedulingPlugin.permissions.filter((p) => !p.name.startsWith('patient:'))).toEqual([]);
    for (const route of schedulingPlugin.routes) {
      expect(schedulingPlugin.paths.some((path) => route.path === path || route.path.startsWith(`${path}/`))).toBe(
        true,
      );
    }
  });
});
