import type { LabOrderEvent } from './lab-order.commands';
import type { LabOrderState } from './lab-order.state';

/** Folds an order's facts; never refuses (the deciders did). */
export function evolve(state: LabOrderState, event: LabOrderEvent): LabOrderState {
  if (event.type === 'lab.LabOrderPlaced') {
    return {
      status: 'placed',
      placed: event.data,
      labels: [],
      collectedAt: null,
      receivedAt: null,
      results: [],
      validatedBy: null,
      releasedAt: null,
      criticalAcknowledgedAt: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'lab.SpecimenCollected':
      return { ...state, status: 'collected', labels: event.data.labels, collectedAt: event.data.at };
    case 'lab.SpecimenReceived':
      return { ...state, status: 'received', receivedAt: event.data.at };
    case 'lab.ResultsEntered': {
      const corrected = new Set(event.data.results.map((r) => r.code));
      return {
        ...state,
        status: 'resulted',
        results: [...state.results.filter((r) => !corrected.has(r.code)), ...event.data.results],
      };
    }
    case 'lab.ResultsValidated':
      return { ...state, status: 'released', validatedBy: event.data.by, releasedAt: event.data.at };
    case 'lab.LabOrderCancelled':
      return { ...state, status: 'cancelled' };
    case 'lab.CriticalResultAcknowledged':
      return { ...state, criticalAcknowledgedAt: event.data.at };
    case 'lab.ResultReleased':
      return state;
  }
}
