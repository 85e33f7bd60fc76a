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
