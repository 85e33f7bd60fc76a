import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIRECTORY_READ,
  EMPLOYEE_MANAGE,
  EMPLOYEE_READ,
  LEAVE_APPROVE,
  LEAVE_REQUEST,
  PAYROLL_RUN,
  ROSTER_MANAGE,
} from './contracts/permissions';
import defaultExport, { staffPlugin as namedExport } from './index';
import { STAFF_PLUGIN_VERSION, staffPlugin } from './plugin';

describe('staffPlugin', () => {
  const role = (name: string) => staffPlugin.roles.find((r) => r.name === name)?.permissions ?? [];

  it('carries the package version and is the default and named export', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(STAFF_PLUGIN_VERSION).toBe(pkg.version);
    expect(defaultExport).toBe(staffPlugin);
    expect(namedExport).toBe(staffPlugin);
  });

  it('stands alone, and touches no patient data', () => {
    expect(staffPlugin.dependsOn).toEqual({});
    expect([...staffPlugin.permissions].filter((p) => p.patientData)).toEqual([]);
  });

  it('suggests HR, ward manager, payroll and self-service roles, each with only what the job needs', () => {
    expect(role('hr-officer')).toEqual(expect.arrayContaining([EMPLOYEE_MANAGE, LEAVE_APPROVE]));
    expect(role('ward-manager')).toEqual(expect.arrayContaining([ROSTER_MANAGE, LEAVE_APPROVE]));
    expect(role('ward-manager')).not.toContain(EMPLOYEE_MANAGE);
    expect(role('payroll-officer')).toEqual(expect.arrayContaining([PAYROLL_RUN, EMPLOYEE_READ]));
    expect(role('employee')).toContain(LEAVE_REQUEST);
    expect(role('employee')).not.toContain(EMPLOYEE_READ);
    expect(role('front-desk')).toEqual([DIRECTORY_READ]);
  });

  it('publishes only the practitioner directory (by employee or login account) and availability, guarded by the directory permission', () => {
    const published = staffPlugin.queries.filter((q) => q.published);
    expect(published.map((q) => q.query.type).sort()).toEqual([
      'staff.GetPractitionerAvailability',
      'staff.ResolveAccounts',
      'staff.ResolvePractitioners',
    ]);
    expect(new Set(published.map((q) => q.permission))).toEqual(new Set([DIRECTORY_READ]));
  });
});
