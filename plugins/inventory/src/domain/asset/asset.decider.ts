import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type {
  AssetRegistered,
  AssetStatusChanged,
  MaintenancePlanScheduled,
  PreventiveMaintenanceDone,
} from '../../contracts/equipment-events';
import type { AssetStatus, Cost } from '../../contracts/equipment-schemas';
import { ASSET_NOT_FOUND, ASSET_RETIRED, ASSET_STATUS_UNCHANGED, MAINTENANCE_PLAN_NOT_FOUND } from '../../errors';
import { defined } from '../defined';
import { addDays } from './asset.dates';

export type AssetEvent =
  | { type: 'inventory.AssetRegistered'; data: DataOf<typeof AssetRegistered> }
  | { type: 'inventory.AssetStatusChanged'; data: DataOf<typeof AssetStatusChanged> }
  | { type: 'inventory.MaintenancePlanScheduled'; data: DataOf<typeof MaintenancePlanScheduled> }
  | { type: 'inventory.PreventiveMaintenanceDone'; data: DataOf<typeof PreventiveMaintenanceDone> };

export type RegisterAssetCommand = Command<
  'inventory.RegisterAsset',
  {
    assetId: string;
    serialNumber: string;
    model: string;
    manufacturer: string;
    locationId: string;
    ownerDepartmentId: string;
    purchasedOn?: string;
    purchaseCost?: Cost;
    warrantyEndsOn?: string;
  }
>;
export type ChangeAssetStatusCommand = Command<
  'inventory.ChangeAssetStatus',
  { assetId: string; status: AssetStatus; reason: string }
>;
export type ScheduleMaintenanceCommand = Command<
  'inventory.ScheduleMaintenance',
  { assetId: string; planId: string; name: string; intervalDays: number; firstDueOn: string }
>;
/** Sent by the work order's completion, in the same transaction, for preventive work. */
export type RecordPreventiveMaintenanceCommand = Command<
  'inventory.RecordPreventiveMaintenance',
  { assetId: string; planId: string; workOrderId: string; doneOn: string }
>;
export type AssetCommand =
  RegisterAssetCommand | ChangeAssetStatusCommand | ScheduleMaintenanceCommand | RecordPreventiveMaintenanceCommand;

export interface MaintenancePlan {
  readonly intervalDays: number;
  readonly nextDueOn: string;
}

/** A registered asset: where it stands and when each of its plans is next due. */
export interface Asset {
  readonly status: AssetStatus;
  readonly plans: Readonly<Record<string, MaintenancePlan>>;
}

export type AssetState = { readonly status: 'none' } | Asset;

export const initialState = (): AssetState => ({ status: 'none' });

export function decide(command: AssetCommand, state: AssetState): AssetEvent[] {
  switch (command.type) {
    case 'inventory.RegisterAsset':
      return registerAsset(command);
    case 'inventory.ChangeAssetStatus':
      return changeAssetStatus(command, state);
    case 'inventory.ScheduleMaintenance':
      return scheduleMaintenance(command, state);
    case 'inventory.RecordPreventiveMaintenance':
      return recordPreventiveMaintenance(command, state);
    default:
      return assertNever(command);
  }
}

// The id is new (the handler's), and the serial number is kept unique by the handler against the register.
function registerAsset({ data, meta }: RegisterAssetCommand): AssetEvent[] {
  return [{ type: 'inventory.AssetRegistered', data: defined({ at: meta.now, by: meta.actorId, ...data }) }];
}

/** Anything done to an asset needs it registered and not retired (retirement is final). */
function activeAsset(assetId: string, state: AssetState): Asset {
  if (state.status === 'none') throw new NotFoundError(ASSET_NOT_FOUND, { assetId });
  if (state.status === 'retired') {
    throw new InvariantViolation(ASSET_RETIRED, { assetId }, { message: 'This asset was retired.' });
  }
  return state;
}

function changeAssetStatus({ data, meta }: ChangeAssetStatusCommand, state: AssetState): AssetEvent[] {
  const asset = activeAsset(data.assetId, state);
  if (asset.status === data.status) {
    throw new InvariantViolation(
      ASSET_STATUS_UNCHANGED,
      { assetId: data.assetId, status: data.status },
      { message: `This asset is already ${data.status.replaceAll('-', ' ')}.` },
    );
  }
  return [
    {
      type: 'inventory.AssetStatusChanged',
      data: {
        at: meta.now,
        by: meta.actorId,
        assetId: data.assetId,
        from: asset.status,
        to: data.status,
        reason: data.reason,
      },
    },
  ];
}

function scheduleMaintenance({ data, meta }: ScheduleMaintenanceCommand, state: AssetState): AssetEvent[] {
  activeAsset(data.assetId, state);
  const { firstDueOn, ...plan } = data;
  return [
    {
      type: 'inventory.MaintenancePlanScheduled',
      data: { at: meta.now, by: meta.actorId, ...plan, nextDueOn: firstDueOn },
    },
  ];
}

/** The next maintenance is due an interval after the day it was actually done, early or late. */
function recordPreventiveMaintenance(
  { data, meta }: RecordPreventiveMaintenanceCommand,
  state: AssetState,
): AssetEvent[] {
  if (state.status === 'none') throw new NotFoundError(ASSET_NOT_FOUND, { assetId: data.assetId });
  const plan = state.plans[data.planId];
  if (!plan) throw new NotFoundError(MAINTENANCE_PLAN_NOT_FOUND, { planId: data.planId });
  return [
    {
      type: 'inventory.PreventiveMaintenanceDone',
      data: { at: meta.now, by: meta.actorId, ...data, nextDueOn: addDays(data.doneOn, plan.intervalDays) },
    },
  ];
}

export function evolve(state: AssetState, event: AssetEvent): AssetState {
  switch (event.type) {
    case 'inventory.AssetRegistered':
      return { status: 'in-service', plans: {} };
    case 'inventory.AssetStatusChanged':
      return state.status === 'none' ? state : { ...state, status: event.data.to };
    case 'inventory.MaintenancePlanScheduled':
    case 'inventory.PreventiveMaintenanceDone': {
      if (state.status === 'none') return state;
      const { planId, nextDueOn } = event.data;
      const intervalDays =
        event.type === 'inventory.MaintenancePlanScheduled'
          ? event.data.intervalDays
          : (state.plans[planId]?.intervalDays ?? 0);
      return { ...state, plans: { ...state.plans, [planId]: { intervalDays, nextDueOn } } };
    }
    default:
      return assertNever(event);
  }
}

export const assetDecider: Decider<AssetState, AssetCommand, AssetEvent> = { initialState, decide, evolve };
