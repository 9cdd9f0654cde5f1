// Issue 14, finding 8, end to end: `tirkeu start` re-reads its trust list when a file of it
// changes. A certificate revoked with the test CA (as `tirkeu pki revoke` does) is refused by the
// running server, and a broken file makes a coded warning while the previous list stays in use.
// Production mode: an empty database, so a valid signature gets as far as "person unknown" (the
// signature is checked first) and a revoked one stops at 'certificate-revoked'.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSeal } from '../../src/services/certificates/seal.ts';
import { openTestPki, type TestPki } from '../../src/services/signatures/pki-store.ts';
import { signDetached } from '../../src/services/signatures/sign.ts';
import type { Credential } from '../../src/services/signatures/test-ca.ts';
import { P } from '../support/family.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loginCode(base: string, credential: Credential): Promise<string> {
  const challenge = (await fetch(`${base}/api/v1/auth/challenge`, { method: 'POST' }).then((r) => r.json())) as {
    challengeId: string;
    nonce: string;
  };
  const cms = await signDetached({
    content: new TextEncoder().encode(challenge.nonce),
    certificate: credential.certificate,
    privateKey: credential.privateKey,
    signingTime: new Date(),
  });
  const answer = await fetch(`${base}/api/v1/auth/certificate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ challengeId: challenge.challengeId, cms }),
  });
  return ((await answer.json()) as { error: { code: string } }).error.code;
}

/** Polls (bounded) until `check` holds. */
async function eventually(check: () => Promise<boolean> | boolean, what: string, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    assert.ok(Date.now() < deadline, `not within ${ms} ms: ${what}`);
    await sleep(100);
  }
}

describe('finding 8: `tirkeu start` refuses a certificate revoked while it runs, without restart', () => {
  let dir: string;
  let pki: TestPki;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tirkeu-trust-start-'));
    pki = await openTestPki(join(dir, 'trust'), { create: true });
    await openSeal(join(dir, 'seal'), { issuer: pki.ca });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reloads on file change, keeps the last good list over a broken file, and logs only a code', async () => {
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      TIRKEU_DATA_DIR: join(dir, 'data'),
      TIRKEU_SMS: 'https://sms.example.kz/v1/sms',
      TIRKEU_SMS_TOKEN: 'a-gateway-token',
      TIRKEU_TRUST_DIR: pki.dir,
      // No schedule: only the file watcher can bring the new CRL in.
      TIRKEU_TRUST_RELOAD_SECONDS: '0',
      TIRKEU_SECRET: 'a-production-secret-of-enough-length-0123456789',
      TIRKEU_PUBLIC_URL: 'https://tirkeu.example.kz',
      TIRKEU_SEAL_DIR: join(dir, 'seal'),
      PORT: '0',
      LANG: 'C',
    };
    const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'main.ts'), 'start'], { env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      let port: string | undefined;
      for (let i = 0; i < 240 && port === undefined && child.exitCode === null; i++) {
        await sleep(250);
        port = /running on port (\d+)/.exec(output)?.[1];
      }
      assert.ok(port, output);
      const base = `http://127.0.0.1:${port}`;
      const credential = await pki.issue({ iin: P.timur });
      assert.equal(await loginCode(base, credential), 'login-person-unknown', 'the signature itself is accepted');

      await writeFile(join(pki.dir, 'broken.pem'), 'half a certificate');
      await eventually(() => output.includes('trust-reload-failed'), 'a coded warning');
      const warning = output.split('\n').find((line) => line.includes('trust-reload-failed'))!;
      assert.match(warning, /"level":40/);
      assert.match(warning, /"cause":"trust-store-bad-file"/);
      assert.doesNotMatch(warning, new RegExp(P.timur));
      assert.equal(await loginCode(base, credential), 'login-person-unknown', 'the previous list stays');

      await rm(join(pki.dir, 'broken.pem'));
      await pki.revoke(credential.certificate.serialNumber);
      await eventually(async () => (await loginCode(base, credential)) === 'certificate-revoked', 'refused');
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
    assert.equal(child.exitCode, 0, output);
  });
});
