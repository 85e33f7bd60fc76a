import type { PluginDefinition } from '@hms/sdk';
import { adtPlugin } from '@hms/plugin-adt';
import { analyticsPlugin } from '@hms/plugin-analytics';
import { billingPlugin } from '@hms/plugin-billing';
import { ehrPlugin } from '@hms/plugin-ehr';
import { fhirPlugin } from '@hms/plugin-fhir';
import { inventoryPlugin } from '@hms/plugin-inventory';
import { labPlugin } from '@hms/plugin-lab';
import { patientPlugin } from '@hms/plugin-patient';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import { staffPlugin } from '@hms/plugin-staff';

/**
 * The plugins installed with this distribution, one entry per plugin. `HMS_PLUGINS` chooses among them (unset:
 * all) and may add third-party plugins by package name or path; those load the same way without being listed
 * here. A clinic enables `patient,scheduling`; a hospital without outpatients `patient,adt`. Its own package, so
 * the API, the worker and the CLI read one list without importing each other, and the core still never names a
 * plugin.
 */
export const INSTALLED_PLUGINS: readonly PluginDefinition[] = [
  patientPlugin,
  staffPlugin,
  schedulingPlugin,
  adtPlugin,
  ehrPlugin,
  billingPlugin,
  analyticsPlugin,
  inventoryPlugin,
  labPlugin,
  fhirPlugin,
];
