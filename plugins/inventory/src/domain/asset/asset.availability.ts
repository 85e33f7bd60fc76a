import type { AssetStatus } from '../../contracts/equipment-schemas';

/** Only equipment in service may be used; under maintenance, out of service or retired, it is unavailable. */
export const isAvailable = (status: AssetStatus): boolean => status === 'in-service';

/**
 * The availability notice that goes with a status change, when the change makes the asset available or
 * unavailable where it is used (none between two unavailable statuses).
 */
export function availabilityChange(
  recorded: { at: string; by: string },
  asset: { assetId: string; locationId: string | undefined },
  from: AssetStatus,
  to: AssetStatus,
): { type: 'inventory.EquipmentAvailabilityChanged'; data: AvailabilityData }[] {
  if (isAvailable(from) === isAvailable(to) || asset.locationId === undefined) return [];
  const data = {
    ...recorded,
    assetId: asset.assetId,
    locationId: asset.locationId,
    available: isAvailable(to),
    status: to,
  };
  return [{ type: 'inventory.EquipmentAvailabilityChanged', data }];
}

interface AvailabilityData {
  at: string;
  by: string;
  assetId: string;
  locationId: string;
  available: boolean;
  status: AssetStatus;
}
