import { handleCommand } from '@hms/sdk';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import { DeclineWaitlistOffer } from '../contracts/commands';
import { type WaitlistEntryView } from '../contracts/queries';
import { decideEntry, entryView, loadEntry, offerSlotToNext } from './waitlist-offers';

export const declineWaitlistOfferHandler = handleCommand(DeclineWaitlistOffer, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, entry: WaitlistEntryView | undefined) => entry?.patientId,
  async handle({ entryId }, ctx): Promise<WaitlistEntryView> {
    const before = await loadEntry(ctx, entryId);
    const { state, version } = await decideEntry(ctx, entryId, {
      type: 'scheduling.DeclineWaitlistOffer',
      data: { entryId },
    });
    await offerSlotToNext(
      ctx,
      { practitionerId: before.practitionerId, type: before.type, ...before.offer! },
      { skip: [entryId] },
    );
    return entryView(state, version);
  },
});
