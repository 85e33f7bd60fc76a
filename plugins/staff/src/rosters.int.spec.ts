import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DEPARTMENT } from '../test/builders';
import { hire, rejection } from '../test/hire';
import { RecordLicence } from './contracts/employee.commands';
import { ApproveLeave, RequestLeave } from './contracts/leave.commands';
import { AcceptShiftSwap, ApproveShiftSwap, PublishRoster, RequestShiftSwap } from './contracts/roster.commands';
import { CheckRoster, ListRosters, ListShiftSwaps, ProposeRoster } from './contracts/roster.queries';
import { SHIFT_SWAP } from './contracts/permissions';
import { GetPractitionerAvailability } from './contracts/queries';
import { DefineWardShifts } from './contracts/ward-shifts.contracts';
import { staffPlugin } from './plugin';

const NOW = '2027-02-15T09:00:00.000Z';
/** Monday 2027-03-01 to Sunday 2027-03-07. */
const WEEK = { from: '2027-03-01', to: '2027-03-07' };

describe('rosters on the real kernel', () => {
  let kernel: TestKernel;
  const nurses: string[] = [];
  let lapsed = '';

  const licensed = async (expiresOn: string): Promise<string> => {
    const id = await hire(kernel, { departmentId: DEPARTMENT });
    await kernel.execute(RecordLicence, {
      employeeId: id,
      body: 'NMC',
      number: `N-${id.slice(0, 8)}`,
      skills: ['rn'],
      validFrom: '2020-01-01',
      expiresOn,
    });
    return id;
  };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
    for (let i = 0; i < 4; i++) nurses.push(await licensed('2030-01-01'));
    lapsed = await licensed('2027-02-28'); // lapses the day before the week starts
    await kernel.execute(DefineWardShifts, {
      wardId: DEPARTMENT,
      timeZone: 'Europe/Lisbon',
      shiftTypes: [
        { code: 'E', start: '07:00', end: '15:00', unpaidBreakMinutes: 30, requirements: [{ skill: 'rn', min: 1 }] },
        { code: 'L', start: '14:30', end: '21:30', unpaidBreakMinutes: 30, requirements: [{ skill: 'rn', min: 1 }] },
      ],
    });
  });
  afterAll(async () => kernel?.close());

  it('proposes a week that keeps every hard rule, leaving out the lapsed licence and approved leave', async () => {
    const [onLeave] = nurses;
    const { id: requestId } = await kernel.execute(RequestLeave, {
      employeeId: onLeave ?? '',
      type: 'unpaid',
      from: '2027-03-01',
      to: '2027-03-07',
      days: 5,
    });
    await kernel.execute(ApproveLeave, { employeeId: onLeave ?? '', requestId });

    const proposal = await kernel.ask(ProposeRoster, { wardId: DEPARTMENT, ...WEEK });
    expect(proposal.uncovered).toEqual([]);
    expect(proposal.assignments).toHaveLength(14);
    const rostered = new Set(proposal.assignments.map((a) => a.employeeId));
    expect(rostered.has(lapsed)).toBe(false);
    expect(rostered.has(onLeave ?? '')).toBe(false);
    const check = await kernel.ask(CheckRoster, { wardId: DEPARTMENT, ...WEEK, assignments: proposal.assignments });
    expect(check.breaches.filter((b) => b.severity === 'hard')).toEqual([]);
  });

  it('checks a hand edit by the same rules and refuses to publish it, then publishes the proposal', async () => {
    const proposal = await kernel.ask(ProposeRoster, { wardId: DEPARTMENT, ...WEEK });
    const edited = proposal.assignments.map((a, i) => (i === 0 ? { ...a, employeeId: lapsed } : a));
    const check = await kernel.ask(CheckRoster, { wardId: DEPARTMENT, ...WEEK, assignments: edited });
    expect(check.breaches).toEqual(
      expect.arrayContaining([expect.objectContaining({ employeeId: lapsed, severity: 'hard' })]),
    );
    expect(
      await rejection(
        kernel.execute(PublishRoster, {
          wardId: DEPARTMENT,
          period: WEEK,
          assignments: edited,
          acknowledgeShortfalls: false,
        }),
      ),
    ).toMatchObject({ status: 422, code: 'ROSTER_BREAKS_RULES' });

    const published = await kernel.execute(PublishRoster, {
      wardId: DEPARTMENT,
      period: WEEK,
      assignments: proposal.assignments,
      acknowledgeShortfalls: false,
    });
    expect(published).toEqual({ wardId: DEPARTMENT, version: 1, shortfalls: 0 });

    const early = proposal.assignments.find((a) => a.shiftCode === 'E');
    const someone = early?.employeeId ?? '';
    const mine = await kernel.ask(ListRosters, { employeeId: someone, ...WEEK });
    expect(mine.items[0]?.assignments.every((a) => a.employeeId === someone)).toBe(true);
    const availability = await kernel.ask(GetPractitionerAvailability, { practitionerIds: [someone], ...WEEK });
    const periods = availability.items[0]?.rostered ?? [];
    expect(periods.map((p) => [p.from, p.to])).toEqual([[WEEK.from, WEEK.to]]);
    // An early in Lisbon in March (UTC+0) starts at 07:00 UTC.
    expect(periods[0]?.windows).toContainEqual(expect.objectContaining({ start: `${early?.date}T07:00:00.000Z` }));
  });

  it('swaps a shift with approval, republishing the roster; refuses one that would break a rule', async () => {
    const [roster] = (await kernel.ask(ListRosters, { wardId: DEPARTMENT, ...WEEK })).items;
    const assignments = roster?.assignments ?? [];
    // Two nurses' shifts of one kind on different days, each free on the other's day: find a pair whose exchange
    // the checker accepts (the generator fills contracted hours, so a swap, not a hand-over, keeps them).
    type Shift = (typeof assignments)[number];
    const busy = (who: string, date: string) => assignments.some((a) => a.employeeId === who && a.date === date);
    let pair: [Shift, Shift] | undefined;
    for (const a of assignments) {
      for (const b of assignments) {
        if (pair || a.shiftCode !== b.shiftCode || a.employeeId === b.employeeId || a.date === b.date) continue;
        if (busy(a.employeeId, b.date) || busy(b.employeeId, a.date)) continue;
        const swapped = assignments.map((x) =>
          x === a ? { ...x, employeeId: b.employeeId } : x === b ? { ...x, employeeId: a.employeeId } : x,
        );
        const { breaches } = await kernel.ask(CheckRoster, { wardId: DEPARTMENT, ...WEEK, assignments: swapped });
        if (breaches.every((x) => x.severity === 'soft')) pair = [a, b];
      }
    }
    if (pair === undefined) throw new Error('the proposal allows no swap');
    const [gives, takes] = pair;
    const taker = takes.employeeId;
    const shift = { wardId: gives.wardId, shiftCode: gives.shiftCode, date: gives.date };
    const back = { wardId: takes.wardId, shiftCode: takes.shiftCode, date: takes.date };

    // Someone else's shift cannot be offered without the ward manager's permission.
    expect(
      await rejection(
        kernel.execute(
          RequestShiftSwap,
          { requesterId: gives.employeeId, colleagueId: taker, gives: shift },
          { permissions: [SHIFT_SWAP.name] },
        ),
      ),
    ).toMatchObject({ status: 403, code: 'NOT_OWN_RECORD' });

    const { id: swapId } = await kernel.execute(RequestShiftSwap, {
      requesterId: gives.employeeId,
      colleagueId: taker,
      gives: shift,
      takes: back,
    });
    await kernel.execute(AcceptShiftSwap, { swapId });
    expect((await kernel.ask(ListShiftSwaps, { status: 'accepted' })).items.map((s) => s.id)).toContain(swapId);
    await kernel.execute(ApproveShiftSwap, { swapId });
    const [after] = (await kernel.ask(ListRosters, { wardId: DEPARTMENT, ...WEEK })).items;
    expect(after?.version).toBe(2);
    const holder = (where: typeof shift) =>
      after?.assignments.find((a) => a.shiftCode === where.shiftCode && a.date === where.date)?.employeeId;
    expect([holder(shift), holder(back)]).toEqual([taker, gives.employeeId]);

    // Handing the same shift on to the nurse whose licence lapsed breaks the licence rule: refused, unchanged.
    const { id: bad } = await kernel.execute(RequestShiftSwap, {
      requesterId: taker,
      colleagueId: lapsed,
      gives: shift,
    });
    await kernel.execute(AcceptShiftSwap, { swapId: bad });
    expect(await rejection(kernel.execute(ApproveShiftSwap, { swapId: bad }))).toMatchObject({
      status: 422,
      code: 'SHIFT_SWAP_BREAKS_RULES',
    });
    expect((await kernel.ask(ListRosters, { wardId: DEPARTMENT, ...WEEK })).items[0]?.version).toBe(2);
  });

  it('refuses a roster for a ward without shift types, and a period longer than six weeks', async () => {
    const otherWard = '0d000000-0000-4000-8000-0000000000aa';
    expect(await rejection(kernel.ask(ProposeRoster, { wardId: otherWard, ...WEEK }))).toMatchObject({
      status: 404,
      code: 'WARD_SHIFTS_NOT_DEFINED',
    });
    expect(
      await rejection(kernel.ask(ProposeRoster, { wardId: DEPARTMENT, from: '2027-03-01', to: '2027-05-01' })),
    ).toMatchObject({ status: 422 });
  });
});
