import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOGUE_MANAGE,
  CHARGE_READ,
  CHARGE_WRITE,
  INVOICE_MANAGE,
  PAYMENT_TAKE,
  REPORT_READ,
} from './contracts/permissions';
import defaultExport, { billingPlugin as namedExport } from './index';
import { BILLING_PLUGIN_VERSION, billingPlugin } from './plugin';

describe('billingPlugin', () => {
  it('carries the package version and is the default and named export', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(BILLING_PLUGIN_VERSION).toBe(pkg.version);
    expect(defaultExport).toBe(billingPlugin);
    expect(namedExport).toBe(billingPlugin);
  });

  it('needs the patient plugin, and captures from scheduling, admissions, the EHR, the stores (1.5: its published costs) and the laboratory only when they are enabled', () => {
    expect(billingPlugin.dependsOn).toEqual({ patient: '^1.0.0' });
    expect(billingPlugin.optionalDependsOn).toEqual({
      scheduling: '^1.0.0',
      adt: '^1.0.0',
      ehr: '^1.0.0',
      inventory: '^1.5.0',
      lab: '>=0.1.0 <2.0.0',
    });
  });

  it("audits every command and query whose permission covers a patient's account", () => {
    const handlers = [...billingPlugin.commands, ...billingPlugin.queries];
    const unaudited = handlers.filter((h) => h.permission.patientData && !h.auditPatient);
    expect(unaudited).toEqual([]);
    expect(handlers.filter((h) => h.permission.patientData).length).toBeGreaterThan(15);
  });

  it('suggests a cashier who takes money but cannot charge, and a finance officer who keeps prices and books', () => {
    const role = (name: string) => billingPlugin.roles.find((r) => r.name === name)?.permissions ?? [];
    expect(role('cashier')).toEqual(expect.arrayContaining([CHARGE_READ, PAYMENT_TAKE]));
    expect(role('cashier')).not.toContain(CHARGE_WRITE);
    expect(role('cashier')).not.toContain(INVOICE_MANAGE);
    expect(role('billing-clerk')).toEqual(expect.arrayContaining([CHARGE_WRITE, INVOICE_MANAGE]));
    expect(role('billing-clerk')).not.toContain(CATALOGUE_MANAGE);
    expect(role('finance-officer')).toEqual(expect.arrayContaining([CATALOGUE_MANAGE, REPORT_READ]));
  });

  it('owns only paths under /billing', () => {
    expect(billingPlugin.paths).toEqual(['/billing']);
    for (const route of billingPlugin.routes) expect(route.path.startsWith('/billing/')).toBe(true);
  });
});
