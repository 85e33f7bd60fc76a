// Written by `hms plugin new`: the two facts every other file derives its names from.

/**
 * The plugin's name. Its wire names (`<name>.RequestSupplies`), permissions (`<name>:supplies:request`), routes
 * (`/api/<name>/…`) and PostgreSQL schema start with it, and the kernel refuses another plugin of the same name.
 */
export const PLUGIN = 'sample';

/** The SDK versions this plugin is built for: the kernel refuses to start it with any other. */
export const SDK_RANGE = '^2.10.0';
