import { defineReaction, reactWith } from '@hms/sdk';
import { BedVacated } from '@hms/plugin-adt/contracts';
import { CaptureBedNights } from '../contracts/capture';

/**
 * With admissions (adt) enabled, bed-days are charged when the patient leaves a bed (a transfer or a discharge):
 * one charge per midnight spent in it on the hospital's clock (see `bedNights` and `CaptureBedNights`), as the
 * service the ward is mapped to (`ward:<wardId>`, else `ward:*`), on the stay as the encounter. When the bed was
 * taken comes from billing's own record of `BedOccupied` (the vacating event does not repeat it).
 */
export const chargeBedDays = defineReaction({
  name: 'billing.charge-bed-days',
  handles: [BedVacated],
  async react(event, ctx) {
    const { bedId, stayId, wardId, patientId, vacatedAt } = event.data;
    const rows = await ctx.sql.query<{ occupied_at: Date }>(
      `SELECT occupied_at FROM billing.bed_occupancy
        WHERE bed_id = $1 AND stay_id = $2 AND occupied_at <= $3 ORDER BY occupied_at DESC LIMIT 1`,
      [bedId, stayId, vacatedAt],
    );
    const occupiedAt = rows[0]?.occupied_at;
    if (!occupiedAt) return [];
    // The nights are counted by the command, on the hospital's clock (the plugin's time zone option).
    return [
      reactWith(CaptureBedNights, {
        patientId,
        stayId,
        bedId,
        wardId,
        occupiedAt: occupiedAt.toISOString(),
        vacatedAt: new Date(vacatedAt).toISOString(),
      }),
    ];
  },
});
