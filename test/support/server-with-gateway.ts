// `tirkeu start` as a child process, the way an operator runs it, against a PostgreSQL test
// database already holding the registries (so development mode seeds no demo population) and a
// fake SMS gateway in the test process (whose requests carry the one-time codes). Several of them
// may share one database and data directory (issue 16). A client that logs in reads its code
// from the gateway; each client has its own address through TIRKEU_TRUST_PROXY=loopback.
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { FakeGateway } from './sms-gateway-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ServerSettings {
  databaseUrl: string;
  dataDir: string;
  gateway: FakeGateway;
  /** Further variables (TIRKEU_WORKERS, a fixed PORT…). */
  env?: Record<string, string>;
}

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  base: string;
  port: number;
  /** Everything it printed so far. */
  output(): string;
  /** Sends the signal and waits for the exit; resolves with the exit code (null when killed). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function serverEnv(settings: ServerSettings): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'development',
    DATABASE_URL: settings.databaseUrl,
    TIRKEU_DATA_DIR: settings.dataDir,
    TIRKEU_SECRET: 'a-secret-shared-by-every-process-0123456789',
    TIRKEU_SMS: settings.gateway.url,
    TIRKEU_SMS_TIMEOUT_MS: '2000',
    TIRKEU_TRUST_PROXY: 'loopback',
    TIRKEU_TRUST_RELOAD_SECONDS: '0',
    PORT: '0',
    LOG_LEVEL: 'warn',
    LANG: 'C',
    ...settings.env,
  };
}

/** Starts `tirkeu start` and waits (up to three minutes: a loaded machine) until it says where it listens. */
export async function startServer(settings: ServerSettings): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'main.ts'), 'start'], { env: serverEnv(settings) });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let port: number | undefined;
  for (let i = 0; i < 1800 && port === undefined && child.exitCode === null && child.signalCode === null; i++) {
    await sleep(100);
    const found = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    if (found) port = Number(found);
  }
  if (port === undefined) {
    child.kill('SIGKILL');
    assert.fail(`tirkeu start did not come up:\n${output}`);
  }
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill(signal);
        await exited;
      }
      return child.exitCode;
    },
  };
}

export interface ApiReply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read bodies freely
  body: any;
}

/** One client of a server: its own address (X-Forwarded-For) and, once logged in, its token. */
export class ApiClient {
  base: string;
  readonly address: string;
  token: string | undefined;
  constructor(base: string, address: string) {
    this.base = base;
    this.address = address;
  }

  async request(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<ApiReply> {
    const response = await fetch(`${this.base}/api/v1${path}`, {
      method,
      headers: {
        'x-forwarded-for': this.address,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, body };
  }
}

/** The one-time code of the last SMS the gateway took for this phone, once it arrives. */
export async function codeFor(gateway: FakeGateway, phone: string, after: number, ms = 15_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const texts = gateway.requests
      .slice(after)
      .map((r) => r.body as { to?: string; text?: string })
      .filter((b) => b.to === phone);
    const code = /(\d{6})/.exec(texts.at(-1)?.text ?? '')?.[1];
    if (code) return code;
    assert.ok(Date.now() < deadline, `no code reached ${phone} within ${ms} ms`);
    await sleep(100);
  }
}

/** Logs the client in by SMS code (asked for and verified through the client's server). */
export async function loginBySms(client: ApiClient, gateway: FakeGateway, iin: string, phone: string): Promise<void> {
  const before = gateway.requests.length;
  const sent = await client.request('POST', '/auth/otp', { body: { iin } });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  const code = await codeFor(gateway, phone, before);
  const done = await client.request('POST', '/auth/otp/verify', {
    body: { iin, challengeId: sent.body.challengeId, code },
  });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  client.token = done.body.token;
}
