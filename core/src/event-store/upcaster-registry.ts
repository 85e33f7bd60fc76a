import { createHash } from 'node:crypto';
import type { EventDefinition, RecordedEvent } from '@hms/sdk';
import { upcastEventData } from './upcast-event-data';

/**
 * Brings stored events up to the current version of their definition on read; history is never rewritten.
 * Events of types no enabled plugin defines are passed through unchanged.
 */
export class UpcasterRegistry {
  private readonly definitions = new Map<string, EventDefinition>();

  constructor(definitions: Iterable<EventDefinition>) {
    for (const definition of definitions) this.definitions.set(definition.type, definition);
  }

  upcast(event: RecordedEvent): RecordedEvent {
    const definition = this.definitions.get(event.type);
    if (!definition || event.schemaVersion >= definition.version) return event;
    return {
      ...event,
      data: upcastEventData(definition, event.schemaVersion, event.data),
      schemaVersion: definition.version,
    };
  }

  currentVersion(type: string): number {
    return this.definitions.get(type)?.version ?? 1;
  }

  /** A short digest of every event type and its current version: changes when an upcaster or a plugin does. */
  fingerprint(): string {
    this.digest ??= createHash('sha256')
      .update(
        [...this.definitions.values()]
          .map((d) => `${d.type}@${d.version}`)
          .sort()
          .join('\n'),
      )
      .digest('base64url')
      .slice(0, 12);
    return this.digest;
  }

  private digest: string | undefined;
}
