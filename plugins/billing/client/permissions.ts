// The server's permission names this client part checks (the billing plugin declares them).
export const CATALOGUE_READ = 'billing:catalogue:read';
export const CATALOGUE_MANAGE = 'billing:catalogue:manage';
export const CHARGE_READ = 'billing:charge:read';
export const CHARGE_WRITE = 'billing:charge:write';
export const INVOICE_MANAGE = 'billing:invoice:manage';
export const PAYMENT_TAKE = 'billing:payment:take';
export const CLAIM_MANAGE = 'billing:claim:manage';
/** Analytics' permission to run its reports: the finance dashboard runs the financial report. */
export const REPORTS_RUN = 'analytics:reports:run';
