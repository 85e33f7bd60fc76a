import { handleCommand } from '@hms/sdk';
import { ReceiveSpecimen } from '../contracts/commands';
import { LAB_SPECIMEN_HANDLE } from '../contracts/permissions';
import { decideOnOrder } from './order-step';

export const receiveSpecimenHandler = handleCommand(ReceiveSpecimen, {
  permission: LAB_SPECIMEN_HANDLE,
  auditPatient: (_, order) => order?.patientId,
  handle: (data, ctx) => decideOnOrder(ctx, { type: 'lab.ReceiveSpecimen', data, meta: ctx.meta }),
});
