import { defineFhirServer, definePlugin, type PluginDefinition } from '@hms/sdk';
import { fhirSettings, type FhirPluginOptions } from './options';
import { runStoredImport } from './import/background-import';
import { answerFhirRequest, answerPublicRequest } from './server/fhir-server';
import { refusalOutcome } from './server/operation-outcome';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const FHIR_PLUGIN_VERSION = '0.6.0';

/**
 * The manifest for these options. The server reads the options (the hospital's Organization), so `configure`
 * builds a new manifest whose server has them; a wrong option stops the start naming it.
 */
function fhirPluginWith(options: FhirPluginOptions): PluginDefinition<FhirPluginOptions> {
  const settings = fhirSettings(options);
  const manifest = definePlugin<FhirPluginOptions>({
    name: 'fhir',
    version: FHIR_PLUGIN_VERSION,
    sdk: '^2.9.0', // defineFhirServer and the contributions (2.4), the request's body (2.5), imports through the contributions' commands (2.6), SMART scopes and public metadata (2.8), record access: searchMany and Provenance (2.9)
    description:
      'FHIR R4 exchange: read, search, Patient/$everything, $summary and bundle import over what the enabled plugins contribute',
    options,
    fhirServer: defineFhirServer({
      handle: (request, ctx) => answerFhirRequest(request, ctx, settings),
      refuse: refusalOutcome,
      handlePublic: answerPublicRequest,
      runImport: runStoredImport,
    }),
  });
  return Object.freeze({
    ...manifest,
    configure: (more: Partial<FhirPluginOptions>) => fhirPluginWith({ ...options, ...more }),
  });
}

/**
 * The FHIR R4 server at /fhir/R4. It owns no data: each enabled plugin contributes the resource types its own data
 * answers (`defineFhirResource` in its manifest), and the kernel runs their queries as the requesting user, with
 * the same permissions, care-relationship rule and audit as the REST API. The hospital itself (an Organization) is
 * configured: `fhirPlugin.configure({ organization: { name: 'St. Example Hospital' } })`. See docs/fhir.md.
 */
export const fhirPlugin: PluginDefinition<FhirPluginOptions> = fhirPluginWith({});
