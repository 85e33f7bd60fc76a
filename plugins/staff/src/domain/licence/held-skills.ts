import type { HeldSkill } from '../roster/roster.model';
import type { LicenceState } from './licence.decider';

/**
 * The skills a person brings to the roster: those their licences cover, each valid until the latest expiry among
 * the licences covering it, and those that need no licence (a healthcare assistant's "hca"), valid always.
 * An expired licence covers nothing; a licence past its date but not yet marked expired still stops at its date.
 */
export function heldSkills(licences: readonly LicenceState[], unlicensed: readonly string[]): HeldSkill[] {
  const until = new Map<string, string | null>();
  for (const licence of licences) {
    if (licence.status !== 'valid') continue;
    for (const skill of licence.skills) {
      const known = until.get(skill);
      if (known === undefined || (known !== null && known < licence.expiresOn)) until.set(skill, licence.expiresOn);
    }
  }
  for (const skill of unlicensed) until.set(skill, null);
  return [...until.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([skill, validUntil]) => ({ skill, validUntil }));
}
