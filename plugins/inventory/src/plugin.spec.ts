import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOGUE_MANAGE,
  EQUIPMENT_MANAGE,
  EQUIPMENT_READ,
  MAINTENANCE_RECORD,
  ORDER_MANAGE,
  STOCK_MOVE,
  STOCK_READ,
} from './contracts/permissions';
import { PRESCRIPTION_DISPENSE } from './contracts/dispensing-permissions';
import defaultExport, { inventoryPlugin as namedExport } from './index';
import { INVENTORY_PLUGIN_VERSION, inventoryPlugin } from './plugin';

describe('inventoryPlugin', () => {
  it('carries the package version and is the default and named export', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(INVENTORY_PLUGIN_VERSION).toBe(pkg.version);
    expect(defaultExport).toBe(inventoryPlugin);
    expect(namedExport).toBe(inventoryPlugin);
  });

  it('stands alone: no other plugin is needed; with the EHR, its prescriptions are the pharmacy worklist', () => {
    expect(inventoryPlugin.dependsOn).toEqual({});
    expect(inventoryPlugin.optionalDependsOn).toEqual({ ehr: '^1.0.0' });
  });

  it('marks only the pharmacy as patient data (audited), and nothing as clinical (no care relationship needed)', () => {
    expect([...inventoryPlugin.permissions].filter((p) => p.patientData)).toEqual([PRESCRIPTION_DISPENSE]);
    expect([...inventoryPlugin.permissions].filter((p) => p.clinical)).toEqual([]);
  });

  it('suggests a pharmacist role that dispenses and keeps stock, but neither orders nor changes the catalogue', () => {
    const role = inventoryPlugin.roles.find((r) => r.name === 'pharmacist')?.permissions ?? [];
    expect(role).toEqual([PRESCRIPTION_DISPENSE, STOCK_READ, STOCK_MOVE]);
  });

  it('suggests roles: a storekeeper runs everything, a ward store moves stock but does not order or change the catalogue', () => {
    const role = (name: string) => inventoryPlugin.roles.find((r) => r.name === name)?.permissions ?? [];
    expect(role('storekeeper')).toEqual(
      expect.arrayContaining([STOCK_READ, STOCK_MOVE, CATALOGUE_MANAGE, ORDER_MANAGE]),
    );
    expect(role('ward-stock')).toEqual([STOCK_READ, STOCK_MOVE]);
  });

  it('suggests a biomedical engineer role that keeps the equipment register but moves no stock', () => {
    const role = inventoryPlugin.roles.find((r) => r.name === 'biomedical-engineer')?.permissions ?? [];
    expect(role).toEqual(expect.arrayContaining([EQUIPMENT_READ, EQUIPMENT_MANAGE, MAINTENANCE_RECORD]));
    expect(role).not.toContain(STOCK_MOVE);
  });

  it('guards every change with a permission stronger than reading', () => {
    const reading = [STOCK_READ, EQUIPMENT_READ];
    expect(inventoryPlugin.commands.map((c) => c.permission).filter((p) => reading.includes(p))).toEqual([]);
    // The pharmacy's worklist is read with its own permission: it names patients.
    expect(new Set(inventoryPlugin.queries.map((q) => q.permission))).toEqual(
      new Set([...reading, PRESCRIPTION_DISPENSE]),
    );
  });
});
