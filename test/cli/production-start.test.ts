// Issue 13, item 3: `tirkeu start` with NODE_ENV=production. An unsafe setting stops it before
// anything is opened or created, with one coded line naming the variable (exit code 2). A safe
// one serves whatever the database holds: no demo population, no demo logins printed, no test
// CA made, no /dev routes, Secure cookies.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSeal } from '../../src/services/certificates/seal.ts';
import { openTestPki } from '../../src/services/signatures/pki-store.ts';
import { runCli } from '../support/cli.ts';
import { startGateway, type FakeGateway } from '../support/sms-gateway-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Production settings, all safe, with a data directory of their own. */
function safeEnv(dir: string, smsUrl = 'https://sms.example.kz/v1/sms'): Record<string, string> {
  return {
    NODE_ENV: 'production',
    TIRKEU_DATA_DIR: join(dir, 'data'),
    TIRKEU_SMS: smsUrl,
    TIRKEU_SMS_TOKEN: 'a-gateway-token',
    TIRKEU_TRUST_DIR: join(dir, 'trust'),
    TIRKEU_SECRET: 'a-production-secret-of-enough-length-0123456789',
    TIRKEU_PUBLIC_URL: 'https://tirkeu.example.kz',
    TIRKEU_SEAL_DIR: join(dir, 'seal'),
    PORT: '0',
    LANG: 'C',
  };
}

describe('tirkeu start in production: each unsafe setting is refused', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tirkeu-prod-refuse-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, (env: Record<string, string>) => void][] = [
    ['TIRKEU_SMS', (env) => (env['TIRKEU_SMS'] = 'dev')],
    ['TIRKEU_SMS', (env) => (env['TIRKEU_SMS'] = 'http://sms.example.kz/v1/sms')],
    ['TIRKEU_SMS_TOKEN', (env) => delete env['TIRKEU_SMS_TOKEN']],
    ['TIRKEU_TRUST_DIR', (env) => delete env['TIRKEU_TRUST_DIR']],
    ['TIRKEU_SECRET', (env) => delete env['TIRKEU_SECRET']],
    ['TIRKEU_PUBLIC_URL', (env) => delete env['TIRKEU_PUBLIC_URL']],
    ['TIRKEU_PUBLIC_URL', (env) => (env['TIRKEU_PUBLIC_URL'] = 'http://tirkeu.example.kz')],
    ['TIRKEU_SEAL_DIR', (env) => delete env['TIRKEU_SEAL_DIR']],
  ];
  for (const [variable, spoil] of cases) {
    it(`${variable}: exit code 2, one coded line naming it, nothing created`, async () => {
      const env = safeEnv(dir);
      spoil(env);
      const r = await runCli(['start'], env);
      assert.equal(r.code, 2, r.stderr);
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, new RegExp(`^tirkeu: unsafe-production-config: .*${variable}`));
      assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace');
      assert.equal(r.stdout, '');
      // Refused before the database, the secret or the test CA was made.
      assert.equal(existsSync(join(dir, 'data')), false);
    });
  }

  it('in the language asked for', async () => {
    const r = await runCli(['--lang', 'ru', 'start'], { ...safeEnv(dir), TIRKEU_SMS: 'dev' });
    assert.match(r.stderr, /^tirkeu: unsafe-production-config: Рабочий режим не запускается .*TIRKEU_SMS/);
  });

  it('tirkeu pki will not make the test CA in production', async () => {
    const r = await runCli(['pki', 'init'], safeEnv(dir));
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^tirkeu: unsafe-production-config: .*NODE_ENV/);
    assert.equal(existsSync(join(dir, 'data')), false);
  });
});

describe('tirkeu start in production: a safe configuration', () => {
  let dir: string;
  let gateway: FakeGateway;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tirkeu-prod-start-'));
    gateway = await startGateway();
    // The national CA and the service seal stand in as files made beforehand, as an operator
    // would install them (here by the test CA, elsewhere than the data directory).
    const ca = await openTestPki(join(dir, 'trust'), { create: true });
    await openSeal(join(dir, 'seal'), { issuer: ca.ca });
  });
  after(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on an empty database without seeding, without /dev routes, with Secure cookies', async () => {
    const env = { ...process.env, ...safeEnv(dir, gateway.url) };
    const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'main.ts'), 'start'], { env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      let port: string | undefined;
      for (let i = 0; i < 240 && port === undefined && child.exitCode === null; i++) {
        await new Promise((r) => setTimeout(r, 250));
        port = /running on port (\d+) for https:\/\/tirkeu\.example\.kz/.exec(output)?.[1];
      }
      assert.ok(port, output);
      const base = `http://127.0.0.1:${port}`;
      const { registries, ...ready } = (await fetch(`${base}/readyz`).then((r) => r.json())) as {
        registries: Record<string, string>;
      };
      assert.deepEqual(ready, { status: 'ready', database: 'pglite', population: null, degraded: false });
      assert.ok(
        Object.values(registries).every((state) => state === 'closed'),
        'issue 16: the breakers',
      );
      assert.doesNotMatch(output, /Seeded|Log in as|localhost/i, output);
      for (const path of ['/dev/sms', '/api/v1/dev/sms']) {
        assert.equal((await fetch(`${base}${path}`)).status, 404, path);
      }
      const page = await fetch(`${base}/login?lang=ru`);
      const cookie = page.headers.getSetCookie().find((c) => c.startsWith('tirkeu_lang='));
      assert.match(cookie ?? '', /;\s*Secure/i, cookie);
      // No test CA and no generated secret in the data directory.
      assert.deepEqual(
        readdirSync(join(dir, 'data')).filter((f) => f === 'pki' || f === 'secret.key'),
        [],
      );
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
    assert.equal(child.exitCode, 0, output);
  });
});
