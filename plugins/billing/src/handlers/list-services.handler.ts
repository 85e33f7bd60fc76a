import { handleQuery } from '@hms/sdk';
import { CATALOGUE_READ } from '../contracts/permissions';
import { ListServices, type ServiceView } from '../contracts/queries';
import type { ServiceCategory } from '../contracts/schemas';

export const listServicesHandler = handleQuery(ListServices, {
  permission: CATALOGUE_READ,
  async handle(params, ctx) {
    const rows = await ctx.sql.query<{
      service_code: string;
      name: string;
      category: ServiceCategory;
      ward_class: string | null;
      retired: boolean;
    }>(
      `SELECT service_code, name, category, ward_class, retired FROM billing.services
        WHERE $1 OR NOT retired ORDER BY category, service_code`,
      [params.includeRetired === 'true'],
    );
    const services: ServiceView[] = rows.map((r) => ({
      serviceCode: r.service_code,
      name: r.name,
      category: r.category,
      wardClass: r.ward_class,
      retired: r.retired,
    }));
    return { services };
  },
});
