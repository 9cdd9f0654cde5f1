// The payment gateway over HTTP (docs/payments.md), in the manner of the e-gov payment gateway:
// POST /invoices makes an invoice and answers the gateway's id and the payment page; GET
// /invoices/{id} answers its status (the fallback when a callback is lost). Each request is
// signed like the callbacks (HMAC-SHA256 over timestamp and body, domain/payments/callback.ts),
// carries the invoice id as Idempotency-Key, has a timeout, and passes a circuit breaker (as the
// registries do, issue 16): after `breakAfter` consecutive transient failures calls fail at once
// until `halfOpenAfterMs` has passed. Every answer is validated; one the adapter cannot read is
// an error, so the caller writes nothing.
import {
  BrokenCircuitError,
  circuitBreaker,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  handleWhen,
} from 'cockatiel';
import { z } from 'zod';
import type { Tiyn } from '../../domain/payments/fees.ts';
import { INVOICE_STATES } from '../../domain/payments/invoice.ts';
import { signMessage } from '../../domain/payments/callback.ts';
import {
  type GatewayInvoice,
  type GatewayStatus,
  type InvoiceRequest,
  type PaymentGateway,
  PaymentGatewayError,
} from './payment-gateway.ts';

export interface HttpPaymentGatewayOptions {
  /** The gateway's base address; /invoices is appended. */
  url: string;
  secret: Uint8Array;
  timeoutMs: number;
  breakAfter?: number;
  halfOpenAfterMs?: number;
  now?: () => Date;
}

const gatewayId = z.string().regex(/^[A-Za-z0-9_\-:.]{1,100}$/);
const CreatedAnswer = z.object({
  paymentId: gatewayId,
  paymentUrl: z.url({ protocol: /^https?$/ }).max(2000),
  amountTiyn: z.int().positive(),
});
const StatusAnswer = z.object({
  paymentId: gatewayId,
  status: z.enum(INVOICE_STATES),
  amountTiyn: z.int().positive(),
});

/** Codes of a failed call. */
export const PAYMENT_ERROR = {
  timeout: 'timeout',
  unreachable: 'unreachable',
  badAnswer: 'bad-answer',
  breakerOpen: 'breaker-open',
  http: (status: number) => `http-${status}`,
} as const;

export class HttpPaymentGateway implements PaymentGateway {
  readonly #options: HttpPaymentGatewayOptions;
  readonly #breaker: CircuitBreakerPolicy;
  constructor(options: HttpPaymentGatewayOptions) {
    this.#options = options;
    this.#breaker = circuitBreaker(
      handleWhen((e) => e instanceof PaymentGatewayError && e.transient),
      {
        halfOpenAfter: options.halfOpenAfterMs ?? 10_000,
        breaker: new ConsecutiveBreaker(options.breakAfter ?? 5),
      },
    );
  }

  async createInvoice(request: InvoiceRequest): Promise<GatewayInvoice> {
    const body = JSON.stringify({
      invoiceId: request.invoiceId,
      amountTiyn: request.amount,
      currency: 'KZT',
      description: request.description,
      callbackUrl: request.callbackUrl,
    });
    const answer = CreatedAnswer.safeParse(await this.#call('POST', '/invoices', body, request.invoiceId));
    // An invoice for another amount than asked is not the one Tirkeu issues.
    if (!answer.success || answer.data.amountTiyn !== request.amount) {
      throw new PaymentGatewayError(PAYMENT_ERROR.badAnswer, false);
    }
    return { paymentId: answer.data.paymentId, paymentUrl: answer.data.paymentUrl };
  }

  async invoiceStatus(invoiceId: string): Promise<GatewayStatus> {
    const answer = StatusAnswer.safeParse(
      await this.#call('GET', `/invoices/${encodeURIComponent(invoiceId)}`, '', invoiceId),
    );
    if (!answer.success) throw new PaymentGatewayError(PAYMENT_ERROR.badAnswer, false);
    return { paymentId: answer.data.paymentId, status: answer.data.status, amount: answer.data.amountTiyn as Tiyn };
  }

  async #call(method: 'GET' | 'POST', path: string, body: string, key: string): Promise<unknown> {
    try {
      return await this.#breaker.execute(() => this.#fetch(method, path, body, key));
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw new PaymentGatewayError(PAYMENT_ERROR.breakerOpen, true);
      throw error;
    }
  }

  async #fetch(method: 'GET' | 'POST', path: string, body: string, key: string): Promise<unknown> {
    const { url, secret, timeoutMs, now = () => new Date() } = this.#options;
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${url.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          'idempotency-key': key,
          ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          ...(await signMessage(body, secret, now())),
        },
        ...(method === 'POST' ? { body } : {}),
        redirect: 'error',
        signal,
      });
    } catch (error) {
      throw new PaymentGatewayError(signal.aborted ? PAYMENT_ERROR.timeout : PAYMENT_ERROR.unreachable, true, {
        cause: error,
      });
    }
    // The body is read within the same timeout (a gateway may stall after the headers).
    let answer: unknown;
    try {
      answer = await response.json();
    } catch (error) {
      if (signal.aborted) throw new PaymentGatewayError(PAYMENT_ERROR.timeout, true, { cause: error });
      answer = undefined;
    }
    if (!response.ok) {
      const transient = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new PaymentGatewayError(PAYMENT_ERROR.http(response.status), transient);
    }
    return answer;
  }
}
