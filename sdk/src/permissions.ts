/** A permission string, `'<plugin>:<resource>:<action>'`, e.g. `'patient:record:read'`. */
export type PermissionName = `${string}:${string}:${string}`;

/** A permission a plugin declares; the hospital grants it to roles. */
export interface PermissionDefinition {
  readonly name: PermissionName;
  readonly description: string;
  /**
   * Whether holders read or write patient data through it. Every command, query and route guarded by such a
   * permission must say which patient it touches, so the kernel can audit it.
   */
  readonly patientData: boolean;
  /**
   * Whether it reaches clinical data (the chart, notes, summaries) rather than administrative patient data
   * (demographics, appointments, beds). Clinical permissions imply `patientData`, and under the installation's
   * care-relationship policy their holders reach a patient only through a care relationship, a grant or a
   * stated emergency (since SDK 2.1). Optional, so permissions written before 2.1 stay valid; absent is false.
   */
  readonly clinical?: boolean;
}

/**
 * Declares a permission.
 * @example
 * export const PATIENT_READ = definePermission('patient:record:read', 'Look up patients', { patientData: true });
 * export const CHART_READ = definePermission('ehr:chart:read', "Read a patient's clinical record", { clinical: true });
 */
export function definePermission(
  name: PermissionName,
  description: string,
  options: { patientData?: boolean; clinical?: boolean } = {},
): PermissionDefinition {
  if (!/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/.test(name)) {
    throw new Error(`Permission "${name}" must read '<plugin>:<resource>:<action>' in lower case`);
  }
  const clinical = options.clinical ?? false;
  return Object.freeze({ name, description, patientData: clinical || (options.patientData ?? false), clinical });
}

/** A role a plugin suggests (e.g. front desk); the hospital may change it. Granted permissions must be declared. */
export interface RoleSuggestion {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly PermissionDefinition[];
}
