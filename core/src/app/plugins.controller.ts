import { Controller, Get, UseGuards } from '@nestjs/common';
import { PermissionGuard, RequirePermission, SIGNED_IN } from '../admin/permission.guard';
import { Kernel } from '../kernel/kernel';
import { pluginClientUrl } from './plugin-clients';

/** One enabled plugin as the web client sees it. */
export interface EnabledPlugin {
  readonly name: string;
  readonly version: string;
  /** A vendor plugin's client module, to `import()`; built-in plugins' client parts are compiled into the client. */
  readonly client?: string;
  /** The command types it declared offline-capable: the ones a client may queue and send later. */
  readonly offlineCommands: readonly string[];
}

/**
 * `GET /api/plugins`: the enabled plugins, in dependency order, for any signed-in account. The web client builds its
 * navigation, home and routes from the client parts of exactly these.
 */
@Controller('plugins')
@UseGuards(PermissionGuard)
@RequirePermission(SIGNED_IN)
export class PluginsController {
  constructor(private readonly kernel: Kernel) {}

  @Get()
  list(): { items: EnabledPlugin[] } {
    return {
      items: this.kernel.registry.plugins.map((plugin) => {
        const client = pluginClientUrl(plugin);
        const offlineCommands = plugin.commands.filter((c) => c.command.offline === true).map((c) => c.command.type);
        return client
          ? { name: plugin.name, version: plugin.version, client, offlineCommands }
          : { name: plugin.name, version: plugin.version, offlineCommands };
      }),
    };
  }
}
