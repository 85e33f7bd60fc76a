import { fixedBlock, PersonLoad } from './roster-rules';
import type { RosterInput, RosterStaff } from './roster.model';
import { placeShift, shiftsInPeriod, type ShiftInstance } from './shift-instance';

/** One skill requirement of one shift, with who could fill it. */
export interface Need {
  readonly shift: ShiftInstance;
  readonly skill: string;
  readonly min: number;
  /** Everyone on the ward holding the skill, valid or not (to explain a shortfall). */
  readonly holders: readonly PersonLoad[];
  /** Holders the fixed rules allow: the skill's licence is valid for the shift, and they are not on leave. */
  readonly candidates: readonly PersonLoad[];
  readonly assigned: PersonLoad[];
}

export interface RosterPlan {
  readonly input: RosterInput;
  readonly needs: Need[];
  readonly loads: ReadonlyMap<string, PersonLoad>;
  /** The need a person covers on a shift, by `${employeeId}|${shiftKey}`. */
  readonly coverOf: Map<string, Need>;
}

export const coverKey = (load: PersonLoad, shift: ShiftInstance): string => `${load.person.employeeId}|${shift.key}`;

/** Places every shift of the period and lists who could fill each of its skill requirements. */
export function planNeeds(input: RosterInput): RosterPlan {
  const loads = new Map(input.staff.map((person) => [person.employeeId, new PersonLoad(person, input.rules)]));
  const leaveOf = new Map<string, { from: string; to: string; employeeId: string }[]>();
  for (const block of input.leave) pushTo(leaveOf, block.employeeId, block);
  // Staff by ward and skill, so a need looks at the few people who could fill it rather than everyone.
  const holdersOf = new Map<string, PersonLoad[]>();
  for (const person of input.staff) {
    for (const wardId of new Set(person.wardIds)) {
      for (const skill of new Set(person.skills.map((s) => s.skill))) {
        pushTo(holdersOf, `${wardId}|${skill}`, loadOf(loads, person));
      }
    }
  }
  const typeOf = new Map(input.shiftTypes.map((t) => [`${t.wardId}|${t.code}`, t]));
  for (const a of input.before ?? []) {
    const type = typeOf.get(`${a.wardId}|${a.shiftCode}`);
    const load = loads.get(a.employeeId);
    if (type !== undefined && load !== undefined) load.add(placeShift(type, a.date, input.rules.timeZone));
  }
  const needs: Need[] = [];
  for (const shift of shiftsInPeriod(input.shiftTypes, input.period, input.rules.timeZone)) {
    for (const { skill, min } of shift.type.requirements) {
      if (min <= 0) continue;
      const holders = holdersOf.get(`${shift.type.wardId}|${skill}`) ?? [];
      const candidates = holders.filter(
        (h) => fixedBlock(h.person, shift, skill, leaveOf.get(h.person.employeeId) ?? []) === null,
      );
      needs.push({ shift, skill, min, holders, candidates, assigned: [] });
    }
  }
  return { input, needs, loads, coverOf: new Map() };
}

/** Appends to the list under `key`, starting it if needed. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function loadOf(loads: ReadonlyMap<string, PersonLoad>, person: RosterStaff): PersonLoad {
  const load = loads.get(person.employeeId);
  if (load === undefined) throw new Error(`No load for ${person.employeeId}`);
  return load;
}

export function assign(plan: RosterPlan, need: Need, load: PersonLoad): void {
  need.assigned.push(load);
  load.add(need.shift);
  plan.coverOf.set(coverKey(load, need.shift), need);
}

export function unassign(plan: RosterPlan, need: Need, load: PersonLoad): void {
  need.assigned.splice(need.assigned.indexOf(load), 1);
  load.remove(need.shift);
  plan.coverOf.delete(coverKey(load, need.shift));
}
