/**
 * The kernel-provided job that runs a plugin's reports on the plugin's own queue (`hms.<plugin>`), so a heavy
 * report is scaled, retried and watched like the plugin's other jobs. Its payload is `{ runId }` only: the
 * parameters wait in `core.report_runs`, not in Redis.
 */
export function reportJobName(plugin: string): string {
  return `${plugin}.run-report`;
}
