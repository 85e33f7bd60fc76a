import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';

/** The actor of jobs, seeding and the CLI: holds every permission, and is named as such in the audit log. */
export function systemActor(): AuthenticatedActor {
  return new AuthenticatedActor('system', 'system', 'System', new Set([WILDCARD_PERMISSION]));
}
