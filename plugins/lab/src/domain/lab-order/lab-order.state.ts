import type { DataOf } from '@hms/sdk';
import type { LabOrderPlaced } from '../../contracts/events';
import type { LabResult, OrderStatus, SpecimenLabel } from '../../contracts/schemas';

/** What an order keeps from its placement and from each step after it. */
export interface LabOrderFacts {
  readonly placed: DataOf<typeof LabOrderPlaced>;
  readonly labels: readonly SpecimenLabel[];
  readonly collectedAt: string | null;
  readonly receivedAt: string | null;
  readonly results: readonly LabResult[];
  readonly validatedBy: string | null;
  readonly releasedAt: string | null;
  readonly criticalAcknowledgedAt: string | null;
}

export type LabOrderState = { readonly status: 'none' } | ({ readonly status: OrderStatus } & LabOrderFacts);

export const initialState = (): LabOrderState => ({ status: 'none' });
