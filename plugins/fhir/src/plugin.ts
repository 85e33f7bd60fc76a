import { defineFhirServer, definePlugin, type PluginDefinition } from '@hms/sdk';
import { answerFhirRequest } from './server/fhir-server';
import { refusalOutcome } from './server/operation-outcome';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const FHIR_PLUGIN_VERSION = '0.1.0';

/**
 * The FHIR R4 server at /fhir/R4. It owns no data: each enabled plugin contributes the resource types its own data
 * answers (`defineFhirResource` in its manifest), and the kernel runs their queries as the requesting user, with
 * the same permissions, care-relationship rule and audit as the REST API. See docs/fhir.md.
 */
export const fhirPlugin: PluginDefinition = definePlugin({
  name: 'fhir',
  version: FHIR_PLUGIN_VERSION,
  sdk: '^2.4.0', // defineFhirServer and the manifests' fhir contributions (2.4)
  description: 'FHIR R4 exchange: read, search and Patient/$everything over what the enabled plugins contribute',
  fhirServer: defineFhirServer({ handle: answerFhirRequest, refuse: refusalOutcome }),
});
