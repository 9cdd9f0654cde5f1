import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { canonicalBytes } from '../../src/services/signatures/canonical-json.ts';
import { readPkcs12 } from '../../src/services/signatures/pkcs12.ts';
import { signDetached } from '../../src/services/signatures/sign.ts';
import { loadTrustStore } from '../../src/services/signatures/trust-store.ts';
import { verifySignature } from '../../src/services/signatures/verify.ts';
import { runCli } from '../support/cli.ts';

const IIN = '900701300108';
let root: string;
let pkiDir: string;

const run = (args: string[], stdin = '') => runCli(args, { TIRKEU_PKI_DIR: pkiDir }, stdin);

/** Signs with the PKCS#12 file and verifies against the PKI directory as trust list. */
async function verifyWith(p12File: string, password = 'tirkeu') {
  const credential = await readPkcs12(readFileSync(p12File), password);
  const content = canonicalBytes({ challenge: 'login', nonce: 42 });
  const cms = await signDetached({ content, ...credential });
  return verifySignature({ cms, content, trust: await loadTrustStore(pkiDir), at: new Date(), expectedIin: IIN });
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'tirkeu-cli-pki-'));
  pkiDir = join(root, 'pki');
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('tirkeu pki', () => {
  it('issue before init: no CA yet', async () => {
    const r = await run(['pki', 'issue', '--iin', IIN, '--out', join(root, 'early.p12')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^tirkeu: pki-missing: .*tirkeu pki init/);
  });

  it('init creates the test CA once and prints its directory and fingerprint', async () => {
    const first = await run(['pki', 'init']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Created a test CA in .*pki\. SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}\n$/);
    assert.equal(statSync(join(pkiDir, 'ca-key.pem')).mode & 0o777, 0o600);
    const second = await run(['pki', 'init']);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /already exists/);
    assert.equal(second.stdout.split('fingerprint: ')[1], first.stdout.split('fingerprint: ')[1]);
  });

  it('issue writes a PKCS#12 whose key signs what verify accepts; revoke makes it revoked', async () => {
    const out = join(root, 'person.p12');
    const r = await run(['pki', 'issue', '--iin', IIN, '--name', 'Сейтқали Айгерім', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(statSync(out).mode & 0o777, 0o600);
    const serial = /Issued certificate ([0-9a-f]+) for IIN 900701300108/.exec(r.stdout)?.[1];
    assert.ok(serial, r.stdout);
    const good = await verifyWith(out);
    assert.ok(good.ok, JSON.stringify(good));
    assert.equal(good.iin, IIN);
    assert.equal(good.certificate.serial, serial);
    assert.match(good.certificate.subject, /Сейтқали Айгерім/);

    const revoked = await run(['pki', 'revoke', '--serial', serial.toUpperCase()]);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.match(revoked.stdout, new RegExp(`Revoked certificate ${serial}\\. CRL: .*crl\\.pem`));
    assert.deepEqual(await verifyWith(out), { ok: false, code: 'certificate-revoked' });
  });

  it('issue --expired and --password', async () => {
    const out = join(root, 'expired.p12');
    const r = await run(['pki', 'issue', '--iin', IIN, '--out', out, '--expired', '--password', 's3cret']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await verifyWith(out, 's3cret'), { ok: false, code: 'certificate-expired' });
    await assert.rejects(verifyWith(out), /pkcs12-unreadable/);
  });

  it('sign prints a CMS of a file, or of the canonical form of a JSON file', async () => {
    const out = join(root, 'signer.p12');
    assert.equal((await run(['pki', 'issue', '--iin', IIN, '--out', out, '--days', '30'])).code, 0);
    const document = join(root, 'application.json');
    writeFileSync(document, '{ "b": 1, "a": [true, null] }');
    const trust = await loadTrustStore(pkiDir);
    const plain = await run(['pki', 'sign', '--p12', out, document]);
    assert.equal(plain.code, 0, plain.stderr);
    const raw = readFileSync(document);
    const plainResult = await verifySignature({ cms: plain.stdout, content: raw, trust, at: new Date() });
    assert.ok(plainResult.ok, JSON.stringify(plainResult));
    const canonical = await run(['pki', 'sign', '--p12', out, '--canonical', '-'], '{ "b": 1, "a": [true, null] }');
    const content = canonicalBytes({ a: [true, null], b: 1 });
    const result = await verifySignature({ cms: canonical.stdout, content, trust, at: new Date(), expectedIin: IIN });
    assert.ok(result.ok, JSON.stringify(result));
    const wrong = await run(['pki', 'sign', '--p12', out, '--password', 'nope', document]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /^tirkeu: pkcs12-unreadable: /);
  });

  it('bad arguments: one coded line, exit code 2', async () => {
    for (const args of [
      ['pki'],
      ['pki', 'frobnicate'],
      ['pki', 'issue', '--iin', '900701300107'],
      ['pki', 'issue', '--iin', '12345'],
      ['pki', 'issue'],
      ['pki', 'issue', '--iin', IIN, '--days', '0'],
      ['pki', 'revoke', '--serial', 'xyz'],
      ['pki', 'revoke'],
      ['pki', 'init', 'extra'],
      ['pki', 'sign', join(root, 'application.json')],
    ]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^tirkeu: invalid-arguments: [^\n]*\n$/, args.join(' '));
    }
  });

  it('is listed in the help', async () => {
    const r = await run(['help']);
    assert.match(r.stdout, /tirkeu pki issue --iin IIN/);
    assert.match(r.stdout, /TIRKEU_PKI_DIR/);
  });

  it('issue without --out writes the key under the PKI directory, never into the working tree', async () => {
    const r = await run(['pki', 'issue', '--iin', IIN]);
    assert.equal(r.code, 0, r.stderr);
    const file = join(pkiDir, 'people', `${IIN}.p12`);
    assert.ok(r.stdout.includes(file), r.stdout);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal((await verifyWith(file)).ok, true);
  });
});
