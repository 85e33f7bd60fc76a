/**
 * The codes this plugin raises, with the SDK's error classes. Details carry ids, codes and amounts only.
 */
export { AMOUNT_NOT_WHOLE, CURRENCY_MISMATCH } from './domain/money/money';
export { INVALID_PERCENTAGE, INVALID_WEIGHTS } from './domain/money/rounding';

/** NotFoundError (404). Details: the id. */
export const SERVICE_NOT_FOUND = 'SERVICE_NOT_FOUND';
export const PRICE_LIST_NOT_FOUND = 'PRICE_LIST_NOT_FOUND';
export const CHARGE_NOT_FOUND = 'CHARGE_NOT_FOUND';
export const COVERAGE_NOT_FOUND = 'COVERAGE_NOT_FOUND';
export const INVOICE_NOT_FOUND = 'INVOICE_NOT_FOUND';
export const CLAIM_NOT_FOUND = 'CLAIM_NOT_FOUND';
/** ConflictError (409): the id or code is taken. */
export const SERVICE_EXISTS = 'SERVICE_EXISTS';
export const PRICE_LIST_EXISTS = 'PRICE_LIST_EXISTS';
export const CLAIM_EXISTS = 'CLAIM_EXISTS';
export const COVERAGE_EXISTS = 'COVERAGE_EXISTS';
export const INVOICE_EXISTS = 'INVOICE_EXISTS';
/** InvariantViolation (422). */
export const SERVICE_RETIRED = 'SERVICE_RETIRED';
/** No price for the service on the service date. Details: `{ priceListId, serviceCode, on }`. */
export const NO_PRICE_IN_FORCE = 'NO_PRICE_IN_FORCE';
/** A new price's period overlaps a bounded one already set. Details: `{ priceListId, serviceCode, validFrom }`. */
export const PRICE_PERIOD_OVERLAP = 'PRICE_PERIOD_OVERLAP';
export const INVALID_PERIOD = 'INVALID_PERIOD';
export const CHARGE_ALREADY_REVERSED = 'CHARGE_ALREADY_REVERSED';
/** More of a payer's share was to move to the patient than is left of it. Details: `{ chargeId, payerShare }`. */
export const TRANSFER_EXCEEDS_PAYER_SHARE = 'TRANSFER_EXCEEDS_PAYER_SHARE';
/**
 * More was to move back from the patient to the payer (after an appeal) than the patient still owes of the charge
 * (a credit note already took part of it back). Details: `{ chargeId, patientShare }`.
 */
export const TRANSFER_EXCEEDS_PATIENT_SHARE = 'TRANSFER_EXCEEDS_PATIENT_SHARE';
export const NOTHING_TO_INVOICE = 'NOTHING_TO_INVOICE';
/** The invoice is not in a state that allows this (e.g. issuing an issued one). Details: `{ invoiceId, status }`. */
export const INVOICE_NOT_DRAFT = 'INVOICE_NOT_DRAFT';
export const INVOICE_NOT_ISSUED = 'INVOICE_NOT_ISSUED';
/** Something was paid, credited or written off on the invoice: correct it by credit note instead. */
export const INVOICE_HAS_ACTIVITY = 'INVOICE_HAS_ACTIVITY';
export const CREDIT_EXCEEDS_INVOICE = 'CREDIT_EXCEEDS_INVOICE';
export const WRITE_OFF_EXCEEDS_BALANCE = 'WRITE_OFF_EXCEEDS_BALANCE';
export const ALLOCATION_EXCEEDS_CREDIT = 'ALLOCATION_EXCEEDS_CREDIT';
export const REFUND_EXCEEDS_CREDIT = 'REFUND_EXCEEDS_CREDIT';
/** A provider reference already confirmed a payment, so it cannot be declined (or the other way round). */
export const PAYMENT_ALREADY_SETTLED = 'PAYMENT_ALREADY_SETTLED';
export const CLAIM_NOT_DRAFT = 'CLAIM_NOT_DRAFT';
/** The claim's status does not allow the step. Details: `{ claimId, status }`. */
export const CLAIM_WRONG_STATUS = 'CLAIM_WRONG_STATUS';
export const CLAIM_ITEMS_MISMATCH = 'CLAIM_ITEMS_MISMATCH';
/** benefit ≤ eligible ≤ submitted must hold for each line. */
export const ADJUDICATION_INCONSISTENT = 'ADJUDICATION_INCONSISTENT';
export const DENIAL_REASON_REQUIRED = 'DENIAL_REASON_REQUIRED';
export const REMITTANCE_EXCEEDS_BENEFIT = 'REMITTANCE_EXCEEDS_BENEFIT';
export const NOTHING_TO_APPEAL = 'NOTHING_TO_APPEAL';
/** No charge rule maps this charge key (nor its kind's `<kind>:*` default) to a service. Details: `{ key }`. */
export const NO_CHARGE_RULE = 'NO_CHARGE_RULE';
/** ConflictError (409): a provider reference already confirmed a payment on another account. Details: ids. */
export const PROVIDER_REFERENCE_TAKEN = 'PROVIDER_REFERENCE_TAKEN';
/** NotFoundError (404): the patient plugin knows no patient with this id. Details: `{ patientId }`. */
export const PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND';
/** NotFoundError (404): the patient has no billing account yet (nothing was ever charged or paid). */
export const ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND';
/** InvariantViolation (422): the record was merged into another; bill the survivor. Details: ids. */
export const PATIENT_MERGED = 'PATIENT_MERGED';
/** NotFoundError (404): no payment or refund with this id on this account. Details: `{ paymentId }`. */
export const PAYMENT_NOT_FOUND = 'PAYMENT_NOT_FOUND';
/** NotFoundError (404): no card payment with this id was started (a webhook naming one). Details: the id. */
export const CARD_PAYMENT_NOT_FOUND = 'CARD_PAYMENT_NOT_FOUND';
/** ConflictError (409): the card payment was already sent under another provider payment id. Details: ids. */
export const CARD_PAYMENT_ALREADY_SENT = 'CARD_PAYMENT_ALREADY_SENT';
/** InvariantViolation (422): the provider's amount is not what the card payment was started for. Details: both. */
export const PROVIDER_AMOUNT_MISMATCH = 'PROVIDER_AMOUNT_MISMATCH';
/** InvariantViolation (422): the payer's eligibility check refused the policy. Details: `{ payerId, on, reason }`. */
export const NOT_ELIGIBLE = 'NOT_ELIGIBLE';
/** ConflictError (409): no clearinghouse is configured (`billingPlugin.configure({ clearinghouse })`). */
export const NO_CLEARINGHOUSE = 'NO_CLEARINGHOUSE';
/** InvariantViolation (422): no diagnosis for the claimed services, in the EHR or given. Details: `{ patientId }`. */
export const NO_DIAGNOSIS_ON_RECORD = 'NO_DIAGNOSIS_ON_RECORD';
/** InvariantViolation (422): with the EHR enabled, a claim's diagnoses come from it and are not typed. */
export const DIAGNOSIS_FROM_EHR = 'DIAGNOSIS_FROM_EHR';
/** InvariantViolation (422): a margin is asked of a service that charges no stores item. Details: `{ serviceCode }`. */
export const NOT_A_STOCK_ITEM_SERVICE = 'NOT_A_STOCK_ITEM_SERVICE';
