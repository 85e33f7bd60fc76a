import {
  defineCommand,
  defineEvent,
  defineJob,
  definePermission,
  definePlugin,
  defineQuery,
  handleCommand,
  handleQuery,
  z,
  type PluginDefinition,
} from '@hms/sdk';
import { tallyPlugin } from '../../test/fixtures/tally.plugin';
import { checkManifests } from './manifest-checks';
import { selectPlugins } from './plugin-loader';
import { orderByDependencies } from './plugin-order';

const plugin = (overrides: Partial<Parameters<typeof definePlugin>[0]> & { name: string }): PluginDefinition =>
  definePlugin({ version: '1.0.0', sdk: '^2.0.0', ...overrides });

describe(checkManifests.name, () => {
  it('accepts a valid plugin', () => {
    expect(() => checkManifests([tallyPlugin])).not.toThrow();
  });

  it('refuses a plugin built for another SDK major, naming it', () => {
    expect(() => checkManifests([plugin({ name: 'lab', sdk: '^1.3.0' })])).toThrow('Plugin "lab": needs SDK ^1.3.0');
    expect(() => checkManifests([plugin({ name: 'lab', sdk: '^3.0.0' })])).toThrow('Plugin "lab": needs SDK ^3.0.0');
  });

  it('refuses a missing, disabled or out-of-range dependency', () => {
    const ehr = plugin({ name: 'ehr', dependsOn: { patient: '^1.0.0' } });
    expect(() => checkManifests([ehr])).toThrow('Plugin "ehr": depends on "patient" ^1.0.0, which is not installed');
    const patient = plugin({ name: 'patient', version: '0.9.0' });
    expect(() => checkManifests([ehr], [ehr, patient])).toThrow('is installed but not enabled');
    expect(() => checkManifests([patient, ehr])).toThrow('but version 0.9.0 is enabled');
  });

  it('lets a plugin split out of another keep the event and permission names released under it, and nothing else', () => {
    const booked = defineEvent('patient.AppointmentBooked', z.object({ appointmentId: z.uuid() }));
    const book = definePermission('patient:appointment:book', 'Book appointments', { patientData: false });
    const scheduling = (overrides: object = {}) =>
      plugin({
        name: 'scheduling',
        dependsOn: { patient: '^1.0.0' },
        events: [booked],
        permissions: [book],
        ...overrides,
      });
    const patient = plugin({ name: 'patient' });
    expect(() => checkManifests([patient, scheduling({ formerlyPartOf: ['patient'] })])).not.toThrow();
    expect(() => checkManifests([patient, scheduling()])).toThrow(
      'Plugin "scheduling": "patient.AppointmentBooked" must start with "scheduling."',
    );
    expect(() => checkManifests([patient, scheduling({ events: [], formerlyPartOf: [] })])).toThrow(
      'Plugin "scheduling": permission "patient:appointment:book" must start with "scheduling:"',
    );
    // Commands are not stored: they take the new plugin's name whatever it was split out of.
    const command = handleCommand(defineCommand('patient.BookAppointment', z.object({})), {
      permission: book,
      handle: async () => null,
    });
    expect(() => checkManifests([patient, scheduling({ formerlyPartOf: ['patient'], commands: [command] })])).toThrow(
      'Plugin "scheduling": "patient.BookAppointment" must start with "scheduling."',
    );
  });

  it('refuses a permission that is used but not declared', () => {
    const secret = definePermission('lab:result:read', 'Read results');
    const query = defineQuery('lab.GetResult', z.object({}));
    const lab = plugin({
      name: 'lab',
      queries: [handleQuery(query, { permission: secret, handle: async () => null })],
    });
    expect(() => checkManifests([lab])).toThrow(
      'Plugin "lab": query lab.GetResult uses permission "lab:result:read", which is not declared',
    );
  });

  it('refuses a job with a bad cron, a schedule payload its schema rejects, or nonsense tuning', () => {
    const job = (overrides: object) =>
      defineJob({
        name: 'lab.recall',
        payload: z.strictObject({ days: z.number() }),
        handle: async () => {},
        ...overrides,
      });
    const lab = (overrides: object) => plugin({ name: 'lab', jobs: [job(overrides)] });
    expect(() => checkManifests([lab({ schedule: { cron: '0 7 * * *', payload: { days: 30 } } })])).not.toThrow();
    expect(() => checkManifests([lab({ schedule: { cron: 'nightly', payload: { days: 30 } } })])).toThrow(
      'Plugin "lab": job lab.recall: schedule "nightly" is not a cron of 5 or 6 fields',
    );
    expect(() => checkManifests([lab({ schedule: { cron: '0 7 * * *', payload: { days: 'thirty' } } })])).toThrow(
      "schedule's payload fails the job's payload schema",
    );
    expect(() => checkManifests([lab({ concurrency: 0 })])).toThrow('concurrency must be an integer from 1 to 100');
    expect(() => checkManifests([lab({ retry: { attempts: 3, backoffMs: -1 } })])).toThrow(
      'retry.backoffMs must be 0 or more',
    );
  });

  it("refuses a job named like the kernel's report runner", () => {
    const job = defineJob({ name: 'lab.run-report', payload: z.strictObject({}), handle: async () => {} });
    expect(() => checkManifests([plugin({ name: 'lab', jobs: [job] })])).toThrow(
      "job lab.run-report: the name is the kernel's",
    );
  });

  it('refuses patient data without an audit declaration', () => {
    const read = definePermission('lab:result:read', 'Read results', { patientData: true });
    const query = defineQuery('lab.GetResult', z.object({}));
    const lab = plugin({
      name: 'lab',
      permissions: [read],
      queries: [handleQuery(query, { permission: read, handle: async () => null })],
    });
    expect(() => checkManifests([lab])).toThrow(
      'touches patient data ("lab:result:read") but declares no auditPatient',
    );
  });

  it('refuses two plugins claiming one path, or a kernel path', () => {
    expect(() =>
      checkManifests([plugin({ name: 'one', paths: ['/beds'] }), plugin({ name: 'two', paths: ['/beds/icu'] })]),
    ).toThrow('Plugin "two": path "/api/beds/icu" overlaps "/api/beds" of plugin "one"');
    expect(() => checkManifests([plugin({ name: 'one', paths: ['/auth'] })])).toThrow('reserved by the kernel');
    expect(() => checkManifests([plugin({ name: 'one', paths: ['/reports'] })])).toThrow(
      'reserved by the kernel (/api/reports)',
    );
  });

  it('refuses an event type declared by two plugins', () => {
    const copy = plugin({ name: 'copy', events: tallyPlugin.events });
    expect(() => checkManifests([tallyPlugin, copy])).toThrow('Plugin "copy"');
  });
});

