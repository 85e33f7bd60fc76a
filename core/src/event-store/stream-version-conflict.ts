import { ConflictError, VERSION_CONFLICT, type ExpectedVersion } from '@hms/sdk';

/**
 * A stale expected version. `retryable` is true when the version came from the handler's own load (a concurrent
 * writer won the race: load again and decide again) and false when the client sent it (an If-Match).
 */
export class StreamVersionConflict extends ConflictError {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly retryable: boolean,
  ) {
    super(
      VERSION_CONFLICT,
      { streamId, expectedVersion },
      {
        message: `Stream ${streamId} has changed since version ${String(expectedVersion)}`,
      },
    );
  }
}
