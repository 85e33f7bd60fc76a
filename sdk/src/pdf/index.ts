// @hms/sdk/pdf: a small PDF writer for the documents a plugin hands out (a visit summary, a report as a table).
// Its own entry, so a plugin that prints nothing does not carry it, and the SDK's main surface stays the plugin
// contract.
export { renderPdf } from './render-pdf';
export type { PdfBlock, PdfColumn, PdfDocument } from './render-pdf';
export { renderLabels } from './render-labels';
export type { PdfBarcode, PdfLabel, PdfLabelSheet } from './render-labels';
