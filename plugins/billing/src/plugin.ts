import { PATIENT_READ } from '@hms/plugin-patient/contracts';
import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { ACCOUNT_EVENTS } from './contracts/account-events';
import { CARD_PAYMENT_EVENTS } from './contracts/card-payments';
import { CLAIM_EXCHANGE_EVENTS } from './contracts/claim-exchange';
import { exchangeClaimHandler } from './handlers/exchange-claim.handler';
import { exchangeClaimsJob } from './jobs/exchange-claims.job';
import { markCardPaymentSentHandler } from './handlers/mark-card-payment-sent.handler';
import { recordProviderEventHandler } from './handlers/record-provider-event.handler';
import { startCardPaymentHandler } from './handlers/start-card-payment.handler';
import { sendCardPaymentsJob } from './jobs/send-card-payments.job';
import { BILLING_NOTIFICATION_KINDS } from './notifications/notification-kinds';
import { createCardPaymentsMigration } from './migrations/0002-card-payments.migration';
import type { BillingPluginOptions } from './options';
import { cardPaymentsProjection } from './projections/card-payments.projection';
import { ehrDiagnosesProjection } from './projections/ehr-diagnoses.projection';
import { createEhrDiagnosesMigration } from './migrations/0003-ehr-diagnoses.migration';
import { cardPaymentRoutes } from './routes/card-payment.routes';
import { CAPTURE_EVENTS } from './contracts/capture';
import { CATALOGUE_EVENTS, PRICE_LIST_EVENTS } from './contracts/catalogue-events';
import { CLAIM_EVENTS } from './contracts/claim-events';
import {
  BILLING_PERMISSIONS,
  CATALOGUE_MANAGE,
  CATALOGUE_READ,
  CHARGE_READ,
  CHARGE_WRITE,
  CLAIM_MANAGE,
  INVOICE_MANAGE,
  PAYMENT_TAKE,
  REPORT_READ,
} from './contracts/permissions';
import { acceptClaimHandler } from './handlers/accept-claim.handler';
import { adjudicateClaimHandler } from './handlers/adjudicate-claim.handler';
import { appealClaimHandler } from './handlers/appeal-claim.handler';
import { createClaimHandler } from './handlers/create-claim.handler';
import { getClaimHandler } from './handlers/get-claim.handler';
import { listClaimsHandler } from './handlers/list-claims.handler';
import { recordClaimPaymentHandler } from './handlers/record-claim-payment.handler';
import { rejectClaimHandler } from './handlers/reject-claim.handler';
import { resubmitClaimHandler } from './handlers/resubmit-claim.handler';
import { submitClaimHandler } from './handlers/submit-claim.handler';
import { claimsProjection } from './projections/claims.projection';
import { claimRoutes } from './routes/claim.routes';
import { allocateCreditHandler } from './handlers/allocate-credit.handler';
import { captureBedNightsHandler } from './handlers/capture-bed-nights.handler';
import { captureChargeHandler } from './handlers/capture-charge.handler';
import { correctChargeHandler } from './handlers/correct-charge.handler';
import { createPriceListHandler } from './handlers/create-price-list.handler';
import { declinePaymentHandler } from './handlers/decline-payment.handler';
import { defineServiceHandler } from './handlers/define-service.handler';
import { draftInvoiceHandler } from './handlers/draft-invoice.handler';
import { endCoverageHandler } from './handlers/end-coverage.handler';
import { getAccountHandler } from './handlers/get-account.handler';
import { getInvoicePdfHandler } from './handlers/get-invoice-pdf.handler';
import { getReceiptPdfHandler } from './handlers/get-receipt-pdf.handler';
import { getTrialBalanceHandler } from './handlers/get-trial-balance.handler';
import { issueCreditNoteHandler } from './handlers/issue-credit-note.handler';
import { issueInvoiceHandler } from './handlers/issue-invoice.handler';
import { listChargeRulesHandler } from './handlers/list-charge-rules.handler';
import { listInvoicesHandler } from './handlers/list-invoices.handler';
import { listPriceListsHandler } from './handlers/list-price-lists.handler';
import { listServicesHandler } from './handlers/list-services.handler';
import { getServiceMarginHandler } from './handlers/get-service-margin.handler';
import { postChargeHandler } from './handlers/post-charge.handler';
import { receivePaymentHandler } from './handlers/receive-payment.handler';
import { refundCreditHandler } from './handlers/refund-credit.handler';
import { registerCoverageHandler } from './handlers/register-coverage.handler';
import { retireServiceHandler } from './handlers/retire-service.handler';
import { reverseChargeHandler } from './handlers/reverse-charge.handler';
import { setChargeRuleHandler } from './handlers/set-charge-rule.handler';
import { setPriceHandler } from './handlers/set-price.handler';
import { voidInvoiceHandler } from './handlers/void-invoice.handler';
import { writeOffInvoiceHandler } from './handlers/write-off-invoice.handler';
import { createBillingMigration } from './migrations/0001-billing.migration';
import { captureSourcesProjection } from './projections/capture-sources.projection';
import { catalogueProjection } from './projections/catalogue.projection';
import { invoicesProjection } from './projections/invoices.projection';
import { ledgerProjection } from './projections/ledger.projection';
import { paymentsProjection } from './projections/payments.projection';
import { createStockItemServicesMigration } from './migrations/0004-stock-item-services.migration';
import { chargeAppointments } from './reactions/charge-appointments.reaction';
import { chargeBedDays } from './reactions/charge-bed-days.reaction';
import { chargeEhrEncounters } from './reactions/charge-ehr-encounters.reaction';
import { chargeLabResults } from './reactions/charge-lab-results.reaction';
import { chargeStockIssues } from './reactions/charge-stock-issues.reaction';
import { accountRoutes } from './routes/account.routes';
import { catalogueRoutes } from './routes/catalogue.routes';
import { coveragesProjection } from './projections/coverages.projection';
import { createCoverageIndexMigration } from './migrations/0005-coverage-index.migration';
import {
  findFhirClaimHandler,
  findFhirCoverageHandler,
  getFhirClaimsHandler,
  getFhirCoveragesHandler,
} from './fhir/billing-fhir.queries';
import { claimFhirResource, claimResponseFhirResource, coverageFhirResource } from './fhir/billing.fhir';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.2: notifications of denied claim lines and declined payments; 1.3: FHIR Coverage, Claim, ClaimResponse; 1.4:
// margins over the stores' costs; 1.5: laboratory results charged, returned medication credited, charges
// offline-capable
export const BILLING_PLUGIN_VERSION = '1.7.0';

