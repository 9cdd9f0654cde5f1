// Everything a service operation needs, passed explicitly: no module-level state, so tests run
// the same code with a manual clock, injected registry failures and the SMS sink.
import type { Database } from '../db/database.ts';
import type { Registries } from '../registries/ports.ts';
import type { Clock } from './clock.ts';
import { DEFAULT_RETENTION, type RetentionSettings } from './retention.ts';
import type { Seal } from './certificates/seal.ts';
import type { SmsGateway } from './messaging/sms-gateway.ts';
import type { TrustStore } from './signatures/trust-store.ts';

export interface ServiceSettings {
  /** P7/I4: working days (F2) the owners have to consent before the application expires. */
  consentWorkingDays: number;
  /** I4: consent from every adult capable owner, or from any one of them. */
  consentMode: 'all' | 'any';
  otpTtlSeconds: number;
  otpMaxAttempts: number;
  /** Codes sent per IIN, and per phone, within the window. */
  otpPerIin: number;
  otpPerPhone: number;
  otpWindowSeconds: number;
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
  otpPerPhone: 5,
  otpWindowSeconds: 900,
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
}
