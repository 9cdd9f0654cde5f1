// Everything a service operation needs, passed explicitly: no module-level state, so tests run
// the same code with a manual clock, injected registry failures and the SMS sink.
import type { Database } from '../db/database.ts';
import type { Registries } from '../registries/ports.ts';
import type { Clock } from './clock.ts';
import { DEFAULT_RETENTION, type RetentionSettings } from './retention.ts';
import type { Seal } from './certificates/seal.ts';
import type { SmsGateway } from './messaging/sms-gateway.ts';
import type { Payments } from './payments/payment-gateway.ts';
import type { Budget } from './throttle.ts';
import type { TrustStore } from './signatures/trust-store.ts';

export interface ServiceSettings {
  /** P7/I4: working days (F2) the owners have to consent before the application expires. */
  consentWorkingDays: number;
  /** I4: consent from every adult capable owner, or from any one of them. */
  consentMode: 'all' | 'any';
  otpTtlSeconds: number;
  otpMaxAttempts: number;
  /**
   * Issue 14: code budgets (services/auth/code-budgets.ts), separate for login, signing and
   * consent codes. otpPerIin: codes for one IIN from one caller (an address for anonymous login
   * codes, the person for signing and consent); otpPerPhone: codes to one phone from everyone.
   * One code of either comes back every otpRefillSeconds: a refill, not a wall.
   */
  otpPerIin: number;
  otpPerPhone: number;
  otpRefillSeconds: number;
  /** Issue 14: one client address's own budgets, with backoff (anonymous callers). */
  addressBudgets: {
    /** Login-code requests, whatever the IIN (known, unknown, invalid alike). */
    codeRequests: Budget;
    /** Login-code guesses, whichever challenge. */
    codeGuesses: Budget;
    /** Certificate login challenges and attempts. */
    logins: Budget;
  };
  /** Issue 14: SMS codes sent per minute by the whole service, login and signing (TIRKEU_SMS_PER_MINUTE). */
  smsPerMinute: number;
  /** Issue 14: hours an Idempotency-Key is remembered. */
  idempotencyHours: number;
  /**
   * A login-code request answers no sooner than this, whatever the IIN: known with a phone,
   * known without one, or unknown — so its time does not tell them apart (issue 13).
   */
  loginCodeMinMs: number;
  sessionMinutes: number;
  /** First pause before asking a failed registry again; doubles per attempt. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** C7: the public address the QR codes of address certificates point to. */
  publicUrl: string;
  /**
   * Applications a citizen may start online in 24 hours (docs/privacy.md): every application asks
   * the registries, so an unbounded number would let one account probe them at will.
   */
  applicationsPerDay: number;
  /** Issue 14: how long the worker keeps challenges, sessions, codes, idempotency keys, drafts. */
  retention: RetentionSettings;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  consentWorkingDays: 3,
  consentMode: 'all',
  otpTtlSeconds: 300,
  otpMaxAttempts: 3,
  otpPerIin: 3,
  otpPerPhone: 10,
  otpRefillSeconds: 120,
  addressBudgets: {
    codeRequests: { burst: 20, everySeconds: 6, backoff: true },
    codeGuesses: { burst: 30, everySeconds: 2, backoff: true },
    logins: { burst: 30, everySeconds: 2, backoff: true },
  },
  smsPerMinute: 600,
  idempotencyHours: 24,
  loginCodeMinMs: 400,
  sessionMinutes: 30,
  retryBaseSeconds: 30,
  retryMaxSeconds: 3600,
  publicUrl: 'http://localhost:3000',
  applicationsPerDay: 30,
  retention: DEFAULT_RETENTION,
};

export interface ServiceContext {
  database: Database;
  /** Registry ports as the service sees them: with timeouts and retries (resilient-registries). */
  registries: Registries;
  clock: Clock;
  trust: TrustStore;
  sms: SmsGateway;
  settings: ServiceSettings;
  /** C7: the service's electronic seal, which signs address certificates. */
  seal: Seal;
  /** Server secret keying the one-time-code hashes. */
  secret: Uint8Array;
  /** Issue 17: the payment gateway and its settings; absent when payments are off (docs/payments.md). */
  payments?: Payments | undefined;
}
