// Issue 17: payments as the environment sets them (docs/payments.md). The real gateway by its
// address and shared secret; the development gateway started in this process (TIRKEU_PAYMENTS=dev,
// the default outside production), with a secret made for this run and its callbacks sent to
// this process; or none (TIRKEU_PAYMENTS=off, the default in production).
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import { unknownPriceKeys } from '../domain/payments/fees.ts';
import { SERVICE_DEFINITIONS } from '../domain/public-services/catalogue.ts';
import { AppError } from '../errors.ts';
import { isProduction } from '../production-policy.ts';
import { startDevPaymentGateway } from '../services/payments/dev-gateway.ts';
import { HttpPaymentGateway } from '../services/payments/http-payment-gateway.ts';
import type { Payments } from '../services/payments/payment-gateway.ts';

export const CALLBACK_PATH = '/api/v1/payments/callback';

export type PaymentMode = { kind: 'off' } | { kind: 'dev' } | { kind: 'gateway'; url: string; secret: string };

/** What payments the settings ask for; checked before anything starts ('invalid-config'). */
export function paymentModeOf(config: Config): PaymentMode {
  // A misspelt price key would leave a placeholder in force unnoticed.
  const [unknown] = unknownPriceKeys(SERVICE_DEFINITIONS, config.TIRKEU_PAYMENT_PRICES ?? {});
  if (unknown !== undefined) {
    throw new AppError('invalid-config', { variable: 'TIRKEU_PAYMENT_PRICES', detail: `no fee stage ${unknown}` });
  }
  const url = config.TIRKEU_PAYMENT_GATEWAY_URL;
  if (url === undefined) return { kind: config.TIRKEU_PAYMENTS ?? (isProduction(config) ? 'off' : 'dev') };
  if (config.TIRKEU_PAYMENTS !== undefined) {
    throw new AppError('invalid-config', {
      variable: 'TIRKEU_PAYMENTS',
      detail: 'not together with TIRKEU_PAYMENT_GATEWAY_URL',
    });
  }
  if (!config.TIRKEU_PAYMENT_SECRET) {
    throw new AppError('invalid-config', {
      variable: 'TIRKEU_PAYMENT_SECRET',
      detail: 'required with TIRKEU_PAYMENT_GATEWAY_URL',
    });
  }
  return { kind: 'gateway', url, secret: config.TIRKEU_PAYMENT_SECRET };
}

export interface RunningPayments {
  payments: Payments | undefined;
  /** Stops the development gateway, if one was started. */
  close(): Promise<void>;
}

/**
 * Payments for `tirkeu start`; `serviceUrl` is where this process is reached (the development
 * gateway posts there).
 */
export async function paymentsFromEnv(config: Config, serviceUrl: string): Promise<RunningPayments> {
  const mode = paymentModeOf(config);
  const prices = config.TIRKEU_PAYMENT_PRICES ?? {};
  const common = {
    maxSkewSeconds: config.TIRKEU_PAYMENT_MAX_SKEW_SECONDS,
    prices,
    refusePlaceholderPrices: isProduction(config),
  };
  if (mode.kind === 'off') return { payments: undefined, close: async () => {} };
  if (mode.kind === 'gateway') {
    const secret = new TextEncoder().encode(mode.secret);
    const publicUrl = config.TIRKEU_PUBLIC_URL ?? serviceUrl;
    return {
      payments: {
        gateway: new HttpPaymentGateway({ url: mode.url, secret, timeoutMs: config.TIRKEU_PAYMENT_TIMEOUT_MS }),
        secret,
        callbackUrl: new URL(CALLBACK_PATH, publicUrl).href,
        ...common,
      },
      close: async () => {},
    };
  }
  const secret = new Uint8Array(randomBytes(32));
  const dev = await startDevPaymentGateway({ secret });
  return {
    payments: {
      gateway: new HttpPaymentGateway({ url: dev.url, secret, timeoutMs: config.TIRKEU_PAYMENT_TIMEOUT_MS }),
      secret,
      callbackUrl: new URL(CALLBACK_PATH, serviceUrl).href,
      ...common,
    },
    close: () => dev.close(),
  };
}
