import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DEPARTMENT, WARD } from '../test/builders';
import { hire, rejection } from '../test/hire';
import {
  DefineDepartment,
  ListDepartments,
  RenameDepartment,
  RetireDepartment,
} from './contracts/department.contracts';
import { TerminateEmployment, UpdateEmployeeDetails } from './contracts/employee.commands';
import { staffPlugin } from './plugin';

const NOW = '2027-03-01T09:00:00.000Z';
const UNKNOWN = '0e000000-0000-4000-8000-000000000099';

describe('departments as a list, on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('keeps department ids from before the list valid, and lists them for HR to name', async () => {
    // Before any department is defined, ids are free, as they always were.
    await hire(kernel, { departmentId: DEPARTMENT });
    expect((await kernel.ask(ListDepartments, {})).items).toEqual([
      { id: DEPARTMENT, name: null, status: 'unnamed', employees: 1 },
    ]);

    const { id: cardiology } = await kernel.execute(DefineDepartment, { name: 'Cardiology' });
    // Now a hire names a department on the list, or one a current employee already carries.
    expect(await rejection(hire(kernel, { departmentId: UNKNOWN }))).toMatchObject({
      status: 404,
      code: 'DEPARTMENT_NOT_FOUND',
    });
    await hire(kernel, { departmentId: DEPARTMENT });
    await hire(kernel, { departmentId: cardiology });

    // HR names the old id: the employees keep it, the list shows the name.
    await kernel.execute(DefineDepartment, { departmentId: DEPARTMENT, name: 'Ward 3A' });
    expect(await rejection(kernel.execute(DefineDepartment, { departmentId: WARD, name: 'ward 3a' }))).toMatchObject({
      status: 409,
      code: 'DEPARTMENT_NAME_TAKEN',
    });
    await kernel.execute(RenameDepartment, { departmentId: DEPARTMENT, name: 'Ward 3A – Cardiac care' });
    expect((await kernel.ask(ListDepartments, {})).items).toEqual([
      { id: cardiology, name: 'Cardiology', status: 'active', employees: 1 },
      { id: DEPARTMENT, name: 'Ward 3A – Cardiac care', status: 'active', employees: 2 },
    ]);

    // Retiring waits until nobody is left in it; then nobody is hired into it or moved to it.
    expect(await rejection(kernel.execute(RetireDepartment, { departmentId: cardiology }))).toMatchObject({
      status: 422,
      code: 'DEPARTMENT_IN_USE',
    });
  });

  it('retires an empty department for good, refusing moves and hires into it', async () => {
    const { id: physio } = await kernel.execute(DefineDepartment, { name: 'Physiotherapy' });
    const therapist = await hire(kernel, { departmentId: physio });
    await kernel.execute(TerminateEmployment, { employeeId: therapist, lastDay: '2027-03-01', reason: 'Moved abroad' });
    await kernel.execute(RetireDepartment, { departmentId: physio });
    expect(await rejection(hire(kernel, { departmentId: physio }))).toMatchObject({
      status: 422,
      code: 'DEPARTMENT_RETIRED',
    });
    const nurse = await hire(kernel, { departmentId: DEPARTMENT });
    expect(
      await rejection(kernel.execute(UpdateEmployeeDetails, { employeeId: nurse, departmentId: physio })),
    ).toMatchObject({ status: 422, code: 'DEPARTMENT_RETIRED' });
    expect(await rejection(kernel.execute(RenameDepartment, { departmentId: physio, name: 'Physio' }))).toMatchObject({
      status: 422,
      code: 'DEPARTMENT_RETIRED',
    });
    expect((await kernel.ask(ListDepartments, {})).items.at(-1)).toEqual({
      id: physio,
      name: 'Physiotherapy',
      status: 'retired',
      employees: 0,
    });
  });
});
