import { upcastEventData, type EventDefinition, type RecordedEvent } from '@hms/sdk';

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
}
