import { readFileSync } from 'node:fs';
import { PATIENT_READ } from '@hms/plugin-patient/contracts';
import { join } from 'node:path';
import {
  LAB_ANALYSER_IMPORT,
  LAB_CATALOGUE_READ,
  LAB_ORDER_PLACE,
  LAB_RESULT_ENTER,
  LAB_RESULT_READ,
  LAB_RESULT_VALIDATE,
  LAB_SPECIMEN_HANDLE,
  LAB_WORKLIST_READ,
} from './contracts/permissions';
import defaultExport, { labPlugin as namedExport } from './index';
import { LAB_PLUGIN_VERSION, labPlugin } from './plugin';

describe('labPlugin', () => {
  const role = (name: string) => labPlugin.roles.find((r) => r.name === name)?.permissions ?? [];

  it('carries the package version and is the default and named export', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(LAB_PLUGIN_VERSION).toBe(pkg.version);
    expect(defaultExport).toBe(labPlugin);
    expect(namedExport).toBe(labPlugin);
  });

  it('files orders only under the patient plugin’s records', () => {
    expect(labPlugin.dependsOn).toEqual({ patient: '^1.0.0' });
  });

  it('keeps ordering and reading results under the care rule, and the bench’s work audited but not clinical', () => {
    expect([LAB_ORDER_PLACE, LAB_RESULT_READ].every((p) => p.clinical)).toBe(true);
    for (const p of [LAB_SPECIMEN_HANDLE, LAB_RESULT_ENTER, LAB_RESULT_VALIDATE, LAB_WORKLIST_READ]) {
      expect(p).toMatchObject({ patientData: true, clinical: false });
    }
    expect(LAB_CATALOGUE_READ.patientData).toBe(false);
  });

  it('suggests roles: technicians and supervisors work the bench, clinicians order and read', () => {
    expect(role('lab-technician')).toEqual(expect.arrayContaining([LAB_RESULT_ENTER, LAB_RESULT_VALIDATE]));
    expect(role('lab-technician')).not.toContain(LAB_RESULT_READ);
    expect(role('lab-supervisor')).toEqual(expect.arrayContaining([LAB_RESULT_VALIDATE, LAB_WORKLIST_READ]));
    expect(role('physician')).toEqual([LAB_CATALOGUE_READ, LAB_ORDER_PLACE, LAB_RESULT_READ, PATIENT_READ]);
    // Ordering asks the patient plugin as the user: every role that orders may read the patient directory.
    for (const name of ['lab-supervisor', 'physician', 'nurse']) expect(role(name)).toContain(PATIENT_READ);
    expect(role('nurse')).toEqual(expect.arrayContaining([LAB_ORDER_PLACE, LAB_RESULT_READ, LAB_SPECIMEN_HANDLE]));
  });

  it('gives the analysers’ interface account the import alone: what it files waits for a person', () => {
    expect(role('lab-analyser-interface')).toEqual([LAB_ANALYSER_IMPORT]);
    expect(LAB_ANALYSER_IMPORT).toMatchObject({ patientData: true, clinical: false });
  });
});
