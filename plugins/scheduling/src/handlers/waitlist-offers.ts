import { NotFoundError, type CommandContext } from '@hms/sdk';
import { DEFAULT_OFFER_HOLD_MINUTES } from '../contracts/commands';
import { type WaitlistEntryView } from '../contracts/queries';
import {
  canBeOffered,
  waitlistDecider,
  type WaitlistCommand,
  type WaitlistState,
} from '../domain/waitlist/waitlist.decider';
import { waitlistEntryStream } from '../domain/waitlist/waitlist.stream';
import { slotHeld, waitingFor } from '../projections/waitlist.read';
import { WAITLIST_ENTRY_NOT_FOUND } from '../errors';

/** A slot that came free: a cancelled appointment's time, or the time a rescheduled one left. */
export interface FreedSlot {
  readonly practitionerId: string;
  readonly type: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

/**
 * Offers a freed slot to the first suitable waiting patient (FIFO by request time; same practitioner and type;
 * slot's day inside their window; not a slot they passed on), in the caller's transaction. Nothing happens when
 * the slot is in the past, booked again or on offer to someone else. The entry's decider keeps it idempotent per
 * (slot, entry): an entry is never offered the same slot twice. Answers the entry offered, if any.
 * @param options.freedBy the appointment that gave the slot up (still booked in the read model until commit)
 * @param options.skip entries whose own decisions in this command are not in the read model yet
 */
export async function offerSlotToNext(
  ctx: CommandContext,
  slot: FreedSlot,
  options: { freedBy?: string; skip?: readonly string[] } = {},
): Promise<string | undefined> {
  const skip = options.skip ?? [];
  if (slot.startsAt <= ctx.meta.now) return undefined;
  if (await slotHeld(ctx.sql, slot, { freedBy: options.freedBy, skip })) return undefined;
  const candidates = await waitingFor(ctx.sql, { ...slot, day: slot.startsAt.slice(0, 10) }, skip);
  for (const entryId of candidates) {
    const stream = waitlistEntryStream(entryId);
    const { state } = await ctx.streams.load(stream, waitlistDecider);
    if (!canBeOffered(state, slot)) continue;
    await decideEntry(ctx, entryId, {
      type: 'scheduling.OfferSlot',
      data: { entryId, startsAt: slot.startsAt, endsAt: slot.endsAt, holdMinutes: DEFAULT_OFFER_HOLD_MINUTES },
    });
    return entryId;
  }
  return undefined;
}

type EntryCommand = {
  [K in WaitlistCommand['type']]: Omit<Extract<WaitlistCommand, { type: K }>, 'meta'>;
}[WaitlistCommand['type']];

/** Decides on one entry's stream; answers its state and the events appended. */
export async function decideEntry(ctx: CommandContext, entryId: string, command: EntryCommand) {
  return ctx.streams.decide(waitlistEntryStream(entryId), waitlistDecider, {
    ...command,
    meta: ctx.meta,
  } as WaitlistCommand);
}

export async function loadEntry(
  ctx: Pick<CommandContext, 'streams'>,
  entryId: string,
): Promise<Exclude<WaitlistState, { status: 'none' }>> {
  const { state } = await ctx.streams.load(waitlistEntryStream(entryId), waitlistDecider);
  if (state.status === 'none') {
    throw new NotFoundError(WAITLIST_ENTRY_NOT_FOUND, { entryId }, { message: 'There is no such waitlist request.' });
  }
  return state;
}

/** The entry as the desk sees it, from its state and version (the read model is not updated until commit). */
export function entryView(state: WaitlistState, version: number, appointmentId?: string): WaitlistEntryView {
  if (state.status === 'none') throw new Error('entryView of a missing entry');
  return {
    id: state.entryId,
    patientId: state.patientId,
    practitionerId: state.practitionerId,
    type: state.type,
    earliest: state.earliest,
    latest: state.latest,
    ...(state.note === undefined ? {} : { note: state.note }),
    status: state.status,
    requestedAt: state.requestedAt,
    ...(state.offer === undefined ? {} : { offer: state.offer }),
    ...(appointmentId === undefined ? {} : { appointmentId }),
    version,
  };
}
