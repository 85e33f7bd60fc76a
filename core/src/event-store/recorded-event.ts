import type { EventMeta, RecordedEvent } from '@hms/sdk';

/** A row of core.events as the driver returns it. */
export interface EventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMeta;
  recorded_at: Date;
}

export const EVENT_COLUMNS =
  'position, stream_id, stream_version, event_type, schema_version, data, metadata, recorded_at';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    type: row.event_type,
    data: row.data,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    position: BigInt(row.position),
    schemaVersion: row.schema_version,
    recordedAt: row.recorded_at,
    meta: row.metadata,
  };
}
