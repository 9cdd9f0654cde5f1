import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../../../src/errors.ts';
import {
  certificateToPem,
  createCrl,
  createTestCa,
  type Credential,
  crlToPem,
  issueCertificate,
} from '../../../src/services/signatures/test-ca.ts';
import { loadTrustStore } from '../../../src/services/signatures/trust-store.ts';

let ca: Credential;
let other: Credential;
let root: string;
let count = 0;

/** A fresh directory holding the given files. */
function directory(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function rejectsWith(dir: string, code: string) {
  await assert.rejects(loadTrustStore(dir), (e) => isAppError(e) && e.code === code);
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'tirkeu-trust-'));
  [ca, other] = await Promise.all([createTestCa(), createTestCa({ name: 'Other TEST CA' })]);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('F5 trust list directory', () => {
  it('takes CA certificates and CRLs, in PEM or DER, and skips keys and other files', async () => {
    const crl = await createCrl(ca, [{ serial: '0a1b', revokedAt: new Date() }]);
    const dir = directory({
      'ca.pem': certificateToPem(ca.certificate),
      'crl.pem': crlToPem(crl),
      'ca-key.pem': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      'other.cer': new Uint8Array(other.certificate.rawData),
      'other.crl': new Uint8Array((await createCrl(other, [])).rawData),
      'revoked.json': '[]',
      'README.txt': 'not a certificate',
    });
    mkdirSync(join(dir, 'archive.pem'));
    const trust = await loadTrustStore(dir);
    assert.deepEqual(
      trust.anchors.map((a) => a.subject),
      [ca.certificate.subject, other.certificate.subject],
    );
    assert.equal(trust.crls.length, 2);
    assert.ok(trust.crls[0]!.findRevoked('0A1B'));
  });

  it('reads a CRL in the library’s own PEM label too', async () => {
    const crl = await createCrl(ca, []);
    const trust = await loadTrustStore(
      directory({ 'ca.crt': certificateToPem(ca.certificate), 'x.crl': crl.toString('pem') }),
    );
    assert.equal(trust.crls.length, 1);
  });

  it('refuses a missing or empty directory, unreadable files, non-CA certificates and foreign CRLs', async () => {
    await rejectsWith(join(root, 'missing'), 'trust-store-unreadable');
    await rejectsWith(directory({}), 'trust-store-empty');
    await rejectsWith(
      directory({ 'ca.pem': certificateToPem(ca.certificate), 'bad.pem': 'garbage' }),
      'trust-store-bad-file',
    );
    await rejectsWith(directory({ 'bad.cer': 'garbage' }), 'trust-store-bad-file');
    const person = await issueCertificate(ca, { iin: '900701300108' });
    await rejectsWith(directory({ 'person.pem': certificateToPem(person.certificate) }), 'trust-store-not-ca');
    const foreign = await createCrl(other, []);
    await rejectsWith(
      directory({ 'ca.pem': certificateToPem(ca.certificate), 'crl.pem': crlToPem(foreign) }),
      'trust-store-crl-unverified',
    );
  });
});
