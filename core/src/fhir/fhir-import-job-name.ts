/** The background FHIR import job's name in the FHIR server plugin's queue (`fhir.import-bundle`). */
export const fhirImportJobName = (serverPlugin: string): string => `${serverPlugin}.import-bundle`;
