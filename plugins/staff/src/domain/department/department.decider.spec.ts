import { deciderSpec } from '@hms/sdk/testing';
import { DEPARTMENT, meta, recorded } from '../../../test/builders';
import { departmentDecider, type DepartmentCommand, type DepartmentEvent } from './department.decider';

const defined: DepartmentEvent = {
  type: 'staff.DepartmentDefined',
  data: { ...recorded(), departmentId: DEPARTMENT, name: 'Ward 3A' },
};
const retired: DepartmentEvent = { type: 'staff.DepartmentRetired', data: { ...recorded(), departmentId: DEPARTMENT } };
const rename = (name: string): DepartmentCommand => ({
  type: 'staff.RenameDepartment',
  meta: meta(),
  data: { departmentId: DEPARTMENT, name },
});
const retire = (currentEmployees: number): DepartmentCommand => ({
  type: 'staff.RetireDepartment',
  meta: meta(),
  data: { departmentId: DEPARTMENT, currentEmployees },
});

describe('department decider', () => {
  it('defines a department once', () => {
    const define: DepartmentCommand = {
      type: 'staff.DefineDepartment',
      meta: meta(),
      data: { departmentId: DEPARTMENT, name: 'Ward 3A' },
    };
    deciderSpec(departmentDecider).given([]).when(define).then([defined]);
    deciderSpec(departmentDecider).given([defined]).when(define).thenRejects('DEPARTMENT_EXISTS');
  });

  it('renames an active department, and does nothing for the same name', () => {
    deciderSpec(departmentDecider)
      .given([defined])
      .when(rename('Ward 3A – Cardiology'))
      .then([
        {
          type: 'staff.DepartmentRenamed',
          data: { ...recorded(), departmentId: DEPARTMENT, name: 'Ward 3A – Cardiology' },
        },
      ]);
    deciderSpec(departmentDecider).given([defined]).when(rename('Ward 3A')).then([]);
    deciderSpec(departmentDecider).given([]).when(rename('Ward 3A')).thenRejects('DEPARTMENT_NOT_FOUND');
  });

  it('retires a department only when nobody is left in it, and for good', () => {
    deciderSpec(departmentDecider).given([defined]).when(retire(2)).thenRejects('DEPARTMENT_IN_USE');
    deciderSpec(departmentDecider).given([defined]).when(retire(0)).then([retired]);
    deciderSpec(departmentDecider).given([defined, retired]).when(retire(0)).thenRejects('DEPARTMENT_RETIRED');
    deciderSpec(departmentDecider).given([defined, retired]).when(rename('Ward 3B')).thenRejects('DEPARTMENT_RETIRED');
  });
});
