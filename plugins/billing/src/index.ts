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
export default billingPlugin;
