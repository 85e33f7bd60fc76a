import { definePermission } from '@hms/sdk';

/** The catalogue holds no patient data: anyone who orders or runs tests may read it. */
export const LAB_CATALOGUE_READ = definePermission('lab:catalogue:read', 'See the laboratory test catalogue');
/**
 * Ordering and reading results are clinical: under the care rule a clinician orders for, and reads the results
 * of, the patients they care for (the requester of an open order is one of them).
 */
export const LAB_ORDER_PLACE = definePermission('lab:order:place', 'Order laboratory tests', { clinical: true });
export const LAB_RESULT_READ = definePermission('lab:result:read', 'See laboratory orders and results', {
  clinical: true,
});
/**
 * The laboratory's own work touches patient data (audited) but is not care: a technician handles every specimen
 * that arrives, for patients nobody assigned to them, so these permissions are not clinical.
 */
export const LAB_SPECIMEN_HANDLE = definePermission(
  'lab:specimen:handle',
  'Collect specimens and receive them in the laboratory',
  { patientData: true },
);
export const LAB_RESULT_ENTER = definePermission('lab:result:enter', 'Enter laboratory results', {
  patientData: true,
});
export const LAB_RESULT_VALIDATE = definePermission(
  'lab:result:validate',
  'Validate and release laboratory results entered by someone else',
  { patientData: true },
);
/** The laboratory's worklist: orders waiting for a specimen, receipt, results or validation. */
export const LAB_WORKLIST_READ = definePermission('lab:worklist:read', "See the laboratory's worklist", {
  patientData: true,
});

/**
 * Filing an analyser's results (HL7 v2 ORU^R01): held by the account of the analyser's interface, not by people.
 * Results filed this way still wait for validation by a person (the interface holds no validation permission).
 */
export const LAB_ANALYSER_IMPORT = definePermission(
  'lab:analyser:import',
  "File an analyser's result messages (for the analyser interface's own account)",
  { patientData: true },
);

export const LAB_PERMISSIONS = [
  LAB_CATALOGUE_READ,
  LAB_ORDER_PLACE,
  LAB_RESULT_READ,
  LAB_SPECIMEN_HANDLE,
  LAB_RESULT_ENTER,
  LAB_RESULT_VALIDATE,
  LAB_WORKLIST_READ,
  LAB_ANALYSER_IMPORT,
] as const;
