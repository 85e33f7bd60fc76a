import { ForbiddenError, NotFoundError, type QueryContext } from '@hms/sdk';
import { ResolvePractitioners, type Practitioner } from '@hms/plugin-staff/contracts';
import { PRACTITIONER_NOT_FOUND } from '../errors';

/**
 * Where the staff plugin is enabled it is the directory of practitioners: a schedule names only someone staff
 * knows, so a mistyped id cannot open a calendar nobody works. Asked as the acting user (staff:directory:read,
 * which the front desk's suggested role holds). Without staff, scheduling trusts the ids it is given.
 */
export async function requireKnownPractitioner(ctx: QueryContext, practitionerId: string): Promise<void> {
  if (!ctx.isEnabled('staff')) return;
  const { items } = await ctx.ask(ResolvePractitioners, { ids: [practitionerId] });
  if (items.length === 0) {
    throw new NotFoundError(
      PRACTITIONER_NOT_FOUND,
      { practitionerId },
      { message: 'Staff has no employee with this id: HR registers the practitioner first.' },
    );
  }
}

/**
 * Names and roles for calendars, by practitioner id; empty without staff or without the permission to see the
 * directory (the calendar then shows ids, as before staff existed, rather than failing the whole list).
 */
export async function practitionersByIds(
  ctx: QueryContext,
  ids: readonly string[],
): Promise<ReadonlyMap<string, Practitioner>> {
  const unique = [...new Set(ids)];
  if (!ctx.isEnabled('staff') || unique.length === 0) return new Map();
  const found = new Map<string, Practitioner>();
  for (let i = 0; i < unique.length; i += 200) {
    const page = await ctx.ask(ResolvePractitioners, { ids: unique.slice(i, i + 200) }).catch((error: unknown) => {
      if (error instanceof ForbiddenError) return { items: [] };
      throw error;
    });
    for (const p of page.items) found.set(p.id, p);
  }
  return found;
}
