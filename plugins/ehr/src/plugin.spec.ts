import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EHR_PLUGIN_VERSION, ehrPlugin } from './plugin';
import defaultExport, { ehrPlugin as namedExport } from './index';
import { MEDICATION_PRESCRIBE, NOTE_SIGN } from './contracts/permissions';

describe('ehrPlugin', () => {
  it('carries the package version and is the default and named export', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(EHR_PLUGIN_VERSION).toBe(pkg.version);
    expect(defaultExport).toBe(ehrPlugin);
    expect(namedExport).toBe(ehrPlugin);
  });

  it('works with the patient, scheduling, admissions, staff and laboratory plugins without requiring them', () => {
    expect(ehrPlugin.dependsOn).toEqual({});
    expect(ehrPlugin.optionalDependsOn).toEqual({
      patient: '^1.0.0',
      scheduling: '^1.0.0',
      adt: '^1.0.0',
      staff: '^0.2.1',
      lab: '>=0.1.0 <2.0.0',
    });
  });

  it('says which patient every patient-data command and query touches', () => {
    for (const registration of [...ehrPlugin.commands, ...ehrPlugin.queries].filter((r) => r.permission.patientData)) {
      expect(typeof registration.auditPatient).toBe('function');
    }
  });

  it('suggests roles: nurses chart and record, physicians also prescribe and sign, the front desk gets nothing', () => {
    const role = (name: string) => ehrPlugin.roles.find((r) => r.name === name)?.permissions ?? [];
    expect(role('nurse')).not.toContain(MEDICATION_PRESCRIBE);
    expect(role('nurse')).not.toContain(NOTE_SIGN);
    expect(role('physician')).toEqual(expect.arrayContaining([MEDICATION_PRESCRIBE, NOTE_SIGN]));
    expect(role('front-desk')).toEqual([]);
    const prescribing = ehrPlugin.commands
      .filter((c) => c.command.type.includes('Medication'))
      .map((c) => c.permission);
    expect(prescribing).toEqual([MEDICATION_PRESCRIBE, MEDICATION_PRESCRIBE, MEDICATION_PRESCRIBE]);
  });
});
