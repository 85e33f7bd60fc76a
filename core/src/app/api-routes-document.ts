import type { PluginDefinition, RouteDefinition } from '@hms/sdk';
import { buildOpenApiDocument, type OpenApiDocument, type OpenApiRoute } from '../http/openapi';
import { schemaToOpenApi } from '../http/openapi-schema';
import { orderByDependencies } from '../kernel/plugin-order';
import { PluginRegistry } from '../kernel/plugin-registry';
import { KERNEL_ROUTES } from './kernel-routes';

/**
 * The OpenAPI document of this server: the kernel's routes and those of the enabled plugins, their schemas taken
 * from the same zod definitions that validate requests, so the document cannot drift from the code.
 */
export function apiDocument(registry: PluginRegistry, version: string): OpenApiDocument {
  const pluginRoutes = registry.plugins.flatMap((plugin) =>
    plugin.routes.map((route) => describeRoute(plugin.name, route, registry)),
  );
  return buildOpenApiDocument({
    title: 'Hospital management system API',
    version,
    description: `Enabled plugins: ${registry.names.join(', ') || 'none'}. Errors are RFC 9457 problem+json.`,
    routes: [...KERNEL_ROUTES, ...pluginRoutes],
  });
}

/**
 * The same document for a list of plugins, without booting a kernel or touching a database: what the web client's
 * committed OpenAPI snapshot is generated from (apps/web/scripts/openapi-snapshot.cjs).
 */
export function apiDocumentForPlugins(plugins: readonly PluginDefinition[], version: string): OpenApiDocument {
  return apiDocument(new PluginRegistry(orderByDependencies(plugins)), version);
}

function describeRoute(plugin: string, route: RouteDefinition, registry: PluginRegistry): OpenApiRoute {
  const isCommand = 'command' in route;
  const registration = isCommand ? registry.commands.get(route.command.type)?.item : registry.queries.get(route.query.type)?.item;
  const documented = isCommand ? route.body ?? route.command.schema : route.queryString ?? route.query.schema;
  const schema = schemaToOpenApi(documented);
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
  return {
    method: route.method,
    path: `/api${route.path}`,
    summary: route.summary,
    description: route.description,
    tags: [plugin],
    permission: registration?.permission.name,
    security: true,
    ...(hasBody ? { requestBody: schema } : { query: schema }),
    response: route.response ? schemaToOpenApi(route.response) : undefined,
    status: route.status ?? 200,
    idempotent: isCommand,
    etag: route.etag,
  };
}
