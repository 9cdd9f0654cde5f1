// The payment gateway (ЭҮТШ) as a port: production plugs in the gateway over HTTP
// (http-payment-gateway.ts); development and tests run the same adapter against the fake gateway
// served on this machine (dev-gateway.ts). Contract: docs/payments.md.
import type { ConfiguredPrices, Tiyn } from '../../domain/payments/fees.ts';
import type { InvoiceState } from '../../domain/payments/invoice.ts';

export interface InvoiceRequest {
  /** Tirkeu's id of the invoice; the gateway answers a repeat with the invoice it made the first time. */
  invoiceId: string;
  amount: Tiyn;
  /** What is paid for, as the payer sees it on the gateway's page (no personal data). */
  description: string;
  /** Where the gateway posts its signed callbacks. */
  callbackUrl: string;
}

/** The gateway's answer to a new invoice: its own id, and the page where the payer pays. */
export interface GatewayInvoice {
  paymentId: string;
  paymentUrl: string;
}

/** The gateway's answer to a status query (the fallback when a callback is lost). */
export interface GatewayStatus {
  paymentId: string;
  status: InvoiceState;
  amount: Tiyn;
}

export interface PaymentGateway {
  /** Rejects with a PaymentGatewayError when the gateway did not make the invoice or its answer is unreadable. */
  createInvoice(request: InvoiceRequest): Promise<GatewayInvoice>;
  invoiceStatus(invoiceId: string): Promise<GatewayStatus>;
}

/**
 * A call that failed, with a code safe to log and show (never the gateway's answer body).
 * Transient failures (timeout, unreachable, 5xx, 408, 429) count towards the circuit breaker.
 */
export class PaymentGatewayError extends Error {
  readonly code: string;
  readonly transient: boolean;
  constructor(code: string, transient: boolean, options: { cause?: unknown } = {}) {
    super(`payment gateway: ${code}`, options);
    this.name = 'PaymentGatewayError';
    this.code = code;
    this.transient = transient;
  }
}

/** Payments as the service runs them; absent from the context when they are off (TIRKEU_PAYMENTS=off). */
export interface Payments {
  gateway: PaymentGateway;
  /** Shared with the gateway: signs Tirkeu's requests and verifies the gateway's callbacks. */
  secret: Uint8Array;
  /** POST /api/v1/payments/callback at the address the gateway reaches Tirkeu by. */
  callbackUrl: string;
  maxSkewSeconds: number;
  /** The real figures of order № 21/НҚ, where configured (TIRKEU_PAYMENT_PRICES). */
  prices: ConfiguredPrices;
  /** Production: no invoice is issued at a placeholder price. */
  refusePlaceholderPrices: boolean;
}
