import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@hms/sdk';

/** One bed of the synthetic hospital. */
export interface Bed {
  readonly id: string;
  readonly wardId: string;
  /** Beds that only take transfers (so a transfer never lands in a bed another stay holds). */
  readonly forTransfers: boolean;
}

/** A timed event of a stream, before it is given its stream version. */
export interface TimedEvent {
  readonly at: number;
  readonly streamId: string;
  readonly event: DomainEvent;
}

const HOUR = 3_600_000;
const DISPOSITIONS = [
  'home',
  'home',
  'home',
  'home',
  'home',
  'home',
  'home',
  'transfer-to-other-facility',
  'deceased',
  'other',
] as const;

const stayStream = (patientId: string) => `patient.stay-${patientId}`;
const iso = (t: number) => new Date(t).toISOString();

interface Stay {
  readonly stayId: string;
  readonly patientId: string;
  readonly bed: Bed;
  readonly admittedAt: number;
  readonly length: number;
  readonly transfer: boolean;
}

/**
 * A year of admissions, transfers and discharges: each admission bed holds one stay after another (lengths of
 * stay of 2 hours to 3 weeks, mean about 4 days; about half a day between stays), one stay in six moves half way
 * through to a free transfer bed of another ward, about one in ten is a readmission of a patient discharged in the
 * month before. Stays still open at `end` stay open.
 */
export function syntheticStays(
  beds: readonly Bed[],
  patients: readonly string[],
  start: number,
  end: number,
  random: () => number,
): TimedEvent[] {
  const exp = (mean: number) => -Math.log(1 - random()) * mean;
  const stays: Stay[] = [];
  for (const bed of beds.filter((b) => !b.forTransfers)) {
    for (let t = start + exp(12 * HOUR); t < end;) {
      const length = Math.min(21 * 24 * HOUR, 2 * HOUR + exp(4 * 24 * HOUR));
      stays.push({ stayId: randomUUID(), patientId: '', bed, admittedAt: t, length, transfer: random() < 1 / 6 });
      t += length + exp(12 * HOUR);
    }
  }
  stays.sort((a, b) => a.admittedAt - b.admittedAt);
  // Readmissions: in admission order, one stay in ten goes to a patient discharged in the 30 days before.
  const recent: { patientId: string; at: number }[] = [];
  const withPatients = stays.map((stay) => {
    const readmit = random() < 0.1;
    const candidates = readmit
      ? recent.filter((r) => r.at < stay.admittedAt && stay.admittedAt - r.at <= 30 * 24 * HOUR)
      : [];
    const again = candidates[Math.floor(random() * candidates.length)];
    const patientId = again?.patientId ?? patients[Math.floor(random() * patients.length)]!;
    recent.push({ patientId, at: stay.admittedAt + stay.length });
    if (recent.length > 5000) recent.splice(0, 1000);
    return { ...stay, patientId };
  });
  const out: TimedEvent[] = [];
  const transferBeds = beds.filter((b) => b.forTransfers).map((bed) => ({ bed, freeAt: start }));
  for (const stay of [...withPatients].sort((a, b) => a.admittedAt + a.length / 2 - (b.admittedAt + b.length / 2))) {
    const { stayId, patientId, bed, admittedAt, length } = stay;
    const stream = stayStream(patientId);
    out.push({
      at: admittedAt,
      streamId: stream,
      event: {
        type: 'patient.PatientAdmitted',
        data: {
          stayId,
          patientId,
          wardId: bed.wardId,
          bedId: bed.id,
          reason: { category: random() < 0.6 ? 'emergency' : 'elective' },
          admittedAt: iso(admittedAt),
        },
      },
    });
    let ward = bed.wardId;
    let bedId = bed.id;
    const transferAt = admittedAt + length / 2;
    const target = stay.transfer
      ? transferBeds.find((x) => x.bed.wardId !== bed.wardId && x.freeAt <= transferAt)
      : undefined;
    if (target && transferAt < end) {
      out.push({
        at: transferAt,
        streamId: stream,
        event: {
          type: 'patient.PatientTransferred',
          data: {
            stayId,
            patientId,
            fromWardId: ward,
            fromBedId: bedId,
            toWardId: target.bed.wardId,
            toBedId: target.bed.id,
            reason: { category: 'step-down' },
            transferredAt: iso(transferAt),
          },
        },
      });
      ward = target.bed.wardId;
      bedId = target.bed.id;
      target.freeAt = admittedAt + length;
    }
    const dischargedAt = admittedAt + length;
    if (dischargedAt < end) {
      out.push({
        at: dischargedAt,
        streamId: stream,
        event: {
          type: 'patient.PatientDischarged',
          data: {
            stayId,
            patientId,
            wardId: ward,
            bedId,
            disposition: DISPOSITIONS[Math.floor(random() * DISPOSITIONS.length)]!,
            admittedAt: iso(admittedAt),
            dischargedAt: iso(dischargedAt),
          },
        },
      });
    }
  }
  // A stable sort keeps each stay's admission before its transfer and discharge even at equal times.
  return out.sort((a, b) => a.at - b.at);
}
