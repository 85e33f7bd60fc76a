import { z, type PluginDefinition, type RouteDefinition, type Schema } from '@hms/sdk';
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
  const registration = isCommand
    ? registry.commands.get(route.command.type)?.item
    : registry.queries.get(route.query.type)?.item;
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
  const commandBody = (schema: Schema): Schema => (hasBody ? withoutPathParams(schema, route.path) : schema);
  const documented = isCommand
    ? (route.body ?? commandBody(route.command.schema))
    : (route.queryString ?? route.query.schema);
  const schema = schemaToOpenApi(documented);
  // A webhook (SDK 2.2) is called with the sender's signature, not a session, and takes no Idempotency-Key.
  const webhook = isCommand && route.webhook !== undefined;
  return {
    method: route.method,
    path: `/api${route.path}`,
    summary: route.summary,
    description: route.description,
    tags: [plugin],
    permission: registration?.permission.name,
    security: !webhook,
    ...(hasBody ? { requestBody: schema } : { query: schema }),
    response: route.response ? schemaToOpenApi(route.response) : undefined,
    status: route.status ?? 200,
    idempotent: isCommand && !webhook,
    etag: route.etag,
  };
}

/**
 * A command route without `input` takes its path's parameters from the path (see command-input.ts), so its
 * documented body is the command's schema without them. A schema that is not a plain object (a refinement across
 * fields) is documented whole.
 */
function withoutPathParams(schema: Schema, path: string): Schema {
  const names = [...path.matchAll(/:([^/]+)/g)].map((match) => match[1]!);
  if (names.length === 0 || !(schema instanceof z.ZodObject) || (schema._zod.def.checks?.length ?? 0) > 0)
    return schema;
  const body = z.object(Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !names.includes(key))));
  // A strict object stays strict (its catch-all is `never`): the body may not carry other fields either.
  const { catchall } = schema._zod.def;
  return catchall ? body.catchall(catchall) : body;
}
