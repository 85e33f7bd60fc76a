import { defineEvent, definePlugin, defineReaction, z, type PluginDefinition } from '@hms/sdk';
import { checkManifests } from './manifest-checks';
import { orderByDependencies } from './plugin-order';

const plugin = (overrides: Partial<Parameters<typeof definePlugin>[0]> & { name: string }): PluginDefinition =>
  definePlugin({ version: '1.0.0', sdk: '^2.0.0', ...overrides });

const CheckedIn = defineEvent('patient.CheckedIn', z.object({ patientId: z.string() }));
const patient = (version = '1.2.0') => plugin({ name: 'patient', version, events: [CheckedIn] });

describe('optional dependencies', () => {
  const ehr = plugin({ name: 'ehr', optionalDependsOn: { patient: '^1.0.0' } });

  it('boots without the optional plugin, and with it in range', () => {
    expect(() => checkManifests([ehr])).not.toThrow();
    expect(() => checkManifests([patient(), ehr])).not.toThrow();
  });

  it('refuses the optional plugin enabled at a version out of range, naming both', () => {
    expect(() => checkManifests([patient('2.0.0'), ehr])).toThrow(
      'Plugin "ehr": works with "patient" ^1.0.0, but version 2.0.0 is enabled',
    );
  });

  it('orders an enabled optional dependency first', () => {
    expect(orderByDependencies([ehr, patient()]).map((p) => p.name)).toEqual(['patient', 'ehr']);
  });
});

describe('reactions in manifests', () => {
  const reaction = (name: string) => defineReaction({ name, handles: [CheckedIn], react: () => [] });

  it('accepts a reaction to the events of a declared (optional) dependency', () => {
    const ehr = plugin({
      name: 'ehr',
      optionalDependsOn: { patient: '^1.0.0' },
      reactions: [reaction('ehr.open-visit')],
    });
    expect(() => checkManifests([patient(), ehr])).not.toThrow();
    expect(() => checkManifests([ehr])).not.toThrow();
  });

  it('refuses a reaction to an undeclared plugin, or one named outside the plugin', () => {
    const sneaky = plugin({ name: 'ehr', reactions: [reaction('ehr.open-visit')] });
    expect(() => checkManifests([patient(), sneaky])).toThrow(
      'Plugin "ehr": reaction ehr.open-visit follows patient.CheckedIn of "patient", which it does not declare',
    );
    const misnamed = plugin({
      name: 'ehr',
      optionalDependsOn: { patient: '^1.0.0' },
      reactions: [reaction('open-visit')],
    });
    expect(() => checkManifests([misnamed])).toThrow('Plugin "ehr": reaction "open-visit" must start with "ehr."');
  });
});
