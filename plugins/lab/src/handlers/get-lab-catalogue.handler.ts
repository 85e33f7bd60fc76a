import { handleQuery } from '@hms/sdk';
import { LAB_CATALOGUE_READ } from '../contracts/permissions';
import { GetLabCatalogue } from '../contracts/queries';
import { LAB_PANELS, LAB_TESTS } from '../domain/catalogue/catalogue';

/** Published: an ordering screen in another plugin may offer the catalogue's tests. */
export const getLabCatalogueHandler = handleQuery(GetLabCatalogue, {
  permission: LAB_CATALOGUE_READ,
  published: true,
  handle: async () => ({
    tests: LAB_TESTS.map((t) => ({ ...t, ranges: t.ranges.map((r) => ({ ...r })) })),
    panels: LAB_PANELS.map((p) => ({ ...p, tests: [...p.tests] })),
  }),
});
