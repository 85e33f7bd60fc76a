/** The fhir plugin's messages in the web client, in English. */
export const messages = {
  exchange: {
    title: 'Exchange with another provider',
    exportSummary: 'Export summary (IPS)',
    exporting: 'Preparing the summary…',
    exported: 'The summary was downloaded as a FHIR document (International Patient Summary).',
    importRecord: 'Import a record',
    importHint: 'A FHIR Bundle (JSON) from another provider: its patients are matched, its entries imported.',
    importing: 'Importing…',
    inBackground: 'A large record: it is imported in the background.',
    progress: 'Imported so far: {0}%',
    notJson: 'This file is not a FHIR Bundle in JSON.',
    refused: 'The record was refused: {0}',
    reportTitle: 'What became of each entry',
  },
  outcomes: {
    created: 'Imported',
    matched: 'Matched to a record already here',
    'would-create': 'Would be imported',
    ambiguous: 'Not imported: several records here could be this one',
    'not-mappable': 'Not taken',
    failed: 'Refused',
  },
} as const;
