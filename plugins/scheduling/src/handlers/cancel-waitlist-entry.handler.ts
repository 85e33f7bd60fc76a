import { handleCommand } from '@hms/sdk';
import { APPOINTMENT_BOOK } from '../contracts/permissions';
import { CancelWaitlistEntry } from '../contracts/commands';
import { type WaitlistEntryView } from '../contracts/queries';
import { decideEntry, entryView, loadEntry, offerSlotToNext } from './waitlist-offers';

export const cancelWaitlistEntryHandler = handleCommand(CancelWaitlistEntry, {
  permission: APPOINTMENT_BOOK,
  auditPatient: (_data, entry: WaitlistEntryView | undefined) => entry?.patientId,
  async handle({ entryId }, ctx): Promise<WaitlistEntryView> {
    const before = await loadEntry(ctx, entryId);
    const { state, version, events } = await decideEntry(ctx, entryId, {
      type: 'scheduling.CancelWaitlistEntry',
      data: { entryId },
    });
    if (events.length > 0 && before.status === 'offered' && before.offer !== undefined) {
      await offerSlotToNext(
        ctx,
        { practitionerId: before.practitionerId, type: before.type, ...before.offer },
        { skip: [entryId] },
      );
    }
    return entryView(state, version);
  },
});
