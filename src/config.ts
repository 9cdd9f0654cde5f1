// Configuration comes from the environment only (DEVELOPERS.md §6); every variable is validated
// here and a bad one stops the program with a coded error naming the variable.
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { configuredPricesSchema } from './domain/payments/fees.ts';
import { LANGUAGES } from './i18n/messages.ts';
import { trustProxyProblem } from './trust-proxy.ts';

const schema = z.object({
  // production refuses unsafe settings at start (src/production-policy.ts), mounts no /dev
  // routes, seeds no demo population and marks cookies Secure.
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // 0 asks the system for a free port (tests); the port bound is printed at start.
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // Issue 20: a read replica of DATABASE_URL that answers the registries' reads (docs/scaling.md).
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TIRKEU_DATA_DIR: z.string().min(1).default('./data'),
  TIRKEU_PKI_DIR: z.string().min(1).optional(),
  TIRKEU_DEMO_PERSONS: z.coerce.number().int().min(1000).max(20_500_000).default(10_000),
  TIRKEU_DEMO_SEED: z
    .string()
    .regex(/^[0-9]{1,15}$/, 'must be a number')
    .default('2025'),
  TIRKEU_LANG: z.enum(LANGUAGES).optional(),
  // Where trusted CA certificates and CRLs are read from (F5); default: the test PKI directory.
  TIRKEU_TRUST_DIR: z.string().min(1).optional(),
  // Issue 14: the trust list is read again this often, and on every change of its files;
  // 0 turns the schedule off (file changes still count).
  TIRKEU_TRUST_RELOAD_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  // Issue 14: how long the worker keeps rows that are no longer needed (docs/security.md).
  TIRKEU_RETENTION_CHALLENGES_DAYS: z.coerce.number().int().min(1).max(3650).default(1),
  TIRKEU_RETENTION_SESSIONS_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
  TIRKEU_RETENTION_IDEMPOTENCY_DAYS: z.coerce.number().int().min(1).max(3650).default(1),
  TIRKEU_RETENTION_DRAFTS_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  TIRKEU_RETENTION_OUTBOX_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Keys the one-time-code hashes; absent: generated once into <TIRKEU_DATA_DIR>/secret.key.
  TIRKEU_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  // 'dev': the in-memory sink shown on /dev/sms (development only); an http(s) URL: the SMS
  // gateway the HTTP adapter posts to (docs/sms-gateway.md).
  TIRKEU_SMS: z
    .literal('dev')
    .or(z.url({ protocol: /^https?$/, error: 'must be dev or an http(s) URL' }))
    .default('dev'),
  // Bearer token sent to the gateway; required in production with an http(s) gateway.
  TIRKEU_SMS_TOKEN: z.string().min(1).optional(),
  // How long one request to the gateway may take before it counts as failed (retried later).
  TIRKEU_SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  TIRKEU_CONSENT_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  TIRKEU_CONSENT_MODE: z.enum(['all', 'any']).default('all'),
  // C7: the address QR codes of certificates point to; absent: http://localhost:<PORT>.
  TIRKEU_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // C7: the service seal (seal.pem, seal-key.pem); absent: <pki dir>/seal, made by the test CA.
  TIRKEU_SEAL_DIR: z.string().min(1).optional(),
  // Issue 14: SMS codes (login and signing, decoys included) the whole service sends per minute.
  TIRKEU_SMS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  // Issue 14: the proxies (loopback, private, addresses, CIDRs; comma-separated) whose
  // X-Forwarded-For and X-Forwarded-Proto are believed (src/trust-proxy.ts); absent: none.
  TIRKEU_TRUST_PROXY: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const problem = value === undefined ? null : trustProxyProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  // Issue 16: seconds `tirkeu start` keeps serving after SIGTERM with /readyz at 503, before it
  // stops listening; absent: 5 in production, 0 otherwise.
  TIRKEU_SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  // Issue 16: server processes `tirkeu start` runs (node:cluster), all on one port and one
  // PostgreSQL server; more than one needs DATABASE_URL (src/cli/commands/start-cluster.ts).
  TIRKEU_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  // Issue 20: statements go to a PostgreSQL server as named prepared statements (parsed once per
  // connection); 'off' for a pooler in transaction mode (src/db/prepared-statements.ts).
  TIRKEU_PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  // Issue 17 (docs/payments.md): dev runs the fake payment gateway in-process (never in
  // production), off takes no payments; absent: dev, or off in production. A gateway address
  // (with its shared secret) means the real gateway and excludes TIRKEU_PAYMENTS.
  TIRKEU_PAYMENTS: z.enum(['dev', 'off']).optional(),
  TIRKEU_PAYMENT_GATEWAY_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  // Signs the requests to the gateway and verifies its callbacks (HMAC-SHA256).
  TIRKEU_PAYMENT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  TIRKEU_PAYMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  // How far a callback's signing time may be from this clock before it is refused as stale.
  TIRKEU_PAYMENT_MAX_SKEW_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  // The real prices of order № 21/НҚ as JSON, {"S9b/on-filing": 5200, …} in tenge; absent: the
  // catalogue's placeholders (refused in production).
  TIRKEU_PAYMENT_PRICES: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON: {"S9b/on-filing": 5200}' });
        return z.NEVER;
      }
    })
    .pipe(configuredPricesSchema)
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
  /** The test CA of `tirkeu pki` (F5): TIRKEU_PKI_DIR, else <TIRKEU_DATA_DIR>/pki. */
  pkiDir: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) {
    return { ...result.data, pkiDir: result.data.TIRKEU_PKI_DIR ?? join(result.data.TIRKEU_DATA_DIR, 'pki') };
  }
  const issue = result.error.issues[0]!;
  throw new AppError('invalid-config', { variable: String(issue.path[0]), detail: issue.message });
}
