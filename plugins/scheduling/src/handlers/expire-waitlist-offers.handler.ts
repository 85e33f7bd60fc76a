import { handleCommand } from '@hms/sdk';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import { ExpireWaitlistOffers, type ExpiredWaitlistOffers } from '../contracts/commands';
import { expiredOffers } from '../projections/waitlist.read';
import { decideEntry, loadEntry, offerSlotToNext } from './waitlist-offers';

/** At most this many expired offers are closed per run; the next run takes the rest. */
const EXPIRY_BATCH = 200;

export const expireWaitlistOffersHandler = handleCommand(ExpireWaitlistOffers, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, result: ExpiredWaitlistOffers | undefined) => result?.patients ?? [],
  async handle(_data, ctx): Promise<ExpiredWaitlistOffers> {
    const expired: string[] = [];
    const offered: string[] = [];
    const patients = new Set<string>();
    for (const entryId of await expiredOffers(ctx.sql, ctx.meta.now, EXPIRY_BATCH)) {
      const before = await loadEntry(ctx, entryId);
      const { events } = await decideEntry(ctx, entryId, { type: 'scheduling.ExpireWaitlistOffer', data: { entryId } });
      if (events.length === 0 || before.offer === undefined) continue;
      expired.push(entryId);
      patients.add(before.patientId);
      const next = await offerSlotToNext(
        ctx,
        { practitionerId: before.practitionerId, type: before.type, ...before.offer },
        { skip: [...expired, ...offered] },
      );
      if (next !== undefined) {
        offered.push(next);
        patients.add((await loadEntry(ctx, next)).patientId);
      }
    }
    return { expired, offered, patients: [...patients] };
  },
});
