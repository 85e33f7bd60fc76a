import type { EventDefinition } from '@hms/sdk';

/** Brings stored event data of `fromVersion` up to the definition's current version, one upcaster after another. */
export function upcastEventData(definition: EventDefinition, fromVersion: number, data: unknown): unknown {
  let value = data;
  for (const upcaster of definition.upcasters) {
    if (upcaster.fromVersion >= fromVersion) value = upcaster.upcast(value);
  }
  return value;
}
