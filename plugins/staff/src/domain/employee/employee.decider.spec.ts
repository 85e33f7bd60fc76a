import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, DEPARTMENT, EMPLOYEE, meta, recorded, term, TERM_1, TERM_2 } from '../../../test/builders';
import { termOn } from './contract-terms';
import { employeeDecider, type EmployeeCommand, type EmployeeEvent } from './employee.decider';

const details = {
  givenName: 'Demo',
  familyName: 'Nurse',
  workEmail: 'demo.nurse@hospital.example',
  departmentId: DEPARTMENT,
  position: 'Staff nurse',
};
const { termId: _termId, ...firstTerm } = term();
const hire: EmployeeCommand = {
  type: 'staff.HireEmployee',
  meta: meta(),
  data: { ...details, employeeId: EMPLOYEE, termId: TERM_1, staffNumber: 'S-0001', accountId: 'acc-1', firstTerm },
};
const hired: EmployeeEvent = {
  type: 'staff.EmployeeHired',
  data: { ...recorded(), ...details, employeeId: EMPLOYEE, staffNumber: 'S-0001', accountId: 'acc-1', term: term() },
};
const payRise = term({
  termId: TERM_2,
  from: '2027-04-01',
  payGrade: 'N6',
  annualSalary: { amount: 4_200_000, currency: 'EUR' },
});
const addTerm = (from: string): EmployeeCommand => {
  const { termId: _id, ...rest } = payRise;
  return {
    type: 'staff.AddContractTerm',
    meta: meta(),
    data: { employeeId: EMPLOYEE, termId: TERM_2, term: { ...rest, from } },
  };
};
const terminate = (lastDay: string): EmployeeCommand => ({
  type: 'staff.TerminateEmployment',
  meta: meta(),
  data: { employeeId: EMPLOYEE, lastDay, reason: 'Resigned' },
});

describe('employee decider', () => {
  it('hires an employee with the first term of their contract, linked to a login account', () =>
    deciderSpec(employeeDecider).given([]).when(hire).then([hired]));

  it('refuses to hire the same employee twice', () =>
    deciderSpec(employeeDecider).given([hired]).when(hire).thenRejects('EMPLOYEE_ALREADY_HIRED'));

  it('adds a pay rise as a new term from its date; the old term stays for the months before', () => {
    deciderSpec(employeeDecider)
      .given([hired])
      .when(addTerm('2027-04-01'))
      .then([{ type: 'staff.ContractTermAdded', data: { ...recorded(), employeeId: EMPLOYEE, term: payRise } }]);
    deciderSpec(employeeDecider)
      .given([hired])
      .when(addTerm('2027-04-01'))
      .thenState({
        status: 'employed',
        employeeId: EMPLOYEE,
        departmentId: DEPARTMENT,
        position: 'Staff nurse',
        accountId: 'acc-1',
        terms: [term(), payRise],
      });
    expect(termOn([term(), payRise], '2027-03-31')?.payGrade).toBe('N5');
    expect(termOn([term(), payRise], '2027-04-01')?.payGrade).toBe('N6');
  });

  it('refuses a term that does not start after the current one (pay already run is not rewritten)', () =>
    deciderSpec(employeeDecider).given([hired]).when(addTerm('2027-01-01')).thenRejects('CONTRACT_TERM_OUT_OF_ORDER'));

  it('updates the changed details only', () =>
    deciderSpec(employeeDecider)
      .given([hired])
      .when({
        type: 'staff.UpdateEmployeeDetails',
        meta: meta(),
        data: { employeeId: EMPLOYEE, position: 'Senior staff nurse' },
      })
      .then([
        {
          type: 'staff.EmployeeDetailsUpdated',
          data: { at: meta().now, by: ACTOR, employeeId: EMPLOYEE, position: 'Senior staff nurse' },
        },
      ]));

  it('terminates on a last day not before the start; afterwards the record takes no more changes', () => {
    const terminated: EmployeeEvent = {
      type: 'staff.EmploymentTerminated',
      data: { ...recorded(), employeeId: EMPLOYEE, lastDay: '2027-06-30', reason: 'Resigned' },
    };
    deciderSpec(employeeDecider).given([hired]).when(terminate('2027-06-30')).then([terminated]);
    deciderSpec(employeeDecider).given([hired]).when(terminate('2026-12-31')).thenRejects('LAST_DAY_BEFORE_START');
    deciderSpec(employeeDecider).given([hired, terminated]).when(addTerm('2027-04-01')).thenRejects('EMPLOYMENT_ENDED');
    deciderSpec(employeeDecider).given([]).when(terminate('2027-06-30')).thenRejects('EMPLOYEE_NOT_FOUND');
    expect(termOn([term()], '2027-07-01', '2027-06-30')).toBeUndefined();
  });
});