describe(orderByDependencies.name, () => {
  it('puts dependencies first and names a cycle', () => {
    const a = plugin({ name: 'aa', dependsOn: { bb: '*' } });
    const b = plugin({ name: 'bb' });
    expect(orderByDependencies([a, b]).map((p) => p.name)).toEqual(['bb', 'aa']);
    const c = plugin({ name: 'cc', dependsOn: { dd: '*' } });
    const d = plugin({ name: 'dd', dependsOn: { cc: '*' } });
    expect(() => orderByDependencies([c, d])).toThrow('dependency cycle');
  });
});

describe(selectPlugins.name, () => {
  it('enables all, none, or the named ones; an unknown name lists what is installed', () => {
    expect(selectPlugins([tallyPlugin], 'all')).toEqual([tallyPlugin]);
    expect(selectPlugins([tallyPlugin], [])).toEqual([]);
    expect(() => selectPlugins([tallyPlugin], ['billing'])).toThrow(
      'Plugin "billing": is not installed (installed: tally)',
    );
  });

  it('loads a third-party plugin from a path or package the same way', () => {
    const loaded = selectPlugins([], ['./vendor/lab'], () => ({ labPlugin: tallyPlugin }));
    expect(loaded).toEqual([tallyPlugin]);
    expect(() => selectPlugins([], ['@acme/lab'], () => ({}))).toThrow('exports no plugin definition');
  });
});
