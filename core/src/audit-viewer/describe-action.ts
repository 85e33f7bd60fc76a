import type { PluginRegistry } from '../kernel/plugin-registry';

/** The kernel's own actions that name a patient, in the words of an access history. */
const KERNEL_ACTIONS: Readonly<Record<string, string>> = {
  'core.SearchAuditLog': "Searched the audit log for this patient's records",
  'core.ExportPatientAccessHistory': "Exported this patient's access history",
  'core.ReadReportRun': 'Read a report drawn from patient data',
  'core.DownloadReport': 'Downloaded a report drawn from patient data',
};

/**
 * What an audited action did, in words a patient can read: the command's or query's own description as its plugin
 * declares it ("Look up one patient"), a kernel action's from the list above, else the action's name.
 */
export function describeAction(registry: PluginRegistry, action: string): string {
  return (
    registry.commands.get(action)?.item.command.description ??
    registry.queries.get(action)?.item.query.description ??
    KERNEL_ACTIONS[action] ??
    action
  );
}
