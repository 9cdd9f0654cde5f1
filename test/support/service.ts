// An e-service over a test database: the spec family (or any dataset) in the registries, a
// manual clock on the family's date, the SMS sink, a test CA, and an HTTP client over app.fetch.
import type { EngineKind } from '../../src/db/database.ts';
import type { RegistryDataset } from '../../src/domain/registry-facts.ts';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/log.ts';
import type { Registries } from '../../src/registries/ports.ts';
import { type ResilienceOptions, resilientRegistries } from '../../src/registries/resilient.ts';
import { parseScenarioValue } from '../../src/registries/scenario/read.ts';
import { createSqlRegistries } from '../../src/registries/sql/index.ts';
import { ManualClock } from '../../src/services/clock.ts';
import { DEFAULT_SETTINGS, type ServiceContext, type ServiceSettings } from '../../src/services/context.ts';
import { DevSmsSink } from '../../src/services/messaging/sms-gateway.ts';
import type { Budget } from '../../src/services/throttle.ts';
import { signDetached } from '../../src/services/signatures/sign.ts';
import {
  type Credential,
  createCrl,
  createTestCa,
  issueCertificate,
  type IssueOptions,
} from '../../src/services/signatures/test-ca.ts';
import { trustStoreOf } from '../../src/services/signatures/trust-store.ts';
import { issueTestSeal } from '../../src/services/certificates/seal.ts';
import { runDuties } from '../../src/services/worker.ts';
import { openLoadedDatabase, type TestDatabase } from './engines.ts';
import { family } from './family.ts';
import type { ScenarioInput } from '../../src/registries/scenario/schema.ts';

/** 11:00 in Astana on the family's date (kz-pilot-2025 in force). */
export const FAMILY_NOW = '2025-12-01T06:00:00Z';

/** The spec family with a БМГ phone for every living person. */
export function familyDataset(change?: (input: ScenarioInput) => void): RegistryDataset {
  const input = family();
  change?.(input);
  input.phones = (input.persons ?? [])
    .filter((p) => p.deathDate === null)
    .map((p, i) => ({ iin: p.iin, phone: `+7701${String(1_000_000 + i).padStart(7, '0')}`, boundAt: '2020-01-01' }));
  return parseScenarioValue({
    ...input,
    application: { service: 'permanent', channel: 'online', applicant: '900701300108', rka: '0000000000000000' },
  }).data;
}

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
}

export interface TestService {
  ctx: ServiceContext;
  clock: ManualClock;
  sms: DevSmsSink;
  test: TestDatabase;
  ca: Credential;
  /** The HTTP application, for tests that serve it on a real port (the browser suite). */
  app: { fetch(request: Request, env?: unknown): Response | Promise<Response> };
  /** Registries as the service sees them, so tests can make one fail, or hang (never answer). */
  faults: { failing: Set<keyof Registries>; hanging: Set<keyof Registries> };
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string>; address?: string },
  ): Promise<Reply>;
  /** The raw response, for what is not JSON (PDF files, pages). */
  fetch(
    method: string,
    path: string,
    options?: { token?: string; headers?: Record<string, string>; address?: string },
  ): Promise<Response>;
  /** Logs in by SMS code, as a citizen would; returns the bearer token. */
  login(iin: string): Promise<string>;
  /** The last code sent to this person's phone. */
  lastCode(iin: string): string;
  certificate(options: IssueOptions): Promise<Credential>;
  sign(credential: Credential, content: Uint8Array | string): Promise<string>;
  revoke(serials: string[]): Promise<void>;
  duties(): Promise<unknown>;
  dispose(): Promise<void>;
}

/** Wraps each port so a test can make a registry fail or hang, as an outage would. */
function faulty(inner: Registries, failing: Set<keyof Registries>, hanging: Set<keyof Registries>): Registries {
  return Object.fromEntries(
    Object.entries(inner).map(([name, port]) => [
      name,
      new Proxy(port as object, {
        get(target, key, receiver) {
          const value: unknown = Reflect.get(target, key, receiver);
          if (typeof value !== 'function') return value;
          return async (...args: unknown[]) => {
            if (failing.has(name as keyof Registries)) throw new Error('registry down');
            if (hanging.has(name as keyof Registries)) return new Promise(() => {});
            return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          };
        },
      }),
    ]),
  ) as unknown as Registries;
}

