import {
  defineCommand,
  defineFhirResource,
  defineFhirServer,
  definePermission,
  definePlugin,
  defineQuery,
  handleQuery,
  z,
  type PluginDefinition,
  type QueryDefinition,
} from '@hms/sdk';
import { checkManifests } from './manifest-checks';

const READ = definePermission('lab:report:read', 'Read lab reports', { patientData: true });
const GetReport = defineQuery('lab.GetReport', z.object({ id: z.string() })).returns<{ id: string }>();
const getReport = handleQuery(GetReport, {
  permission: READ,
  auditPatient: () => undefined,
  handle: async ({ id }) => ({ id }),
});
const reportResource = (query: QueryDefinition<'lab.GetReport', { id: string }, { id: string }, { id: string }>) =>
  defineFhirResource({
    type: 'DiagnosticReport',
    read: { query, params: (id) => ({ id }), resource: ({ id }) => ({ resourceType: 'DiagnosticReport', id }) },
    search: {
      query,
      params: () => ({ id: 'x' }),
      resources: ({ id }) => [{ resourceType: 'DiagnosticReport', id }],
      parameters: [],
    },
  });
const plugin = (name: string, extra: Partial<Parameters<typeof definePlugin>[0]>): PluginDefinition =>
  definePlugin({ name, version: '1.0.0', sdk: '^2.3.0', ...extra });
const server = defineFhirServer({ handle: async () => ({}), refuse: () => ({}) });

describe('FHIR contributions in manifests', () => {
  it('accepts a type read through the plugin’s own queries', () => {
    const lab = plugin('lab', { permissions: [READ], queries: [getReport], fhir: [reportResource(GetReport)] });
    expect(() => checkManifests([lab, plugin('fhir', { fhirServer: server })])).not.toThrow();
  });

  it('refuses a type read through a query the plugin does not register (another plugin’s)', () => {
    const lab = plugin('lab', { permissions: [READ], queries: [getReport] });
    const thief = plugin('thief', { fhir: [reportResource(GetReport)] });
    expect(() => checkManifests([lab, thief])).toThrow(
      'Plugin "thief": FHIR DiagnosticReport reads through lab.GetReport, a query the plugin does not register',
    );
  });

  it('refuses a type imported through a command the plugin does not register', () => {
    const FileReport = defineCommand('lab.FileReport', z.object({ id: z.string() })).returns<{ id: string }>();
    const importing = {
      ...reportResource(GetReport),
      import: {
        command: FileReport,
        map: () => ({ data: { id: 'x' }, summary: 'A report' }),
        createdId: (result: unknown) => String(result),
      },
    };
    const lab = plugin('lab', { permissions: [READ], queries: [getReport], fhir: [importing] });
    expect(() => checkManifests([lab])).toThrow(
      'Plugin "lab": FHIR DiagnosticReport imports through lab.FileReport, a command the plugin does not register',
    );
  });

  it('refuses a history read through a query the plugin does not register', () => {
    const GetVersions = defineQuery('lab.GetReportVersions', z.object({ id: z.string() })).returns<{ id: string }>();
    const versioned = {
      ...reportResource(GetReport),
      history: { query: GetVersions, params: (id: string) => ({ id }), versions: () => [] },
    };
    const lab = plugin('lab', { permissions: [READ], queries: [getReport], fhir: [versioned] });
    expect(() => checkManifests([lab])).toThrow(
      'Plugin "lab": FHIR DiagnosticReport reads its history through lab.GetReportVersions, a query the plugin does not register',
    );
  });

  it('refuses one type from two plugins, and a second FHIR server', () => {
    const lab = plugin('lab', { permissions: [READ], queries: [getReport], fhir: [reportResource(GetReport)] });
    const GetOther = defineQuery('other.GetReport', z.object({ id: z.string() })).returns<{ id: string }>();
    const other = plugin('other', {
      permissions: [definePermission('other:report:read', 'Read', { patientData: true })],
      queries: [
        handleQuery(GetOther, {
          permission: definePermission('other:report:read', 'Read', { patientData: true }),
          auditPatient: () => undefined,
          handle: async ({ id }) => ({ id }),
        }),
      ],
      fhir: [reportResource(GetOther as never)],
    });
    expect(() => checkManifests([lab, other])).toThrow(
      'FHIR resource type DiagnosticReport is already declared by plugin "lab"',
    );
    expect(() =>
      checkManifests([plugin('fhir', { fhirServer: server }), plugin('fhir2', { fhirServer: server })]),
    ).toThrow('Plugin "fhir2": the FHIR server at /fhir/R4 is already declared by plugin "fhir"');
  });

  it('refuses a search parameter declared twice', () => {
    const twice = () =>
      defineFhirResource({
        type: 'DiagnosticReport',
        read: {
          query: GetReport,
          params: (id) => ({ id }),
          resource: ({ id }) => ({ resourceType: 'DiagnosticReport', id }),
        },
        search: {
          query: GetReport,
          params: () => ({ id: 'x' }),
          resources: ({ id }) => [{ resourceType: 'DiagnosticReport', id }],
          parameters: [
            { name: 'code', type: 'token', description: 'a', values: () => [] },
            { name: 'code', type: 'token', description: 'b', values: () => [] },
          ],
        },
      });
    expect(twice).toThrow('declares search parameter "code" twice');
  });
});
