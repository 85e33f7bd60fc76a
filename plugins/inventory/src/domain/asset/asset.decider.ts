import { assertNever, InvariantViolation, NotFoundError, type Command, type DataOf, type Decider } from '@hms/sdk';
import type {
  AssetRegistered,
  AssetStatusChanged,
  MaintenancePlanScheduled,
  PreventiveMaintenanceDone,
} from '../../contracts/equipment-events';
import type { AssetStatus, Cost } from '../../contracts/equipment-schemas';
import type { CalibrationRecorded, EquipmentAvailabilityChanged } from '../../contracts/maintenance-events';
import { availabilityChange } from './asset.availability';
import { recordCalibration, type RecordCalibrationCommand } from './asset.calibration';
import { ASSET_NOT_FOUND, ASSET_RETIRED, ASSET_STATUS_UNCHANGED, MAINTENANCE_PLAN_NOT_FOUND } from '../../errors';
import { defined } from '../defined';
import { addDays } from './asset.dates';

export type AssetEvent =
  | { type: 'inventory.AssetRegistered'; data: DataOf<typeof AssetRegistered> }
  | { type: 'inventory.AssetStatusChanged'; data: DataOf<typeof AssetStatusChanged> }
  | { type: 'inventory.MaintenancePlanScheduled'; data: DataOf<typeof MaintenancePlanScheduled> }
  | { type: 'inventory.PreventiveMaintenanceDone'; data: DataOf<typeof PreventiveMaintenanceDone> }
  | { type: 'inventory.CalibrationRecorded'; data: DataOf<typeof CalibrationRecorded> }
  | { type: 'inventory.EquipmentAvailabilityChanged'; data: DataOf<typeof EquipmentAvailabilityChanged> };

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
  | RegisterAssetCommand
  | ChangeAssetStatusCommand
  | ScheduleMaintenanceCommand
  | RecordPreventiveMaintenanceCommand
  | RecordCalibrationCommand;

export interface MaintenancePlan {
  readonly intervalDays: number;
  readonly nextDueOn: string;
}

/** A registered asset: where it stands and when each of its plans is next due. */
export interface Asset {
  readonly status: AssetStatus;
  readonly plans: Readonly<Record<string, MaintenancePlan>>;
  /** 1.5: the ward or department that uses it (where it is available or not). */
  readonly locationId?: string;
  /** 1.5: when the next calibration is due (the latest calibration's next due date). */
  readonly calibrationDueOn?: string;
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
    case 'inventory.RecordCalibration':
      return recordCalibration(command, activeAsset(command.data.assetId, state));
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
  const recorded = { at: meta.now, by: meta.actorId };
  return [
    {
      type: 'inventory.AssetStatusChanged',
      data: { ...recorded, assetId: data.assetId, from: asset.status, to: data.status, reason: data.reason },
    },
    ...availabilityChange(recorded, { assetId: data.assetId, locationId: asset.locationId }, asset.status, data.status),
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
      return { status: 'in-service', plans: {}, locationId: event.data.locationId };
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
    case 'inventory.CalibrationRecorded': {
      if (state.status === 'none') return state;
      const { calibrationDueOn: _previous, ...rest } = state;
      return event.data.nextDueOn ? { ...rest, calibrationDueOn: event.data.nextDueOn } : rest;
    }
    case 'inventory.EquipmentAvailabilityChanged':
      return state;
    default:
      return assertNever(event);
  }
}

export const assetDecider: Decider<AssetState, AssetCommand, AssetEvent> = { initialState, decide, evolve };
