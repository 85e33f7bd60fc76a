/**
 * The charge keys and source keys billing's own reactions use. A source key names the source once and for all,
 * so the reaction that cancels can name the charge its capture made.
 */
export const appointmentSource = (appointmentId: string): string => `scheduling:appointment:${appointmentId}`;

/** `appointment-type:<type>`, the type folded to the key's letters (`Follow up` → `follow-up`). */
export const appointmentChargeKey = (type: string): string =>
  `appointment-type:${
    type
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unknown'
  }`;

export const wardChargeKey = (wardId: string): string => `ward:${wardId}`;

/** One bed-day per night a bed was occupied, named by the bed, the stay and the night's date. */
export const bedNightSource = (stayId: string, bedId: string, night: string): string =>
  `adt:bed-night:${stayId}:${bedId}:${night}`;

/** Stock issued to a patient: charged as the service the item is mapped to (`stock-item:<itemId>`). */
export const stockItemChargeKey = (itemId: string): string => `stock-item:${itemId}`;
export const stockIssueSource = (issueId: string): string => `inventory:issue:${issueId}`;

/** An encounter the EHR opened by hand (a walk-in, an emergency): `encounter-class:<outpatient|inpatient>`. */
export const encounterChargeKey = (encounterClass: string): string => `encounter-class:${encounterClass}`;
export const encounterSource = (encounterId: string): string => `ehr:encounter:${encounterId}`;

/** A released laboratory result: charged as the service its test is mapped to (`lab-test:<LOINC code>`). */
export const labTestChargeKey = (code: string): string => `lab-test:${code}`;
/** One charge per test of an order: the order and the test name the source once and for all. */
export const labTestSource = (orderId: string, code: string): string => `lab:order:${orderId}:${code}`;
