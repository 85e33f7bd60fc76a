import {
  assertNever,
  ConflictError,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { ServiceDefined, ServiceRetired } from '../../contracts/catalogue-events';
import type { ServiceCategory } from '../../contracts/schemas';
import { SERVICE_EXISTS, SERVICE_NOT_FOUND, SERVICE_RETIRED } from '../../errors';
import { defined } from '../dates';

type ServiceData = Omit<DataOf<typeof ServiceDefined>, 'at' | 'by'>;
export type DefineServiceCommand = Command<'billing.DefineService', ServiceData>;
export type RetireServiceCommand = Command<'billing.RetireService', { serviceCode: string; reason: string }>;
export type ServiceCommand = DefineServiceCommand | RetireServiceCommand;
export type ServiceEvent =
  | DomainEvent<'billing.ServiceDefined', DataOf<typeof ServiceDefined>>
  | DomainEvent<'billing.ServiceRetired', DataOf<typeof ServiceRetired>>;

/** A billable service of the catalogue: its category decides the revenue account and which co-pay applies. */
export type ServiceState =
  | { readonly status: 'none' }
  | { readonly status: 'active' | 'retired'; readonly serviceCode: string; readonly category: ServiceCategory };

export const initialState = (): ServiceState => ({ status: 'none' });

export function decide(command: ServiceCommand, state: ServiceState): ServiceEvent[] {
  switch (command.type) {
    case 'billing.DefineService':
      return defineService(command, state);
    case 'billing.RetireService':
      return retireService(command, state);
    default:
      return assertNever(command);
  }
}

function defineService({ data, meta }: DefineServiceCommand, state: ServiceState): ServiceEvent[] {
  if (state.status !== 'none') throw new ConflictError(SERVICE_EXISTS, { serviceCode: data.serviceCode });
  return [{ type: 'billing.ServiceDefined', data: defined({ at: meta.now, by: meta.actorId, ...data }) }];
}

function retireService({ data, meta }: RetireServiceCommand, state: ServiceState): ServiceEvent[] {
  if (state.status === 'none') throw new NotFoundError(SERVICE_NOT_FOUND, { serviceCode: data.serviceCode });
  if (state.status === 'retired') throw new InvariantViolation(SERVICE_RETIRED, { serviceCode: data.serviceCode });
  return [{ type: 'billing.ServiceRetired', data: { at: meta.now, by: meta.actorId, ...data } }];
}

export function evolve(state: ServiceState, event: ServiceEvent): ServiceState {
  switch (event.type) {
    case 'billing.ServiceDefined':
      return { status: 'active', serviceCode: event.data.serviceCode, category: event.data.category };
    case 'billing.ServiceRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}

export const serviceDecider: Decider<ServiceState, ServiceCommand, ServiceEvent> = { initialState, decide, evolve };
