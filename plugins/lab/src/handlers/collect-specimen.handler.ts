import { handleCommand } from '@hms/sdk';
import { CollectSpecimen } from '../contracts/commands';
import { LAB_SPECIMEN_HANDLE } from '../contracts/permissions';
import { decideOnOrder } from './order-step';

export const collectSpecimenHandler = handleCommand(CollectSpecimen, {
  permission: LAB_SPECIMEN_HANDLE,
  auditPatient: (_, order) => order?.patientId,
  handle: (data, ctx) => decideOnOrder(ctx, { type: 'lab.CollectSpecimen', data, meta: ctx.meta }),
});
