import { handleQuery } from '@hms/sdk';
import { GetEquipmentAvailability, type EquipmentAvailability } from '../contracts/maintenance-queries';
import { EQUIPMENT_READ } from '../contracts/permissions';
import { isAvailable } from '../domain/asset/asset.availability';

export const getEquipmentAvailabilityHandler = handleQuery(GetEquipmentAvailability, {
  permission: EQUIPMENT_READ,
  async handle({ locationId }, ctx): Promise<EquipmentAvailability> {
    const rows = await ctx.sql.query<{
      id: string;
      serial_number: string;
      model: string;
      manufacturer: string;
      status: EquipmentAvailability['assets'][number]['status'];
      status_reason: string | null;
    }>(
      `SELECT id, serial_number, model, manufacturer, status, status_reason FROM inventory.assets
        WHERE location_id = $1 AND status <> 'retired'
        ORDER BY status = 'in-service', lower(model), lower(serial_number)`,
      [locationId],
    );
    return {
      locationId,
      assets: rows.map((r) => ({
        id: r.id,
        serialNumber: r.serial_number,
        model: r.model,
        manufacturer: r.manufacturer,
        status: r.status,
        available: isAvailable(r.status),
        statusReason: isAvailable(r.status) ? null : r.status_reason,
      })),
    };
  },
});
