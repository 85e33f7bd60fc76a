import {
  APPOINTMENT_MINUTES,
  APPOINTMENTS,
  AWAY,
  NOW,
  OUTAGE,
  STAYS,
  WARDS,
  WEEKDAYS,
  START,
  type StaySpec,
} from './hospital-scenario';

/**
 * The scenario's figures computed again from its plain data (UTC days), independently of the analytics read
 * models and SQL, for the tests to compare the reports against.
 */
const DAY = 86_400_000;
const t = (iso: string) => Date.parse(iso);
const r2 = (n: number) => Math.round(n * 100) / 100;
const dayStart = (date: string) => t(`${date}T00:00:00.000Z`);

export function dischargedIn(from: string, to: string, ward?: 'A' | 'B'): StaySpec[] {
  return STAYS.filter(
    (s) => s.discharge && t(s.discharge.at) >= dayStart(from) && t(s.discharge.at) < dayStart(to) + DAY,
  ).filter((s) => !ward || (s.transfer?.ward ?? s.ward) === ward);
}

const losDays = (s: StaySpec) => (t(s.discharge!.at) - t(s.admittedAt)) / DAY;

export function expectedLengthOfStay(from: string, to: string, ward?: 'A' | 'B') {
  const days = dischargedIn(from, to, ward)
    .map(losDays)
    .sort((a, b) => a - b);
  const mid = days.length / 2;
  const median =
    days.length === 0 ? null : days.length % 2 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2;
  const endOfPeriod = dayStart(to) + DAY;
  return {
    stays: days.length,
    average: days.length ? r2(days.reduce((a, b) => a + b, 0) / days.length) : null,
    median: median === null ? null : r2(median),
    sameDay: dischargedIn(from, to, ward).filter((s) => s.admittedAt.slice(0, 10) === s.discharge!.at.slice(0, 10))
      .length,
    open: STAYS.filter(
      (s) => t(s.admittedAt) < endOfPeriod && (!s.discharge || t(s.discharge.at) >= endOfPeriod),
    ).filter((s) => !ward || (s.transfer?.ward ?? s.ward) === ward).length,
  };
}

export function expectedReadmissions(from: string, to: string, windowDays: number) {
  const index = dischargedIn(from, to).filter((s) => s.discharge!.disposition === 'home');
  const readmitted = index.filter((s) =>
    STAYS.some(
      (n) =>
        n.patient === s.patient &&
        t(n.admittedAt) > t(s.discharge!.at) &&
        t(n.admittedAt) <= t(s.discharge!.at) + windowDays * DAY,
    ),
  );
  return {
    index: index.length,
    readmitted: readmitted.length,
    rate: r2((readmitted.length / index.length) * 100),
    open: index.filter((s) => t(s.discharge!.at) + windowDays * DAY > t(NOW)).length,
  };
}

export function expectedDispositions(from: string, to: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of dischargedIn(from, to))
    counts[s.discharge!.disposition] = (counts[s.discharge!.disposition] ?? 0) + 1;
  return counts;
}

/** The Monday (UTC) of the week `iso` falls in. */
function weekOf(iso: string): string {
  const d = new Date(dayStart(iso.slice(0, 10)));
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}

export function expectedAdmissionsPerWeek(from: string, to: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of STAYS.filter((x) => t(x.admittedAt) >= dayStart(from) && t(x.admittedAt) < dayStart(to) + DAY)) {
    counts[weekOf(s.admittedAt)] = (counts[weekOf(s.admittedAt)] ?? 0) + 1;
  }
  return counts;
}

export function expectedVisitsPerWeek(from: string, to: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of APPOINTMENTS.filter(
    (x) => x.outcome === 'completed' && x.startsAt >= from && x.startsAt.slice(0, 10) <= to,
  )) {
    counts[weekOf(a.startsAt)] = (counts[weekOf(a.startsAt)] ?? 0) + 1;
  }
  return counts;
}

const overlap = (aFrom: number, aTo: number, bFrom: number, bTo: number) =>
  Math.max(0, Math.min(aTo, bTo) - Math.max(aFrom, bFrom));

/** Per ward code and day: occupied and available bed-days, and occupancy in percent. */
export function expectedOccupancy(from: string, to: string) {
  const segments: { ward: 'A' | 'B'; from: number; to: number }[] = STAYS.flatMap((s) => {
    const end = s.discharge ? t(s.discharge.at) : t(NOW);
    return s.transfer
      ? [
          { ward: s.ward, from: t(s.admittedAt), to: t(s.transfer.at) },
          { ward: s.transfer.ward, from: t(s.transfer.at), to: end },
        ]
      : [{ ward: s.ward, from: t(s.admittedAt), to: end }];
  });
  const beds = (['A', 'B'] as const).flatMap((ward) =>
    WARDS[ward].beds.flatMap((label) =>
      ward === OUTAGE.ward && label === OUTAGE.bed
        ? [
            { ward, from: t(START), to: t(OUTAGE.from) },
            { ward, from: t(OUTAGE.to), to: t(NOW) },
          ]
        : [{ ward, from: t(START), to: t(NOW) }],
    ),
  );
  const rows: { ward: string; day: string; occupied: number; available: number; percent: number | null }[] = [];
  for (const ward of ['A', 'B'] as const) {
    for (let d = dayStart(from); d <= dayStart(to); d += DAY) {
      const occupied =
        segments.filter((s) => s.ward === ward).reduce((n, s) => n + overlap(s.from, s.to, d, d + DAY), 0) / DAY;
      const available =
        beds.filter((b) => b.ward === ward).reduce((n, b) => n + overlap(b.from, b.to, d, d + DAY), 0) / DAY;
      rows.push({
        ward: WARDS[ward].code,
        day: new Date(d).toISOString().slice(0, 10),
        occupied: r2(occupied),
        available: r2(available),
        percent: available > 0 ? r2((occupied / available) * 100) : null,
      });
    }
  }
  return rows;
}

/** Slot utilisation and no-show rate of the scenario's practitioner over the period. */
export function expectedClinic(from: string, to: string) {
  let offeredMinutes = 0;
  for (let d = dayStart(from); d <= dayStart(to); d += DAY) {
    const date = new Date(d);
    const weekday = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][date.getUTCDay()]!;
    if ((WEEKDAYS as readonly string[]).includes(weekday) && date.toISOString().slice(0, 10) !== AWAY)
      offeredMinutes += 180;
  }
  const inPeriod = APPOINTMENTS.filter((a) => a.startsAt.slice(0, 10) >= from && a.startsAt.slice(0, 10) <= to);
  const bookedMinutes = inPeriod.filter((a) => a.outcome !== 'cancelled').length * APPOINTMENT_MINUTES;
  const noShows = inPeriod.filter((a) => a.outcome === 'no-show').length;
  const resolved = inPeriod.filter((a) => a.outcome === 'no-show' || a.outcome === 'completed').length;
  return {
    utilisation: r2((bookedMinutes / offeredMinutes) * 100),
    bookedHours: r2(bookedMinutes / 60),
    offeredHours: r2(offeredMinutes / 60),
    noShowRate: r2((noShows / resolved) * 100),
    noShows,
    resolved,
  };
}
