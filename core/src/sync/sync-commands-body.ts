import { z } from '@hms/sdk';

/**
 * At most this many commands per call: an hour of a ward's work is sent in a few calls, and one call holds the
 * request open for a bounded time (the client sends the next batch when this one is answered).
 */
export const SYNC_BATCH_LIMIT = 200;

/** One queued command as the client's outbox sends it; `id` is its idempotency key, made when it was queued. */
const entrySchema = z.strictObject({
  id: z.uuid(),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9-]*\.[A-Za-z][A-Za-z0-9]*$/, 'must be a command type like patient.RegisterPatient'),
  data: z.unknown(),
  /** When the user did it (informative: the command still happens at the server's time). */
  queuedAt: z.iso.datetime({ offset: true }).optional(),
});

/** The body of `POST /api/sync/commands`: the commands in the order the user did them. */
export const syncCommandsBody = z.strictObject({
  commands: z.array(entrySchema).min(1).max(SYNC_BATCH_LIMIT),
});

export type SyncCommandsBody = z.infer<typeof syncCommandsBody>;
export type SyncEntry = SyncCommandsBody['commands'][number];