export const billingPlugin: PluginDefinition<BillingPluginOptions> = definePlugin<BillingPluginOptions>({
  name: 'billing',
  version: BILLING_PLUGIN_VERSION,
  // 2.2: the payment provider's webhook route has no user session.
  sdk: '^2.10.0', // notifications (2.3): denied claim lines and declined payments; FHIR contributions (2.4); the reader's language (2.10)
  description:
    'Services and price lists, charges captured from what happened, invoices, payments and refunds, with a double-entry ledger under them',
  dependsOn: { patient: '^1.0.0' },
  // Charges are captured from appointments, bed-days, stock issued to patients, encounters opened in the EHR and
  // released laboratory results when those plugins are enabled; billing works without them.
  // Claims take their diagnoses from the EHR's published events when it is enabled.
  // Stock issued to a patient needs inventory 1.1 (issues name the patient, and can be reversed).
  // Laboratory results are charged from lab's `ResultReleased`, published since lab 0.1 (a 0.x range names each
  // minor: 0.1 and 0.2 publish it alike; 1.x keeps it under semver).
  optionalDependsOn: {
    scheduling: '^1.0.0',
    adt: '^1.0.0',
    ehr: '^1.0.0',
    inventory: '^1.5.0',
    lab: '>=0.1.0 <2.0.0',
  },
  permissions: [...BILLING_PERMISSIONS],
  roles: [
    {
      name: 'cashier',
      description: "Takes payments and refunds at the desk, sees a patient's account and prints invoices",
      // Payments, covers and charges check the patient with the patient plugin as the user: without its read
      // permission every payment at the desk was refused (found by the authorization matrix).
      permissions: [CATALOGUE_READ, CHARGE_READ, PAYMENT_TAKE, PATIENT_READ],
    },
    {
      name: 'billing-clerk',
      description: 'Charges by hand and corrects charges, registers cover, drafts and issues invoices, follows claims',
      permissions: [CATALOGUE_READ, CHARGE_READ, CHARGE_WRITE, INVOICE_MANAGE, CLAIM_MANAGE, PATIENT_READ],
    },
    {
      name: 'finance-officer',
      description: 'Keeps the catalogue, prices and charge rules, credits and writes off invoices, reads the ledger',
      permissions: [
        CATALOGUE_READ,
        CATALOGUE_MANAGE,
        CHARGE_READ,
        CHARGE_WRITE,
        INVOICE_MANAGE,
        PAYMENT_TAKE,
        CLAIM_MANAGE,
        REPORT_READ,
        PATIENT_READ,
      ],
    },
  ],
  events: [
    ...CATALOGUE_EVENTS,
    ...PRICE_LIST_EVENTS,
    ...ACCOUNT_EVENTS,
    ...CLAIM_EVENTS,
    ...CAPTURE_EVENTS,
    ...CARD_PAYMENT_EVENTS,
    ...CLAIM_EXCHANGE_EVENTS,
  ],
  commands: [
    defineServiceHandler,
    retireServiceHandler,
    createPriceListHandler,
    setPriceHandler,
    setChargeRuleHandler,
    registerCoverageHandler,
    endCoverageHandler,
    postChargeHandler,
    captureChargeHandler,
    captureBedNightsHandler,
    reverseChargeHandler,
    correctChargeHandler,
    draftInvoiceHandler,
    issueInvoiceHandler,
    voidInvoiceHandler,
    issueCreditNoteHandler,
    writeOffInvoiceHandler,
    receivePaymentHandler,
    declinePaymentHandler,
    allocateCreditHandler,
    refundCreditHandler,
    startCardPaymentHandler,
    markCardPaymentSentHandler,
    recordProviderEventHandler,
    createClaimHandler,
    submitClaimHandler,
    acceptClaimHandler,
    rejectClaimHandler,
    resubmitClaimHandler,
    adjudicateClaimHandler,
    appealClaimHandler,
    recordClaimPaymentHandler,
    exchangeClaimHandler,
  ],
  queries: [
    listServicesHandler,
    getServiceMarginHandler,
    listPriceListsHandler,
    listChargeRulesHandler,
    getAccountHandler,
    listInvoicesHandler,
    getInvoicePdfHandler,
    getReceiptPdfHandler,
    getTrialBalanceHandler,
    listClaimsHandler,
    getClaimHandler,
    getFhirCoveragesHandler,
    findFhirCoverageHandler,
    getFhirClaimsHandler,
    findFhirClaimHandler,
  ],
  projections: [
    catalogueProjection,
    invoicesProjection,
    paymentsProjection,
    ledgerProjection,
    claimsProjection,
    captureSourcesProjection,
    cardPaymentsProjection,
    ehrDiagnosesProjection,
    coveragesProjection,
  ],
  reactions: [chargeAppointments, chargeBedDays, chargeStockIssues, chargeEhrEncounters, chargeLabResults],
  jobs: [sendCardPaymentsJob, exchangeClaimsJob],
  notificationKinds: [...BILLING_NOTIFICATION_KINDS],
  routes: [...catalogueRoutes, ...accountRoutes, ...claimRoutes, ...cardPaymentRoutes],
  paths: ['/billing'],
  migrations: [
    createBillingMigration,
    createCardPaymentsMigration,
    createEhrDiagnosesMigration,
    createStockItemServicesMigration,
    createCoverageIndexMigration,
  ],
  // FHIR Coverage, Claim and ClaimResponse through billing's own queries (SDK 2.4; docs/fhir.md).
  fhir: [coverageFhirResource, claimFhirResource, claimResponseFhirResource],
});
