// Builds the e-service from the environment: registries with resilience on the same database (or
// its read replica),
// the trust list (the test CA in development), the OTP secret, the SMS gateway, the settings.
// In production every one of them must be configured (production-policy.ts): the test CA is
// never created and no secret is generated.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { resilientRegistries } from '../registries/resilient.ts';
import { createSqlRegistries } from '../registries/sql/index.ts';
import { systemClock } from '../services/clock.ts';
import { DEFAULT_SETTINGS, type ServiceContext } from '../services/context.ts';
import { openSeal, type Seal } from '../services/certificates/seal.ts';
import { DEFAULT_RETENTION } from '../services/retention.ts';
import { HttpSmsGateway } from '../services/messaging/http-sms-gateway.ts';
import { DevSmsSink, type SmsGateway } from '../services/messaging/sms-gateway.ts';
import { openTestPki } from '../services/signatures/pki-store.ts';
import { loadTrustStore } from '../services/signatures/trust-store.ts';
import { assertSafeForProduction, isProduction, unsafeSettingError } from '../production-policy.ts';

async function secretOf(config: Config): Promise<Uint8Array> {
  if (config.TIRKEU_SECRET) return new TextEncoder().encode(config.TIRKEU_SECRET);
  const file = join(config.TIRKEU_DATA_DIR, 'secret.key');
  const existing = await readFile(file).catch(() => null);
  if (existing && existing.length >= 32) return existing;
  await mkdir(config.TIRKEU_DATA_DIR, { recursive: true });
  const secret = randomBytes(32);
  await writeFile(file, secret, { mode: 0o600, flag: 'w' });
  await chmod(file, 0o600);
  return secret;
}

/** The trust list; without TIRKEU_TRUST_DIR the development test CA (made on first use). */
export async function trustDirOf(config: Config): Promise<string> {
  if (config.TIRKEU_TRUST_DIR) return config.TIRKEU_TRUST_DIR;
  if (isProduction(config)) throw unsafeSettingError({ variable: 'TIRKEU_TRUST_DIR', reason: 'test_ca_trust' });
  await openTestPki(config.pkiDir, { create: true });
  return config.pkiDir;
}

/** C7: the seal; without TIRKEU_SEAL_DIR the test CA makes one in the test PKI directory. */
async function sealOf(config: Config): Promise<Seal> {
  if (config.TIRKEU_SEAL_DIR) return openSeal(config.TIRKEU_SEAL_DIR);
  if (isProduction(config)) throw unsafeSettingError({ variable: 'TIRKEU_SEAL_DIR', reason: 'test_ca_seal' });
  const pki = await openTestPki(config.pkiDir, { create: true });
  return openSeal(join(config.pkiDir, 'seal'), { issuer: pki.ca });
}

/** The development sink (TIRKEU_SMS=dev) or the HTTP gateway at the URL given. */
export function smsGatewayOf(config: Config): SmsGateway {
  if (config.TIRKEU_SMS === 'dev') return new DevSmsSink();
  return new HttpSmsGateway({
    url: config.TIRKEU_SMS,
    token: config.TIRKEU_SMS_TOKEN,
    timeoutMs: config.TIRKEU_SMS_TIMEOUT_MS,
  });
}

/** `replica`: where the registries read (DATABASE_REPLICA_URL); without it, the primary. */
export async function serviceFromEnv(
  config: Config,
  database: Database,
  replica: Database | null = null,
): Promise<ServiceContext> {
  assertSafeForProduction(config);
  const trustDir = await trustDirOf(config);
  return {
    database,
    registries: resilientRegistries(createSqlRegistries((replica ?? database).db)),
    clock: systemClock,
    trust: await loadTrustStore(trustDir),
    sms: smsGatewayOf(config),
    settings: {
      ...DEFAULT_SETTINGS,
      consentWorkingDays: config.TIRKEU_CONSENT_WORKING_DAYS,
      consentMode: config.TIRKEU_CONSENT_MODE,
      publicUrl: config.TIRKEU_PUBLIC_URL ?? `http://localhost:${config.PORT || 3000}`,
      retention: {
        ...DEFAULT_RETENTION,
        challengesDays: config.TIRKEU_RETENTION_CHALLENGES_DAYS,
        sessionsDays: config.TIRKEU_RETENTION_SESSIONS_DAYS,
        idempotencyDays: config.TIRKEU_RETENTION_IDEMPOTENCY_DAYS,
        draftsDays: config.TIRKEU_RETENTION_DRAFTS_DAYS,
        outboxDays: config.TIRKEU_RETENTION_OUTBOX_DAYS,
      },
      smsPerMinute: config.TIRKEU_SMS_PER_MINUTE,
    },
    seal: await sealOf(config),
    secret: await secretOf(config),
  };
}
