import type { DispensationState, PrescriptionFacts } from '../domain/dispensation/dispensation.state';

/** The prescription's balance after a dispense or a return, from the dispensation's own state. */
export function dispensingBalance(
  prescription: PrescriptionFacts,
  state: DispensationState,
): {
  prescriptionId: string;
  patientId: string;
  dispensed: number;
  prescribed: number | null;
  outstanding: number | null;
} {
  const dispensed = state.status === 'none' ? 0 : state.out;
  const { prescriptionId, patientId, prescribed } = prescription;
  return {
    prescriptionId,
    patientId,
    dispensed,
    prescribed,
    outstanding: prescribed === null ? null : Math.max(prescribed - dispensed, 0),
  };
}
