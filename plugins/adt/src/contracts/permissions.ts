import { definePermission } from '@hms/sdk';

/** Define wards and their beds, take beds in and out of service. No patient data. */
export const WARD_MANAGE = definePermission('patient:ward:manage', 'Define wards and manage their beds');
/** See the wards and how many beds each has and holds free. No patient data. */
export const WARD_READ = definePermission('patient:ward:read', 'List wards and their bed counts');
/** Admit, transfer and discharge patients. */
export const ADT_WRITE = definePermission('patient:adt:write', 'Admit, transfer and discharge patients', {
  patientData: true,
});
/** See who lies in which bed: the census and the bed board. */
export const CENSUS_READ = definePermission('patient:census:read', 'See the census and the bed boards', {
  patientData: true,
});
/**
 * Put nurses and doctors on a ward's team, which gives them the clinical records of the ward's inpatients under
 * the care-relationship policy: the ward manager's or charge nurse's call. No patient data in itself.
 */
export const WARD_STAFF_ASSIGN = definePermission('adt:ward-staff:assign', "Put nurses and doctors on a ward's team");
