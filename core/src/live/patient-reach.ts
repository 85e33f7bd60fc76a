import type { Actor } from '@hms/sdk';
import type { CareAccess } from '../access/care-access';
import type { Database } from '../database/database';

/** How long a live channel trusts its last answer about one patient: short, since notices carry ids only. */
const REACH_TTL_MS = 15_000;

/**
 * Whether a live channel's user may hear of a change to a patient's clinical data, by the same care-relationship
 * rule as the API, remembered for a few seconds per patient so a busy ward's notices do not each cost a query.
 * A notice heard after a relationship ended is harmless in itself (ids only): the screen's request is refused.
 */
export function patientReach(
  careAccess: CareAccess,
  db: Database,
  actor: () => Actor,
  now: () => number = Date.now,
): (patientId: string) => Promise<boolean> {
  const known = new Map<string, { reaches: boolean; until: number }>();
  return async (patientId) => {
    const cached = known.get(patientId);
    if (cached && cached.until > now()) return cached.reaches;
    const reaches = (await careAccess.basesFor(actor(), [patientId], db)).has(patientId);
    if (known.size > 1000) known.clear();
    known.set(patientId, { reaches, until: now() + REACH_TTL_MS });
    return reaches;
  };
}
