import path from 'node:path';
import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { EVENTS } from './contracts/events';
import { PERMISSIONS, SUPPLIES_READ, SUPPLIES_REQUEST } from './contracts/permissions';
import { listSupplyRequestsHandler } from './handlers/list-supply-requests.handler';
import { requestSuppliesHandler } from './handlers/request-supplies.handler';
import { createSupplyRequests } from './migrations/0001-supply-requests.migration';
import { PLUGIN, SDK_RANGE } from './plugin-name';
import { supplyRequestsProjection } from './projections/supply-requests.projection';
import { supplyRequestRoutes } from './routes/supply-requests.routes';

/** The package's version (keep it equal to package.json's: the server's /health lists it). */
export const PLUGIN_VERSION = '0.1.0';

/** The manifest: everything the plugin contributes, checked by the kernel before the server starts. */
export const plugin: PluginDefinition = definePlugin({
  name: PLUGIN,
  version: PLUGIN_VERSION,
  sdk: SDK_RANGE,
  description: 'Supply requests from the wards',
  permissions: [...PERMISSIONS],
  roles: [
    {
      name: `${PLUGIN}-ward-clerk`,
      description: 'Requests supplies for a ward and follows the requests',
      permissions: [SUPPLIES_REQUEST, SUPPLIES_READ],
    },
  ],
  events: [...EVENTS],
  commands: [requestSuppliesHandler],
  queries: [listSupplyRequestsHandler],
  projections: [supplyRequestsProjection],
  routes: [...supplyRequestRoutes],
  paths: [`/${PLUGIN}`],
  migrations: [createSupplyRequests],
  // The screen: a prebuilt browser module the server serves at /api/plugins/<name>/client/ (dist/ → ../client).
  client: { module: path.join(__dirname, '..', 'client', 'index.js') },
});
