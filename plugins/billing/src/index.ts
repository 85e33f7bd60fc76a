import { billingPlugin } from './plugin';

export { billingPlugin };
export type { BillingPluginOptions } from './options';
export type { CardPaymentRequest, PaymentProvider, ProviderEvent, ProviderWebhook } from './payments/payment-provider';
export {
  declineAmountsEndingIn51,
  TEST_SIGNATURE_HEADER,
  testPaymentProvider,
  type TestPaymentProvider,
  type TestPaymentProviderOptions,
} from './payments/test-payment-provider';
export type { ClaimSubmission, Clearinghouse, ClearinghouseAnswer } from './insurance/clearinghouse';
export type { EligibilityAnswer, EligibilityCheck, EligibilityRequest, EligibilityRule } from './insurance/eligibility';
export { rulesEligibilityCheck } from './insurance/eligibility';
export { rulesClearinghouse, type ClearinghouseRules } from './insurance/rules-clearinghouse';
export default billingPlugin;
