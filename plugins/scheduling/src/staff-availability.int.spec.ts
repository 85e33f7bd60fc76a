import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { staffPlugin } from '@hms/plugin-staff';
import {
  ApproveLeave,
  CancelLeave,
  DefineWardShifts,
  HireEmployee,
  PublishRoster,
  RecordLicence,
  RequestLeave,
} from '@hms/plugin-staff/contracts';
import { DefineSchedule } from './contracts/commands';
import { APPOINTMENT_BOOK, APPOINTMENT_READ, SCHEDULE_MANAGE, SCHEDULE_READ } from './contracts/permissions';
import { FindFreeSlots, GetSchedule, ListSchedules } from './contracts/queries';
import { ListAppointmentsToRebook } from './contracts/rebooking';
import { schedulingPlugin } from './plugin';
import { CONSULTATION, FOLLOW_UP, WEEKDAY_MORNINGS } from '../test/builders';
import { rejection, schedulingHelpers } from '../test/kernel';

/** Monday 2026-03-02, 08:00 in Lisbon (UTC+0 in March). */
const NOW = '2026-03-02T08:00:00.000Z';
const DEPARTMENT = '0d000000-0000-4000-8000-000000000001';
/** A front desk that was never given the staff directory (an installation that enabled staff later). */
const DESK_WITHOUT_DIRECTORY = {
  permissions: [SCHEDULE_MANAGE.name, SCHEDULE_READ.name, APPOINTMENT_BOOK.name, APPOINTMENT_READ.name],
};

