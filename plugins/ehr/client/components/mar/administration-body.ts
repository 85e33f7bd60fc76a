import type { RecordAdministrationBody } from '$lib/api/types';
import { messages as msg } from '../../messages';

export type Outcome = RecordAdministrationBody['outcome'];
export type BuiltDose = { ok: true; body: RecordAdministrationBody } | { ok: false; error: string };

/**
 * The body of one dose from the form: a held or refused dose says why (the server refuses it otherwise); the
 * time is the browser's local date and time as typed ("2026-03-02T09:30"), sent as an instant, or left out (now).
 */
export function administrationBody(f: {
  medicationId: string;
  outcome: Outcome;
  dose: string;
  reason: string;
  at: string;
}): BuiltDose {
  if (!f.medicationId) return { ok: false, error: msg.mar.needMedication };
  const reason = f.reason.trim();
  if (f.outcome !== 'given' && reason === '') return { ok: false, error: msg.mar.needReason };
  const dose = f.dose.trim();
  const at = f.at.trim() === '' ? undefined : new Date(f.at);
  if (at !== undefined && Number.isNaN(at.getTime())) return { ok: false, error: msg.mar.needTime };
  return {
    ok: true,
    body: {
      medicationId: f.medicationId,
      outcome: f.outcome,
      ...(dose ? { dose } : {}),
      ...(reason ? { reason } : {}),
      ...(at ? { administeredAt: at.toISOString() } : {}),
    },
  };
}
