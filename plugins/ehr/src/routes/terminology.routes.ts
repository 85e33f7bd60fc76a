import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { LoadIcd10Codes } from '../contracts/commands';
import { icd10ResultSchema, loincResultSchema, SearchIcd10, SearchLoinc } from '../contracts/queries';

export const searchIcd10Route = defineRoute({
  method: 'GET',
  path: '/terminology/icd10',
  summary: 'Search ICD-10 codes',
  description: '`?q=E11` matches codes by prefix; `?q=type 2 diabetes` matches titles containing every word.',
  query: SearchIcd10,
  response: icd10ResultSchema,
});
export const searchLoincRoute = defineRoute({
  method: 'GET',
  path: '/terminology/loinc',
  summary: 'LOINC codes the chart records, with their units',
  query: SearchLoinc,
  response: loincResultSchema,
});
export const loadIcd10Route = defineRoute({
  method: 'POST',
  path: '/terminology/icd10',
  summary: "Load a batch of the hospital's ICD-10 list",
  description: 'At most 2000 codes per request; `hms ehr load-icd10 <file>` sends a whole file in batches.',
  command: LoadIcd10Codes,
});

export const terminologyRoutes: readonly RouteDefinition[] = [searchIcd10Route, searchLoincRoute, loadIcd10Route];