const UNLIMITED: Budget = { burst: 1_000_000, everySeconds: 1 };
const UNLIMITED_ADDRESS: ServiceSettings['addressBudgets'] = {
  codeRequests: UNLIMITED,
  codeGuesses: UNLIMITED,
  logins: UNLIMITED,
};

/** The bindings @hono/node-server gives a request: here, the client's address (client-address.ts). */
export function connection(address: string | undefined): unknown {
  return address === undefined ? undefined : { incoming: { socket: { remoteAddress: address } } };
}

export async function openService(
  engine: EngineKind,
  options: {
    data?: RegistryDataset;
    settings?: Partial<ServiceSettings>;
    now?: string;
    production?: boolean;
    resilience?: Partial<ResilienceOptions>;
  } = {},
): Promise<TestService> {
  const data = options.data ?? familyDataset();
  const test = await openLoadedDatabase(engine, data);
  const clock = new ManualClock(options.now ?? FAMILY_NOW);
  const sms = new DevSmsSink();
  const ca = await createTestCa({ notBefore: new Date('2020-01-01'), notAfter: new Date('2040-01-01') });
  const failing = new Set<keyof Registries>();
  const hanging = new Set<keyof Registries>();
  const phones = new Map(data.phones.map((p) => [p.iin, p.phone]));
  const ctx: ServiceContext = {
    database: test.database,
    registries: resilientRegistries(faulty(createSqlRegistries(test.database.db), failing, hanging), {
      timeoutMs: 2000,
      retries: 1,
      ...options.resilience,
    }),
    clock,
    trust: trustStoreOf({ anchors: [ca.certificate] }),
    sms,
    // Tests log in hundreds of times: no answer-time floor unless a test asks for it
    // (login-enumeration.test.ts), and, as every request here comes from one address, no address
    // budgets either unless a test asks for them (throttling.test.ts).
    settings: { ...DEFAULT_SETTINGS, loginCodeMinMs: 0, addressBudgets: UNLIMITED_ADDRESS, ...options.settings },
    secret: new TextEncoder().encode('test-secret'),
    seal: await issueTestSeal(ca, { notBefore: new Date('2020-01-01'), notAfter: new Date('2040-01-01') }),
  };
  const app = createApp({
    database: test.database,
    logger: createLogger('silent'),
    service: { ctx, devSms: true, production: options.production ?? false },
  });
  const service: TestService = {
    app,
    ctx,
    clock,
    sms,
    test,
    ca,
    faults: { failing, hanging },
    async request(method, path, { token, body, headers, address } = {}) {
      const response = await app.fetch(
        new Request(`http://tirkeu.test${path}`, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
        connection(address),
      );
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    fetch: (method, path, { token, headers, address } = {}) =>
      Promise.resolve(
        app.fetch(
          new Request(`http://tirkeu.test${path}`, {
            method,
            headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
          }),
          connection(address),
        ),
      ),
    lastCode(iin) {
      const phone = phones.get(iin);
      const text = sms.recent(phone)[0]?.text ?? '';
      const code = /(\d{6})/.exec(text)?.[1];
      if (!code) throw new Error(`no code was sent to ${iin}`);
      return code;
    },
    async login(iin) {
      const sent = await service.request('POST', '/api/v1/auth/otp', { body: { iin } });
      if (sent.status !== 200) throw new Error(`otp: ${JSON.stringify(sent.body)}`);
      await service.duties();
      const done = await service.request('POST', '/api/v1/auth/otp/verify', {
        body: { iin, challengeId: sent.body.challengeId, code: service.lastCode(iin) },
      });
      if (done.status !== 200) throw new Error(`login: ${JSON.stringify(done.body)}`);
      return done.body.token as string;
    },
    certificate: (o) =>
      issueCertificate(ca, { notBefore: new Date('2024-01-01'), notAfter: new Date('2030-01-01'), ...o }),
    sign: (credential, content) =>
      signDetached({
        content: typeof content === 'string' ? new TextEncoder().encode(content) : content,
        certificate: credential.certificate,
        privateKey: credential.privateKey,
        signingTime: clock.now(),
      }),
    async revoke(serials) {
      const crl = await createCrl(
        ca,
        serials.map((serial) => ({ serial, revokedAt: new Date('2025-06-01') })),
      );
      ctx.trust = trustStoreOf({ anchors: [ca.certificate], crls: [crl] });
    },
    duties: () => runDuties(ctx),
    async dispose() {
      await test.dispose();
    },
  };
  return service;
}
