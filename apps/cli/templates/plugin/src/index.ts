// The server loads this file (HMS_PLUGINS=<path or package name>) and takes the plugin definition it exports.
export { plugin as default, plugin, PLUGIN_VERSION } from './plugin';
