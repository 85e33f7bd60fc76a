import type { PluginDefinition } from '@hms/sdk';
import { analyticsPlugin } from '@hms/plugin-analytics';
import { ehrPlugin } from '@hms/plugin-ehr';
import { inventoryPlugin } from '@hms/plugin-inventory';
import { patientPlugin } from '@hms/plugin-patient';

/**
 * The plugins installed with this distribution. `HMS_PLUGINS` chooses among them (unset: all) and may add
 * third-party plugins by package name or path; those load the same way without being listed here.
 */
export const INSTALLED_PLUGINS: readonly PluginDefinition[] = [patientPlugin as PluginDefinition, ehrPlugin, analyticsPlugin, inventoryPlugin];