describe('scheduling with staff: practitioners named and available only when they may work', () => {
  let kernel: TestKernel;
  const helpers = schedulingHelpers(() => kernel);
  let hired = 0;

  const hire = async (employeeId?: string): Promise<string> => {
    const n = ++hired;
    const { id } = await kernel.execute(HireEmployee, {
      ...(employeeId ? { employeeId } : {}),
      givenName: 'Doctor',
      familyName: `Test ${n}`,
      workEmail: `doctor${n}@hospital.test`,
      departmentId: DEPARTMENT,
      position: 'Consultant physician',
      staffNumber: `D${n}`,
      firstTerm: {
        from: '2025-01-01',
        to: null,
        type: 'permanent',
        fte: 1,
        fullTimeWeeklyHours: 40,
        payGrade: 'C1',
        annualSalary: { amount: 9_000_000, currency: 'EUR' },
      },
    });
    return id;
  };
  const slotDays = async (practitionerId: string, from: string, to: string): Promise<string[]> => {
    const { items } = await kernel.ask(FindFreeSlots, {
      practitionerIds: [practitionerId],
      type: 'consultation',
      from,
      to,
      limit: 500,
    });
    return [...new Set(items.map((s) => s.startsAt.slice(0, 10)))];
  };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, staffPlugin, schedulingPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('refuses a schedule for a practitioner id staff does not know, and writes nothing', async () => {
    const unknown = '0e000000-0000-4000-8000-00000000abcd';
    expect(await rejection(helpers.defineSchedule(unknown))).toMatchObject({
      status: 404,
      code: 'PRACTITIONER_NOT_FOUND',
    });
    expect(await rejection(kernel.ask(GetSchedule, { practitionerId: unknown }))).toMatchObject({
      code: 'SCHEDULE_NOT_FOUND',
    });
  });

  it("names calendars by staff's directory, and by id only for a user who may not see it", async () => {
    const doctor = await hire();
    await helpers.defineSchedule(doctor);
    await kernel.settle();
    const named = (await kernel.ask(ListSchedules, {})).items.find((s) => s.practitionerId === doctor);
    expect(named?.practitioner).toEqual({
      name: `Doctor Test ${hired}`,
      position: 'Consultant physician',
      licence: 'none',
    });
    const unnamed = (await kernel.ask(ListSchedules, {}, DESK_WITHOUT_DIRECTORY)).items.find(
      (s) => s.practitionerId === doctor,
    );
    expect(unnamed).toBeDefined();
    expect(unnamed?.practitioner).toBeUndefined();
  });

  it('takes approved leave off the free slots, lists the bookings it hits, and gives both back when cancelled', async () => {
    const doctor = await hire();
    await helpers.defineSchedule(doctor);
    const patientId = await helpers.registerPatient('Rebook');
    const booked = await helpers.book(patientId, doctor, '2026-03-10T09:00:00.000Z');
    expect(await slotDays(doctor, '2026-03-09', '2026-03-11')).toEqual(['2026-03-09', '2026-03-10', '2026-03-11']);

    // Pending leave blocks nothing yet.
    const { id: requestId } = await kernel.execute(RequestLeave, {
      employeeId: doctor,
      type: 'annual',
      from: '2026-03-09',
      to: '2026-03-10',
      days: 2,
    });
    expect(await slotDays(doctor, '2026-03-09', '2026-03-11')).toHaveLength(3);

    await kernel.execute(ApproveLeave, { employeeId: doctor, requestId });
    expect(await slotDays(doctor, '2026-03-09', '2026-03-11')).toEqual(['2026-03-11']);
    const toRebook = await kernel.ask(ListAppointmentsToRebook, { practitionerId: doctor, days: 90 });
    expect(toRebook.items).toEqual([
      expect.objectContaining({ id: booked.id, status: 'booked', away: { date: '2026-03-10', reason: 'leave' } }),
    ]);
    expect(await rejection(helpers.book(patientId, doctor, '2026-03-09T10:00:00.000Z'))).toMatchObject({
      status: 422,
      code: 'PRACTITIONER_AWAY',
      details: { practitionerId: doctor, date: '2026-03-09', reason: 'leave' },
    });

    await kernel.execute(CancelLeave, { employeeId: doctor, requestId });
    expect(await slotDays(doctor, '2026-03-09', '2026-03-11')).toHaveLength(3);
    expect((await kernel.ask(ListAppointmentsToRebook, { practitionerId: doctor, days: 90 })).items).toEqual([]);
  });

  it('stops booking a practitioner from the day after their licence expires', async () => {
    const doctor = await hire();
    await helpers.defineSchedule(doctor);
    await kernel.execute(RecordLicence, {
      employeeId: doctor,
      body: 'GMC',
      number: 'G-1',
      skills: ['physician'],
      validFrom: '2020-01-01',
      expiresOn: '2026-03-12',
    });
    expect(await slotDays(doctor, '2026-03-12', '2026-03-13')).toEqual(['2026-03-12']);
    const patientId = await helpers.registerPatient('Licence');
    expect(await rejection(helpers.book(patientId, doctor, '2026-03-13T09:00:00.000Z'))).toMatchObject({
      status: 422,
      code: 'PRACTITIONER_AWAY',
      details: { reason: 'licence-expired' },
    });
    await expect(helpers.book(patientId, doctor, '2026-03-12T09:00:00.000Z')).resolves.toMatchObject({
      status: 'booked',
    });
  });

  it('offers only rostered hours on the days of a published roster the practitioner is on', async () => {
    const doctor = await hire();
    await helpers.defineSchedule(doctor); // weekday mornings 09:00-12:00
    const patientId = await helpers.registerPatient('Roster');
    const bookedBefore = await helpers.book(patientId, doctor, '2026-03-11T09:00:00.000Z');
    await kernel.execute(DefineWardShifts, {
      wardId: DEPARTMENT,
      timeZone: 'Europe/Lisbon',
      shiftTypes: [
        { code: 'C', start: '10:00', end: '18:00', unpaidBreakMinutes: 0, requirements: [{ skill: 'gp', min: 1 }] },
      ],
    });
    // By hand: Monday and Tuesday only; the other days are published short, as the ward manager acknowledges.
    const assignments = ['2026-03-09', '2026-03-10'].map((date) => ({
      wardId: DEPARTMENT,
      shiftCode: 'C',
      date,
      employeeId: doctor,
      skill: 'gp',
    }));
    await kernel.execute(RecordLicence, {
      employeeId: doctor,
      body: 'GMC',
      number: 'R-1',
      skills: ['gp'],
      validFrom: '2020-01-01',
      expiresOn: '2030-01-01',
    });
    await kernel.execute(PublishRoster, {
      wardId: DEPARTMENT,
      period: { from: '2026-03-09', to: '2026-03-13' },
      assignments,
      acknowledgeShortfalls: true,
    });

    const monday = await kernel.ask(FindFreeSlots, {
      practitionerIds: [doctor],
      type: 'consultation',
      from: '2026-03-09',
      to: '2026-03-09',
    });
    expect(monday.items[0]?.startsAt).toBe('2026-03-09T10:00:00.000Z');
    expect(monday.items.at(-1)?.endsAt).toBe('2026-03-09T12:00:00.000Z');
    // Wednesday is a day off in the roster; the Monday after the period is the schedule's alone.
    expect(await slotDays(doctor, '2026-03-11', '2026-03-16')).toEqual(['2026-03-16']);
    expect(await rejection(helpers.book(patientId, doctor, '2026-03-09T09:00:00.000Z'))).toMatchObject({
      status: 422,
      code: 'PRACTITIONER_AWAY',
      details: { reason: 'not-rostered' },
    });
    const toRebook = await kernel.ask(ListAppointmentsToRebook, { practitionerId: doctor, days: 30 });
    expect(toRebook.items.map((a) => [a.id, a.away.reason])).toEqual([[bookedBefore.id, 'not-rostered']]);
  });

  it('refuses to offer slots to a desk that may not see staff, rather than offer a day the practitioner is away', async () => {
    const doctor = await hire();
    await helpers.defineSchedule(doctor);
    const refused = await rejection(
      kernel.ask(
        FindFreeSlots,
        { practitionerIds: [doctor], type: 'consultation', from: '2026-03-09', to: '2026-03-09' },
        DESK_WITHOUT_DIRECTORY,
      ),
    );
    expect(refused).toMatchObject({ status: 403 });
  });

  it('brings an existing calendar into staff: HR hires the practitioner under the id the schedule already has', async () => {
    // The schedule was defined before staff was enabled: here, through the schedule's own stream id, which is what
    // a 1.x or staff-less installation has. Staff refuses that id for new schedules until HR hires under it.
    const existing = '0e000000-0000-4000-8000-00000000e1e1';
    expect(await rejection(helpers.defineSchedule(existing))).toMatchObject({ code: 'PRACTITIONER_NOT_FOUND' });
    expect(await hire(existing)).toBe(existing);
    await kernel.execute(DefineSchedule, {
      practitionerId: existing,
      timeZone: 'Europe/Lisbon',
      weeklyAvailability: WEEKDAY_MORNINGS,
      appointmentTypes: [CONSULTATION, FOLLOW_UP],
    });
    await kernel.settle();
    const listed = (await kernel.ask(ListSchedules, {})).items.find((s) => s.practitionerId === existing);
    expect(listed?.practitioner?.name).toBe(`Doctor Test ${hired}`);
  });
});
