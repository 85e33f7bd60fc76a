import { statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { PluginDefinition } from '@hms/sdk';
import { PluginContractError } from '../kernel/plugin-contract-error';
import { sendStaticFile } from './static-file';

/** Where the browser loads a vendor plugin's client module: `/api/plugins/<name>/client/<file>`. */
export function pluginClientUrl(plugin: PluginDefinition): string | undefined {
  return plugin.client ? `/api/plugins/${plugin.name}/client/${path.basename(plugin.client.module)}` : undefined;
}

/**
 * The folder each vendor plugin's client module lives in, checked at start-up: the module must be an absolute path
 * to an existing `.js`/`.mjs` file, or the server refuses to start naming the plugin (a typo would otherwise show
 * only as a missing screen in someone's browser).
 */
export function pluginClientFolders(plugins: readonly PluginDefinition[]): ReadonlyMap<string, string> {
  const folders = new Map<string, string>();
  for (const plugin of plugins) {
    const file = plugin.client?.module;
    if (file === undefined) continue;
    if (!path.isAbsolute(file))
      throw new PluginContractError(plugin.name, `client.module "${file}" must be an absolute path`);
    if (!/\.m?js$/.test(file))
      throw new PluginContractError(plugin.name, 'client.module must be a built .js or .mjs file');
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
      throw new PluginContractError(
        plugin.name,
        `client.module ${path.basename(file)} does not exist (build the plugin's client)`,
      );
    }
    folders.set(plugin.name, path.dirname(file));
  }
  return folders;
}

/**
 * Serves each vendor plugin's client folder at `/api/plugins/<name>/client/`. Public like the web client itself:
 * it is code, never data (the screens ask the API, which checks permissions). Nothing outside the folder is read.
 */
export function mountPluginClients(fastify: FastifyInstance, plugins: readonly PluginDefinition[]): void {
  const folders = pluginClientFolders(plugins);
  fastify.get<{ Params: { name: string; '*': string } }>('/api/plugins/:name/client/*', (request, reply) => {
    const { name, '*': file } = request.params;
    const folder = folders.get(name);
    const target = folder === undefined ? undefined : path.resolve(folder, `./${file}`);
    if (
      !folder ||
      !target ||
      !target.startsWith(folder + path.sep) ||
      !statSync(target, { throwIfNoEntry: false })?.isFile()
    ) {
      return reply.callNotFound();
    }
    return sendStaticFile(reply, target, false);
  });
}
