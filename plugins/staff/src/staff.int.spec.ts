import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire, rejection } from '../test/hire';
import {
  HireEmployee,
  RecordLicence,
  RenewLicence,
  TerminateEmployment,
  UpdateEmployeeDetails,
} from './contracts/employee.commands';
import { ApproveLeave, CancelLeave, RefuseLeave, RequestLeave } from './contracts/leave.commands';
import { EMPLOYEE_READ, LEAVE_REQUEST } from './contracts/permissions';
import {
  GetEmployee,
  GetLeaveOverview,
  GetMyEmployeeRecord,
  GetPractitionerAvailability,
  ListEmployees,
  ListLeaveRequests,
  ResolvePractitioners,
} from './contracts/queries';
import { staffPlugin } from './plugin';

/** 2027-03-01: two months of service since 2027-01-01, so 4.5 days of annual leave earned. */
const NOW = '2027-03-01T09:00:00.000Z';
const UNKNOWN = '00000000-0000-4000-8000-0000000000ff';
const SELF = { permissions: [LEAVE_REQUEST.name] };

describe('staff on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('keeps an employee record: hire, details, licences, and the directory with licence status', async () => {
    const id = await hire(kernel, { givenName: 'Ana', familyName: 'Directory' });
    await kernel.execute(UpdateEmployeeDetails, { employeeId: id, position: 'Senior staff nurse', phone: '+351 000' });
    const { id: licenceId } = await kernel.execute(RecordLicence, {
      employeeId: id,
      body: 'NMC',
      number: 'X-1',
      skills: ['rn'],
      validFrom: '2026-01-01',
      expiresOn: '2027-02-28',
    });
    const record = await kernel.ask(GetEmployee, { employeeId: id });
    expect(record).toMatchObject({ position: 'Senior staff nurse', phone: '+351 000', licence: 'expired' });
    expect(record.licences).toEqual([expect.objectContaining({ id: licenceId, status: 'expired' })]);

    await kernel.execute(RenewLicence, { licenceId, expiresOn: '2030-02-28' });
    const found = await kernel.ask(ListEmployees, { q: 'directory', limit: 10 }, { permissions: [EMPLOYEE_READ.name] });
    expect(found.items).toEqual([expect.objectContaining({ id, givenName: 'Ana', licence: 'valid' })]);
  });

  it('refuses a second employee with the same staff number, whatever its case, and changes nothing', async () => {
    await hire(kernel, { staffNumber: 'DUP-1' });
    const refused = await rejection(hire(kernel, { staffNumber: 'dup-1', familyName: 'Second' }));
    expect(refused).toMatchObject({ status: 409, code: 'STAFF_NUMBER_TAKEN' });
    expect((await kernel.ask(ListEmployees, { q: 'Second', limit: 10 })).items).toEqual([]);
  });

  it('refuses bad input with a 400 before anything is written', async () => {
    const refused = await rejection(
      kernel.execute(HireEmployee, {
        givenName: '',
        familyName: 'X',
        workEmail: 'not an email',
        departmentId: 'nope',
        position: 'x',
        staffNumber: 'B-1',
        firstTerm: {
          from: '2027-01-01',
          to: null,
          type: 'permanent',
          fte: 3,
          fullTimeWeeklyHours: 37.5,
          payGrade: 'N',
          annualSalary: { amount: 1.5, currency: 'EUR' },
        },
      }),
    );
    expect(refused).toMatchObject({ status: 400 });
    expect((await kernel.ask(ListEmployees, { q: 'B-1', limit: 10 })).items).toEqual([]);
  });

  it('hires under an existing practitioner id (the migration path) and refuses that id twice', async () => {
    const existing = '3b1e9f2a-0c4d-4e5f-8a6b-7c8d9e0f1a2b';
    expect(await hire(kernel, { employeeId: existing })).toBe(existing);
    expect(await rejection(hire(kernel, { employeeId: existing }))).toMatchObject({
      status: 409,
      code: 'EMPLOYEE_ALREADY_HIRED',
    });
    const directory = await kernel.ask(ResolvePractitioners, { ids: [existing, UNKNOWN] });
    expect(directory.items.map((p) => p.id)).toEqual([existing]);
  });

  it('lets an employee ask for their own leave within the balance, and refuses someone else’s', async () => {
    const mine = await hire(kernel, { accountId: 'test-actor' });
    const other = await hire(kernel);
    const tooMuch = await rejection(
      kernel.execute(
        RequestLeave,
        { employeeId: mine, type: 'annual', from: '2027-03-08', to: '2027-03-19', days: 10 },
        SELF,
      ),
    );
    // By 2027-03-19 two months are complete: 27 / 12 × 2 = 4.5 days.
    expect(tooMuch).toMatchObject({ status: 422, code: 'INSUFFICIENT_LEAVE_BALANCE', details: { available: 4.5 } });

    const { id: requestId } = await kernel.execute(
      RequestLeave,
      { employeeId: mine, type: 'annual', from: '2027-03-08', to: '2027-03-10', days: 3 },
      SELF,
    );
    expect(
      await rejection(
        kernel.execute(
          RequestLeave,
          { employeeId: other, type: 'sick', from: '2027-03-08', to: '2027-03-08', days: 1 },
          SELF,
        ),
      ),
    ).toMatchObject({ status: 403, code: 'NOT_OWN_RECORD' });

    expect(await kernel.ask(GetMyEmployeeRecord, {}, SELF)).toMatchObject({ id: mine });
    const overview = await kernel.ask(GetLeaveOverview, { employeeId: mine }, SELF);
    expect(overview.balances.find((b) => b.type === 'annual')).toMatchObject({
      accruedDays: 4.5,
      bookedDays: 3,
      availableDays: 24,
    });
    expect(overview.requests).toEqual([expect.objectContaining({ id: requestId, status: 'pending' })]);

    // Self-service cannot approve; the approver sees it pending and approves.
    expect(await rejection(kernel.execute(ApproveLeave, { employeeId: mine, requestId }, SELF))).toMatchObject({
      status: 403,
    });
    const pending = await kernel.ask(ListLeaveRequests, { status: 'pending', limit: 50 });
    expect(pending.items.map((r) => r.id)).toContain(requestId);
    await kernel.execute(ApproveLeave, { employeeId: mine, requestId });

    const availability = await kernel.ask(GetPractitionerAvailability, {
      practitionerIds: [mine, UNKNOWN],
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(availability.items).toEqual([
      {
        practitionerId: mine,
        known: true,
        unavailable: [{ from: '2027-03-08', to: '2027-03-10', reason: 'leave' }],
        rostered: [],
      },
      { practitionerId: UNKNOWN, known: false, unavailable: [], rostered: [] },
    ]);

    // Cancelled before it starts, the days come back and the dates are free again.
    await kernel.execute(CancelLeave, { employeeId: mine, requestId }, SELF);
    const after = await kernel.ask(GetPractitionerAvailability, {
      practitionerIds: [mine],
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(after.items[0]?.unavailable).toEqual([]);
  });

  it('refuses leave with a reason, and a decision on a request no longer pending', async () => {
    const id = await hire(kernel);
    const { id: requestId } = await kernel.execute(RequestLeave, {
      employeeId: id,
      type: 'unpaid',
      from: '2027-04-01',
      to: '2027-04-02',
      days: 2,
    });
    await kernel.execute(RefuseLeave, { employeeId: id, requestId, reason: 'Ward short-staffed that week' });
    expect(await rejection(kernel.execute(ApproveLeave, { employeeId: id, requestId }))).toMatchObject({
      status: 422,
      code: 'LEAVE_NOT_PENDING',
    });
    const [refused] = (await kernel.ask(ListLeaveRequests, { employeeId: id, limit: 10 })).items;
    expect(refused).toMatchObject({ status: 'refused', reason: 'Ward short-staffed that week' });
  });

  it('marks a leaver unavailable after their last day', async () => {
    const id = await hire(kernel);
    await kernel.execute(TerminateEmployment, { employeeId: id, lastDay: '2027-03-15', reason: 'Resigned' });
    const { items } = await kernel.ask(GetPractitionerAvailability, {
      practitionerIds: [id],
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(items[0]?.unavailable).toEqual([{ from: '2027-03-16', to: '2027-03-31', reason: 'not-employed' }]);
  });

  it('answers two concurrent requests for the last days of a balance with one approval-worthy request', async () => {
    const id = await hire(kernel);
    // 4.5 days earned by 2027-03-25 and 6.75 by 2027-03-31: two requests of 4 days race on the employee's leave
    // stream, and whichever is decided second no longer fits.
    const ask = (from: string, to: string) =>
      kernel.execute(RequestLeave, { employeeId: id, type: 'annual', from, to, days: 4 });
    const results = await Promise.allSettled([ask('2027-03-22', '2027-03-25'), ask('2027-03-28', '2027-03-31')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'INSUFFICIENT_LEAVE_BALANCE' },
    });
  });
});
