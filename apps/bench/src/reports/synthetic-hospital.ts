import { randomUUID } from 'node:crypto';
import type { Kernel } from '@hms/core';
import { seededRandom } from '@hms/sdk';
import { CLINIC_WINDOWS, clinicDay } from './synthetic-appointments';
import { syntheticStays, type Bed, type TimedEvent } from './synthetic-stays';
import { EventWriter } from './event-writer';

const DAY = 86_400_000;

/** The hospital at --scale 1: 100 000 patients, 20 wards of 30 beds, 200 practitioners, a year of activity. */
export interface HospitalShape {
  readonly patients: number;
  readonly wards: number;
  readonly bedsPerWard: number;
  readonly practitioners: number;
}

export function hospitalShape(scale: number): HospitalShape {
  return {
    patients: Math.max(100, Math.round(100_000 * scale)),
    wards: Math.max(2, Math.round(20 * scale)),
    bedsPerWard: 30,
    practitioners: Math.max(2, Math.round(200 * scale)),
  };
}

export interface SeededHospital {
  readonly shape: HospitalShape;
  readonly events: number;
  readonly writeSeconds: number;
  /** The first and last day of the year of activity (UTC); appointments go on 30 days past the last. */
  readonly firstDay: string;
  readonly lastDay: string;
}

const iso = (t: number) => new Date(t).toISOString();
const ev = (at: number, streamId: string, type: string, data: Record<string, unknown>): TimedEvent => ({
  at,
  streamId,
  event: { type, data },
});

/**
 * Seeds the year before `now`, day by day in time order, through the event store in bulk: patients, wards and
 * beds (five beds of each ward take only transfers; one bed per ward is out of service two days a month),
 * practitioners' schedules with two weeks away each, stays and clinics.
 */
export async function seedSyntheticHospital(
  kernel: Kernel,
  scale: number,
  now: number,
  out: (line: string) => void,
): Promise<SeededHospital> {
  const shape = hospitalShape(scale);
  const random = seededRandom(20261125);
  const start = Math.floor(now / DAY) * DAY - 365 * DAY;
  const writer = new EventWriter(kernel);
  const started = performance.now();
  const setupAt = start - DAY;
  const patients = Array.from({ length: shape.patients }, () => randomUUID());
  await writer.add(
    patients.map((patientId, i) =>
      ev(setupAt, `patient.patient-${patientId}`, 'patient.PatientRegistered', {
        patientId,
        mrn: String(100_000_000 + i),
        givenName: 'Bench',
        familyName: `Patient${i}`,
        birthDate: '1970-01-01',
        gender: 'unknown',
        registeredAt: iso(setupAt),
      }),
    ),
  );
  const beds: Bed[] = [];
  const outages: TimedEvent[] = [];
  for (let w = 0; w < shape.wards; w++) {
    const wardId = randomUUID();
    const stream = `patient.ward-${wardId}`;
    await writer.add([
      ev(setupAt, stream, 'patient.WardDefined', {
        wardId,
        code: `W${String(w + 1).padStart(2, '0')}`,
        name: `Ward ${w + 1}`,
        specialty: ['Medicine', 'Surgery', 'Paediatrics', 'Cardiology'][w % 4]!,
        definedAt: iso(setupAt),
      }),
    ]);
    for (let b = 0; b < shape.bedsPerWard; b++) {
      const bed = { id: randomUUID(), wardId, forTransfers: b >= shape.bedsPerWard - 5 };
      beds.push(bed);
      await writer.add([
        ev(setupAt, stream, 'patient.BedAdded', { wardId, bedId: bed.id, label: String(b + 1), addedAt: iso(setupAt) }),
      ]);
    }
    const spare = beds.find((x) => x.wardId === wardId && x.forTransfers)!;
    for (let month = 0; month < 12; month++) {
      const from = start + month * 30 * DAY + 3 * DAY;
      outages.push(
        ev(from, `patient.bed-${spare.id}`, 'patient.BedTakenOutOfService', {
          bedId: spare.id,
          wardId,
          reason: 'maintenance',
          at: iso(from),
        }),
      );
      outages.push(
        ev(from + 2 * DAY, `patient.bed-${spare.id}`, 'patient.BedReturnedToService', {
          bedId: spare.id,
          wardId,
          at: iso(from + 2 * DAY),
        }),
      );
    }
  }
  const practitioners = Array.from({ length: shape.practitioners }, () => ({
    id: randomUUID(),
    away: start + Math.floor(random() * 330) * DAY,
  }));
  for (const p of practitioners) {
    await writer.add([
      ev(setupAt, `patient.schedule-${p.id}`, 'patient.ScheduleDefined', {
        practitionerId: p.id,
        timeZone: 'UTC',
        weeklyAvailability: CLINIC_WINDOWS,
        appointmentTypes: [{ code: 'consultation', durationMinutes: 30 }],
        definedAt: iso(setupAt),
      }),
      ev(setupAt, `patient.schedule-${p.id}`, 'patient.ScheduleExceptionAdded', {
        practitionerId: p.id,
        exceptionId: randomUUID(),
        from: iso(p.away).slice(0, 10),
        to: iso(p.away + 13 * DAY).slice(0, 10),
        reason: 'leave',
        addedAt: iso(setupAt),
      }),
    ]);
  }
  // Stays (tens of thousands) are generated for the whole year at once; clinics day by day, merged in time order.
  const timed = [...syntheticStays(beds, patients, start, now, random), ...outages].sort((a, b) => a.at - b.at);
  let next = 0;
  for (let day = start; day < now + 30 * DAY; day += DAY) {
    const today: TimedEvent[] = [];
    while (next < timed.length && timed[next]!.at < day + DAY && timed[next]!.at < now) today.push(timed[next++]!);
    for (const p of practitioners) {
      if (day >= p.away && day < p.away + 14 * DAY) continue;
      today.push(...clinicDay(p.id, day, now, patients, random));
    }
    today.sort((a, b) => a.at - b.at);
    await writer.add(today);
    if ((day - start) % (30 * DAY) === 0) out(`  ${iso(day).slice(0, 10)}: ${writer.written} events written`);
  }
  await writer.flush();
  return {
    shape,
    events: writer.written,
    writeSeconds: (performance.now() - started) / 1000,
    firstDay: iso(start).slice(0, 10),
    lastDay: iso(now).slice(0, 10),
  };
}
