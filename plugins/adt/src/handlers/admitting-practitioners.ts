import { ForbiddenError, type QueryContext, type Sql } from '@hms/sdk';
import { ResolvePractitioners } from '@hms/plugin-staff/contracts';
import type { WardBoard } from '../contracts/queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Puts on each occupied bed who admitted the patient: the id the admission recorded, named by the staff
 * plugin's directory where staff is enabled and the user may read it (`staff:directory:read`, asked as the user);
 * otherwise the id alone, as before staff existed, rather than failing the whole board.
 */
export async function withAdmittingPractitioners(ctx: QueryContext, board: WardBoard): Promise<WardBoard> {
  const stays = board.beds.flatMap((b) => (b.occupant ? [b.occupant.stayId] : []));
  const admittedBy = await admittingIds(ctx.sql, stays);
  // Staff's employees have UUIDs: an admission naming someone by another kind of id is not in its directory.
  const ids = [...new Set(admittedBy.values())].filter((id) => UUID.test(id));
  const names = new Map<string, { name: string; position: string }>();
  if (ids.length > 0 && ctx.isEnabled('staff')) {
    const { items } = await ctx.ask(ResolvePractitioners, { ids }).catch((error: unknown) => {
      if (error instanceof ForbiddenError) return { items: [] };
      throw error;
    });
    for (const p of items) names.set(p.id, { name: p.name, position: p.position });
  }
  return {
    ...board,
    beds: board.beds.map((bed) => {
      const id = bed.occupant ? admittedBy.get(bed.occupant.stayId) : undefined;
      if (!bed.occupant || id === undefined) return bed;
      const known = names.get(id);
      return {
        ...bed,
        occupant: {
          ...bed.occupant,
          admittingPractitioner: { id, name: known?.name ?? null, position: known?.position ?? null },
        },
      };
    }),
  };
}

async function admittingIds(sql: Sql, stayIds: readonly string[]): Promise<Map<string, string>> {
  if (stayIds.length === 0) return new Map();
  const rows = await sql.query<{ stay_id: string; admitting_practitioner_id: string }>(
    `SELECT stay_id::text AS stay_id, admitting_practitioner_id FROM adt.admissions
      WHERE stay_id = ANY($1::uuid[]) AND admitting_practitioner_id IS NOT NULL`,
    [stayIds],
  );
  return new Map(rows.map((r) => [r.stay_id, r.admitting_practitioner_id]));
}
