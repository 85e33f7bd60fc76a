/** The PostgreSQL schema that holds a plugin's tables: its name, dashes made underscores (`acme-lab` → `acme_lab`). */
export function pluginSchema(pluginName: string): string {
  return pluginName.replace(/-/g, '_');
}
