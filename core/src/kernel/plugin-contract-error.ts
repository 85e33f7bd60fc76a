/** A plugin broke the SDK contract; the kernel refuses to start and names the plugin. */
export class PluginContractError extends Error {
  constructor(
    readonly plugin: string,
    problem: string,
  ) {
    super(`Plugin "${plugin}": ${problem}`);
    this.name = 'PluginContractError';
  }
}
