import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import defaultExport, { fhirPlugin as namedExport } from './index';
import { FHIR_PLUGIN_VERSION, fhirPlugin } from './plugin';

describe('fhirPlugin', () => {
  it('carries the package version and is the default and named export', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(FHIR_PLUGIN_VERSION).toBe(pkg.version);
    expect(defaultExport).toBe(fhirPlugin);
    expect(namedExport).toBe(fhirPlugin);
  });

  it('owns no data: no tables, queries or permissions of its own, only the server', () => {
    expect(fhirPlugin.migrations).toEqual([]);
    expect(fhirPlugin.queries).toEqual([]);
    expect(fhirPlugin.permissions).toEqual([]);
    expect(fhirPlugin.dependsOn).toEqual({});
    expect(fhirPlugin.fhirServer).toBeDefined();
  });
});
