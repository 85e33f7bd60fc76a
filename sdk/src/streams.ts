/**
 * Builds the id of an aggregate's stream: `'<plugin>.<aggregate>-<id>'`.
 * @example
 * export const patientStream = (id: string): string => streamId('patient', 'patient', id);
 */
export function streamId(plugin: string, aggregate: string, id: string): string {
  return `${plugin}.${aggregate}-${id}`;
}
