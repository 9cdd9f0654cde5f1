// What production (NODE_ENV=production) refuses to start with: every development convenience that
// would be a hole in a deployed service. The dev SMS sink shows every one-time code to anyone, the
// test CA would let anyone make a "qualified" signature, a generated secret differs per machine
// and the QR codes of certificates need the public https address. A pure function of the config.
import type { Config } from './config.ts';
import { AppError } from './errors.ts';

/** Why a setting is unsafe; the message catalog words each reason in kk/ru/en. */
export type UnsafeReason =
  | 'dev_sms'
  | 'sms_token_missing'
  | 'sms_not_https'
  | 'test_ca_trust'
  | 'generated_secret'
  | 'public_url_missing'
  | 'public_url_not_https'
  | 'test_ca_seal'
  /** `tirkeu pki` runs the test CA, which has no place next to a production service. */
  | 'test_ca_command'
  /** Issue 17: the fake payment gateway marks any invoice paid for anyone who asks. */
  | 'dev_payments'
  | 'payment_not_https'
  | 'payment_secret_missing'
  /** The catalogue's prices are placeholders (order № 21/НҚ is not in the sources). */
  | 'payment_prices_missing';

export interface UnsafeSetting {
  variable: string;
  reason: UnsafeReason;
}

export function isProduction(config: Pick<Config, 'NODE_ENV'>): boolean {
  return config.NODE_ENV === 'production';
}

function isHttpsOrLoopback(address: string): boolean {
  const url = new URL(address);
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Every unsafe setting, in the order of the README's table; none outside production. */
export function unsafeProductionSettings(config: Config): UnsafeSetting[] {
  if (!isProduction(config)) return [];
  const unsafe: UnsafeSetting[] = [];
  if (config.TIRKEU_SMS === 'dev') unsafe.push({ variable: 'TIRKEU_SMS', reason: 'dev_sms' });
  else {
    // Codes and phones travel to the gateway: in clear only to a relay on this machine.
    if (!isHttpsOrLoopback(config.TIRKEU_SMS)) unsafe.push({ variable: 'TIRKEU_SMS', reason: 'sms_not_https' });
    if (!config.TIRKEU_SMS_TOKEN) unsafe.push({ variable: 'TIRKEU_SMS_TOKEN', reason: 'sms_token_missing' });
  }
  if (!config.TIRKEU_TRUST_DIR) unsafe.push({ variable: 'TIRKEU_TRUST_DIR', reason: 'test_ca_trust' });
  if (!config.TIRKEU_SECRET) unsafe.push({ variable: 'TIRKEU_SECRET', reason: 'generated_secret' });
  if (!config.TIRKEU_PUBLIC_URL) unsafe.push({ variable: 'TIRKEU_PUBLIC_URL', reason: 'public_url_missing' });
  else if (new URL(config.TIRKEU_PUBLIC_URL).protocol !== 'https:') {
    unsafe.push({ variable: 'TIRKEU_PUBLIC_URL', reason: 'public_url_not_https' });
  }
  if (!config.TIRKEU_SEAL_DIR) unsafe.push({ variable: 'TIRKEU_SEAL_DIR', reason: 'test_ca_seal' });
  // Payments may be off in production (no invoice is issued), never the development gateway.
  if (config.TIRKEU_PAYMENTS === 'dev') unsafe.push({ variable: 'TIRKEU_PAYMENTS', reason: 'dev_payments' });
  const gateway = config.TIRKEU_PAYMENT_GATEWAY_URL;
  if (gateway !== undefined) {
    if (!isHttpsOrLoopback(gateway))
      unsafe.push({ variable: 'TIRKEU_PAYMENT_GATEWAY_URL', reason: 'payment_not_https' });
    if (!config.TIRKEU_PAYMENT_SECRET) {
      unsafe.push({ variable: 'TIRKEU_PAYMENT_SECRET', reason: 'payment_secret_missing' });
    }
    if (!config.TIRKEU_PAYMENT_PRICES) {
      unsafe.push({ variable: 'TIRKEU_PAYMENT_PRICES', reason: 'payment_prices_missing' });
    }
  }
  return unsafe;
}

/** The coded error for one unsafe setting; `others` names the rest, so one run shows them all. */
export function unsafeSettingError(setting: UnsafeSetting, others: readonly UnsafeSetting[] = []): AppError {
  return new AppError('unsafe-production-config', {
    variable: setting.variable,
    detail: setting.reason,
    more: others.length,
    others: others.map((o) => o.variable).join(', '),
  });
}

/** Throws 'unsafe-production-config' naming the first unsafe setting (and listing the others). */
export function assertSafeForProduction(config: Config): void {
  const [first, ...rest] = unsafeProductionSettings(config);
  if (first) throw unsafeSettingError(first, rest);
}
