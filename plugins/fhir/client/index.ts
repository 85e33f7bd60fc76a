import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { PATIENT_READ } from './permissions';

/**
 * The fhir plugin in the web client: on a patient's page, "Export summary (IPS)" (the International Patient
 * Summary as a FHIR document, downloaded) and "Import a record" (a provider's Bundle, with the import's report in
 * words). Both go to the FHIR server at /fhir/R4 with the session; it checks every read and import.
 */
export default defineClientPlugin({
  plugin: 'fhir',
  messages,
  patientPanels: [
    { id: 'exchange', permission: PATIENT_READ, order: 90, load: () => import('./ExchangePanel.svelte') },
  ],
});
