import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import { RecordProviderEvent, StartCardPayment } from '../contracts/card-payments';
import type { BillingPluginOptions } from '../options';

export const cardPaymentRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/billing/accounts/:patientId/card-payments',
    summary: 'Start a card payment with the payment provider (confirmed or declined later by its webhook)',
    command: StartCardPayment,
    status: 201,
  }),
  // #region webhook-route
  defineRoute({
    method: 'POST',
    path: '/billing/payments/provider-events',
    summary: "The payment provider's webhook: no session, authenticated by the provider's signature",
    description:
      'Signed with the secret the payment provider was configured with; anything not genuine is refused with 401. A confirmation delivered twice records one payment.',
    command: RecordProviderEvent,
    body: z.object({}).loose(),
    response: z.object({ outcome: z.enum(['recorded', 'already-recorded', 'pending']) }),
    webhook: {
      accept(request, options: BillingPluginOptions) {
        return options.paymentProvider?.readWebhook({ rawBody: request.rawBody, headers: request.headers });
      },
    },
    // The provider only needs to know it was heard: ids stay on this side.
    respond: (result) => ({ body: { outcome: result.outcome } }),
  }),
  // #endregion webhook-route
];
