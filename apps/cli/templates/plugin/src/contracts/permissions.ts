import { definePermission } from '@hms/sdk';
import { PLUGIN } from '../plugin-name';

// No patient data here: a permission over patient data says `{ patientData: true }` and its handlers `auditPatient`.
export const SUPPLIES_REQUEST = definePermission(`${PLUGIN}:supplies:request`, 'Request supplies for a ward');
export const SUPPLIES_READ = definePermission(`${PLUGIN}:supplies:read`, "See the wards' supply requests");

export const PERMISSIONS = [SUPPLIES_REQUEST, SUPPLIES_READ] as const;
