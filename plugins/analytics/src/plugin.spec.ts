import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import defaultExport, { analyticsPlugin as namedExport } from './index';
import { analyticsPlugin, ANALYTICS_PLUGIN_VERSION } from './plugin';

describe('analyticsPlugin', () => {
  it('carries the package version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(ANALYTICS_PLUGIN_VERSION).toBe(pkg.version);
    expect(analyticsPlugin.version).toBe(pkg.version);
  });

  it('is the package’s default and named export', () => {
    expect(defaultExport).toBe(analyticsPlugin);
    expect(namedExport).toBe(analyticsPlugin);
  });

  it('gives every report parameter a default: an empty request is valid and covers the last 30 days', () => {
    for (const report of analyticsPlugin.reports) {
      const parameters = report.parameters.parse({}) as { from: string; to: string; timeZone: string };
      expect((Date.parse(parameters.to) - Date.parse(parameters.from)) / 86_400_000).toBe(29);
      expect(parameters.timeZone).toBe('UTC');
    }
  });

  it('works with the patient, scheduling, admissions, EHR, billing, staff and inventory plugins when they are there, without requiring them', () => {
    expect(analyticsPlugin.dependsOn).toEqual({});
    expect(analyticsPlugin.optionalDependsOn).toEqual({
      patient: '^1.0.0',
      scheduling: '^1.0.0',
      adt: '^1.0.0',
      ehr: '^1.0.0',
      billing: '^1.0.0',
      staff: '^0.2.1',
      inventory: '^1.4.0',
    });
  });
});
