import { defineJob, z, type JobContext } from '@hms/sdk';
import { PlaceLabOrder } from './contracts';
import type { LabOptions } from './options';

// #region job
/** The ward's standing orders (a blood count each morning): one command per patient, as the system. */
export const placeStandingOrdersJob = defineJob({
  name: 'lab.place-standing-orders',
  payload: z.strictObject({ patientIds: z.array(z.uuid()) }),
  retry: { attempts: 5, backoffMs: 1000 },
  async handle({ patientIds }, ctx: JobContext<LabOptions>) {
    const test = ctx.options.standingTest ?? 'cbc'; // the hospital's option, typed: no cast
    for (const [index, patientId] of patientIds.entries()) {
      // The key names the command within this run: a retried run places no order twice.
      await ctx.execute(PlaceLabOrder, { patientId, test }, `standing-${patientId}`);
      await ctx.progress(((index + 1) / patientIds.length) * 100);
    }
  },
});
// #endregion job
