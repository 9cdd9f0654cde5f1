// The payment gateway's callback (docs/payments.md). Not a citizen's route: no session, no
// Idempotency-Key; the gateway's signature over the exact body bytes is what authenticates it,
// so the body reaches the service as it arrived (json-body.ts keeps it), not as parsed JSON.
import { z } from '@hono/zod-openapi';
import type { ServiceContext } from '../../services/context.ts';
import { AppError } from '../../errors.ts';
import { handleCallback } from '../../services/payments/callbacks.ts';
import { paymentsEnabled } from '../../services/payments/invoices.ts';
import { rawBodyOf } from '../json-body.ts';
import type { ApiEnv } from './auth.ts';
import { newApi } from './route.ts';
import { ErrorBody } from './schemas.ts';

const CallbackBody = z
  .object({
    eventId: z.string().openapi({ description: 'The same on every redelivery of this report' }),
    invoiceId: z.string().openapi({ format: 'uuid' }),
    paymentId: z.string(),
    status: z.enum(['paid', 'cancelled', 'expired']),
    amountTiyn: z.int().openapi({ description: 'The amount in tiyn (1/100 tenge)' }),
    currency: z.literal('KZT'),
    at: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('PaymentCallback');
const Received = z
  .object({
    received: z.literal(true),
    outcome: z.enum(['applied', 'no-change', 'duplicate']),
    state: z.enum(['issued', 'paid', 'cancelled', 'expired']),
  })
  .openapi('PaymentCallbackReceived');
const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

export function paymentRoutes(ctx: ServiceContext) {
  const app = newApi<ApiEnv>();
  // Documented by hand: a validator would read the body as JSON before the signature is checked.
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/payments/callback',
    tags: ['Payments'],
    summary: 'The payment gateway reports an invoice paid, cancelled or expired (signed; docs/payments.md)',
    request: {
      headers: z.object({
        'x-payment-timestamp': z.string().openapi({ description: 'Unix seconds when the gateway signed' }),
        'x-payment-signature': z
          .string()
          .openapi({ description: 'v1=<hex HMAC-SHA256 of "<timestamp>.<body>" under the shared secret>' }),
      }),
      body: { content: { 'application/json': { schema: CallbackBody } }, required: true },
    },
    responses: {
      200: {
        description: 'Received (also a repeat, which changes nothing)',
        content: { 'application/json': { schema: Received } },
      },
      400: error('Not the agreed form'),
      401: error('Not signed by the gateway, or signed too long ago'),
      404: error('No such invoice, or payments are off'),
      409: error('Another payment or amount than the invoice, or the invoice is closed'),
      413: error('Body over 8 KiB'),
    },
  });
  app.post('/payments/callback', async (c) => {
    // A service that takes no payments (TIRKEU_PAYMENTS=off) has no callback address.
    if (!paymentsEnabled(ctx)) throw new AppError('not-found');
    const result = await handleCallback(ctx, rawBodyOf(c), c.req.raw.headers);
    return c.json({ received: true, outcome: result.outcome, state: result.state }, 200);
  });
  return app;
}
