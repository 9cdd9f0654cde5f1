import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../../../src/errors.ts';
import { normalizeSerial, openTestPki, type TestPki } from '../../../src/services/signatures/pki-store.ts';
import { fingerprint } from '../../../src/services/signatures/test-ca.ts';
import { loadTrustStore } from '../../../src/services/signatures/trust-store.ts';

let root: string;
let pki: TestPki;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'tirkeu-pki-'));
  pki = await openTestPki(join(root, 'nested', 'pki'), { create: true });
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('F5 test PKI directory', () => {
  it('creates the CA once, with a private directory and key file', async () => {
    assert.equal(pki.created, true);
    assert.equal(statSync(pki.dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(pki.dir, 'ca-key.pem')).mode & 0o777, 0o600);
    const again = await openTestPki(pki.dir, { create: true });
    assert.equal(again.created, false);
    assert.equal(await fingerprint(again.ca.certificate), await fingerprint(pki.ca.certificate));
    const trust = await loadTrustStore(pki.dir);
    assert.equal(trust.anchors.length, 1);
    assert.equal(trust.crls.length, 1);
  });

  it('is missing until created', async () => {
    await assert.rejects(
      openTestPki(join(root, 'none'), { create: false }),
      (e) => isAppError(e) && e.code === 'pki-missing',
    );
  });

  it('gives one CA to concurrent creators', async () => {
    const dir = join(root, 'race');
    const opened = await Promise.all([1, 2, 3].map(() => openTestPki(dir, { create: true })));
    assert.equal(opened.filter((p) => p.created).length, 1);
    const prints = await Promise.all(opened.map((p) => fingerprint(p.ca.certificate)));
    assert.equal(new Set(prints).size, 1);
    assert.equal(
      new Set([...prints, await fingerprint((await openTestPki(dir, { create: false })).ca.certificate)]).size,
      1,
    );
  });

  it('moves into an existing directory that holds other files', async () => {
    const dir = join(root, 'shared');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    const shared = await openTestPki(dir, { create: true });
    assert.equal(shared.created, true);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'kept');
    assert.ok((await openTestPki(dir, { create: false })).ca.certificate.equal(shared.ca.certificate));
  });

  it('revokes a serial once, whatever its spelling, and rewrites the CRL', async () => {
    const person = await pki.issue({ iin: '900701300108' });
    const serial = person.certificate.serialNumber;
    await pki.revoke(serial.toUpperCase());
    await pki.revoke(`00${serial}`);
    assert.deepEqual(
      (await pki.revoked()).map((r) => r.serial),
      [normalizeSerial(serial)],
    );
    const trust = await loadTrustStore(pki.dir);
    assert.ok(trust.crls[0]!.findRevoked(person.certificate));
  });

  it('normalizes serial numbers as the CRL compares them', () => {
    assert.equal(normalizeSerial('00A1b'), '0a1b');
    assert.equal(normalizeSerial('0'), '00');
    assert.throws(() => normalizeSerial('xyz'), TypeError);
  });
});
