import { defineJob, z } from '@hms/sdk';
import { PlaceLabOrder } from './contracts';

// #region job
/** The ward's standing orders (a blood count each morning): one command per patient, as the system. */
export const placeStandingOrdersJob = defineJob({
  name: 'lab.place-standing-orders',
  payload: z.strictObject({ patientIds: z.array(z.uuid()), test: z.enum(['cbc', 'bmp', 'lipid-panel']) }),
  retry: { attempts: 5, backoffMs: 1000 },
  async handle({ patientIds, test }, ctx) {
    for (const [index, patientId] of patientIds.entries()) {
      // The key names the command within this run: a retried run places no order twice.
      await ctx.execute(PlaceLabOrder, { patientId, test }, `standing-${patientId}`);
      await ctx.progress(((index + 1) / patientIds.length) * 100);
    }
  },
});
// #endregion job
