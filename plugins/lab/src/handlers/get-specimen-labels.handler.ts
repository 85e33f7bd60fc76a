import { handleQuery, InvariantViolation } from '@hms/sdk';
import { renderLabels } from '@hms/sdk/pdf';
import { GetPatient } from '@hms/plugin-patient/contracts';
import { LAB_SPECIMEN_HANDLE } from '../contracts/permissions';
import { GetSpecimenLabels } from '../contracts/queries';
import { WRONG_ORDER_STATUS } from '../errors';
import { code128Bars } from '../labels/code128';
import { specimenLabels } from '../labels/specimen-labels';
import { loadOrderView } from './order-view';

/**
 * Whoever takes the specimen prints its labels. The patient's name, MRN and birth date are asked from the patient
 * plugin as that person (audited there too): a reprint in the laboratory needs the patient directory's read
 * permission, as any look-up of a name does.
 */
export const getSpecimenLabelsHandler = handleQuery(GetSpecimenLabels, {
  permission: LAB_SPECIMEN_HANDLE,
  auditPatient: (_, answer) => answer?.patientId,
  async handle({ orderId }, ctx) {
    const order = await loadOrderView(ctx, orderId);
    if (order.labels.length === 0) {
      throw new InvariantViolation(
        WRONG_ORDER_STATUS,
        { orderId, status: order.status },
        { message: 'Labels are printed when the specimen is collected: record the collection first.' },
      );
    }
    const patient = await ctx.ask(GetPatient, { id: order.patientId });
    const pdf = renderLabels({
      title: `Specimen labels ${order.accession}`,
      createdAt: new Date(ctx.now),
      labels: specimenLabels(order, patient, code128Bars),
    });
    return { pdf, accession: order.accession, patientId: order.patientId };
  },
});
