import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { canonicalBytes } from '../../../src/services/signatures/canonical-json.ts';
import { signDetached } from '../../../src/services/signatures/sign.ts';
import {
  createCrl,
  createTestCa,
  type Credential,
  type IssueOptions,
  issueCertificate,
} from '../../../src/services/signatures/test-ca.ts';
import { type TrustStore, trustStoreOf } from '../../../src/services/signatures/trust-store.ts';
import { type VerifyInput, verifySignature } from '../../../src/services/signatures/verify.ts';

const IIN = '900701300108';
const OTHER_IIN = '850101010003';
const DAY = 86_400_000;
const content = canonicalBytes({ application: { applicant: IIN, rka: '0101000000000001' }, consent: true });

// RSA key generation is the slow part: one trusted CA (and one impostor) for the whole file.
let ca: Credential;
let trust: TrustStore;
let person: Credential;

async function signAs(options: IssueOptions, issuer = ca): Promise<{ cms: string; person: Credential }> {
  const signer = await issueCertificate(issuer, options);
  return { cms: await signDetached({ content, ...signer }), person: signer };
}

function check(cms: string, overrides: Partial<VerifyInput> = {}) {
  return verifySignature({ cms, content, trust, at: new Date(), ...overrides });
}

async function codeOf(cms: string, overrides: Partial<VerifyInput> = {}) {
  const result = await check(cms, overrides);
  return result.ok ? 'ok' : result.code;
}

before(async () => {
  ca = await createTestCa();
  trust = trustStoreOf({ anchors: [ca.certificate] });
  person = await issueCertificate(ca, { iin: IIN, name: 'Сейтқали, Айгерім' });
});

describe('F5 signature verification', () => {
  it('accepts a good signature and returns the IIN from the certificate', async () => {
    const cms = await signDetached({ content, ...person });
    const result = await check(cms, { expectedIin: IIN });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.iin, IIN);
    assert.equal(result.certificate.serial, person.certificate.serialNumber.toLowerCase());
    assert.match(result.certificate.subject, /IIN900701300108/);
    assert.equal(result.certificate.issuer, ca.certificate.subject);
    assert.equal(result.certificate.notAfter, person.certificate.notAfter.toISOString());
    assert.equal(await codeOf(cms), 'ok', 'without an expected signer (login)');
    assert.equal(await codeOf(cms, { content: Buffer.from(content) }), 'ok', 'content in a pooled Buffer');
    assert.equal(await codeOf(cms.replace(/.{64}/g, '$&\n')), 'ok', 'base64 wrapped in lines');
  });

  it('signer-mismatch: signed by someone else than the expected person', async () => {
    const cms = await signDetached({ content, ...person });
    assert.equal(await codeOf(cms, { expectedIin: OTHER_IIN }), 'signer-mismatch');
  });

  it('signature-invalid: the document changed by one byte after signing', async () => {
    const cms = await signDetached({ content, ...person });
    const tampered = content.slice();
    tampered[10] = tampered[10]! ^ 0x01;
    assert.equal(await codeOf(cms, { content: tampered }), 'signature-invalid');
    assert.equal(await codeOf(cms, { content: new Uint8Array() }), 'signature-invalid');
  });

  it('signature-invalid: an attached content that is not the document', async () => {
    const other = canonicalBytes({ application: { applicant: OTHER_IIN } });
    const attached = withContent(await signDetached({ content: other, ...person }), other);
    assert.equal(await codeOf(attached, { content: other }), 'ok');
    assert.equal(await codeOf(attached), 'signature-invalid');
  });

  it('signature-invalid: the signature value changed', async () => {
    const der = Buffer.from(await signDetached({ content, ...person }), 'base64');
    der[der.length - 5] = der[der.length - 5]! ^ 0xff; // the signature is the last field of the CMS
    assert.equal(await codeOf(der.toString('base64')), 'signature-invalid');
  });

  it('certificate-expired: expired, or not yet valid, at the time of the check', async () => {
    const now = Date.now();
    const { cms } = await signAs({ iin: IIN, notBefore: new Date(now - 30 * DAY), notAfter: new Date(now - DAY) });
    assert.equal(await codeOf(cms), 'certificate-expired');
    const valid = await signDetached({ content, ...person });
    assert.equal(
      await codeOf(valid, { at: new Date(person.certificate.notBefore.getTime() - 1000) }),
      'certificate-expired',
    );
    assert.equal(
      await codeOf(valid, { at: new Date(person.certificate.notAfter.getTime() + 1000) }),
      'certificate-expired',
    );
    // Every certificate of the path counts: a valid certificate under an expired issuing CA.
    const issuing = await createTestCa({
      issuer: ca,
      notBefore: new Date(now - 30 * DAY),
      notAfter: new Date(now - DAY),
    });
    assert.equal(
      await codeOf((await signAs({ iin: IIN }, issuing)).cms, {
        trust: trustStoreOf({ anchors: [ca.certificate, issuing.certificate] }),
      }),
      'certificate-expired',
    );
  });

  it('certificate-untrusted: issued by a CA that is not on the trust list, even under the same name', async () => {
    const impostor = await createTestCa(); // same subject name as the trusted CA, other key
    const { cms } = await signAs({ iin: IIN }, impostor);
    assert.equal(await codeOf(cms), 'certificate-untrusted');
    assert.equal(await codeOf(cms, { trust: trustStoreOf({ anchors: [] }) }), 'certificate-untrusted');
    // A CRL of the impostor cannot revoke a certificate of the trusted CA.
    const forged = await createCrl(impostor, [{ serial: person.certificate.serialNumber, revokedAt: new Date() }]);
    const good = await signDetached({ content, ...person });
    assert.equal(await codeOf(good, { trust: trustStoreOf({ anchors: [ca.certificate], crls: [forged] }) }), 'ok');
  });

  it('certificate-revoked: the serial is on the CA’s CRL', async () => {
    const { cms, person: revoked } = await signAs({ iin: IIN });
    const crl = await createCrl(ca, [{ serial: revoked.certificate.serialNumber, revokedAt: new Date() }]);
    const withCrl = trustStoreOf({ anchors: [ca.certificate], crls: [crl] });
    assert.equal(await codeOf(cms, { trust: withCrl }), 'certificate-revoked');
    const other = await signDetached({ content, ...person });
    assert.equal(await codeOf(other, { trust: withCrl }), 'ok', 'other certificates are not affected');
  });

  it('certificate-key-usage: a certificate not meant for signing', async () => {
    const { cms } = await signAs({ iin: IIN, keyUsage: 'encipherment' });
    assert.equal(await codeOf(cms), 'certificate-key-usage');
  });

  it('certificate-no-iin: no IIN in the subject, or one with a wrong check digit', async () => {
    assert.equal(await codeOf((await signAs({ iin: null })).cms), 'certificate-no-iin');
    assert.equal(await codeOf((await signAs({ iin: '900701300107' })).cms), 'certificate-no-iin');
  });

  it('signature-malformed: garbage, not base64, not CMS, or no signer certificate', async () => {
    for (const cms of [
      '',
      'not base64 at all!',
      'aGVsbG8',
      'aGVsbG8=',
      Buffer.from([0x30, 0x03, 0x02, 0x01]).toString('base64'),
    ]) {
      assert.equal(await codeOf(cms), 'signature-malformed', cms);
    }
    const good = await signDetached({ content, ...person });
    const trailing = Buffer.concat([Buffer.from(good, 'base64'), Buffer.from([0])]).toString('base64');
    assert.equal(await codeOf(trailing), 'signature-malformed', 'trailing bytes');
    assert.equal(await codeOf(withoutCertificates(good)), 'signature-malformed', 'no certificates');
  });

  it('checks in a fixed order: the first failing check gives the code', async () => {
    const now = Date.now();
    const expiredImpostor = await signAs(
      { iin: null, keyUsage: 'encipherment', notBefore: new Date(now - 30 * DAY), notAfter: new Date(now - DAY) },
      await createTestCa({ name: 'Other CA' }),
    );
    assert.equal(await codeOf(expiredImpostor.cms), 'certificate-untrusted', 'trust before validity');
    const expiredWrongUsage = await signAs({
      iin: null,
      keyUsage: 'encipherment',
      notBefore: new Date(now - 30 * DAY),
      notAfter: new Date(now - DAY),
    });
    assert.equal(await codeOf(expiredWrongUsage.cms), 'certificate-expired', 'validity before key usage');
    const revokedNoIin = await signAs({ iin: null, keyUsage: 'encipherment' });
    const crl = await createCrl(ca, [{ serial: revokedNoIin.person.certificate.serialNumber, revokedAt: new Date() }]);
    const withCrl = trustStoreOf({ anchors: [ca.certificate], crls: [crl] });
    assert.equal(
      await codeOf(revokedNoIin.cms, { trust: withCrl }),
      'certificate-key-usage',
      'key usage before revocation',
    );
    const revoked = await signAs({ iin: null });
    const crl2 = await createCrl(ca, [{ serial: revoked.person.certificate.serialNumber, revokedAt: new Date() }]);
    const revokedTrust = trustStoreOf({ anchors: [ca.certificate], crls: [crl2] });
    assert.equal(await codeOf(revoked.cms, { trust: revokedTrust, expectedIin: OTHER_IIN }), 'certificate-revoked');
    const tampered = content.slice();
    tampered[0] = 0x20;
    assert.equal(await codeOf(expiredImpostor.cms, { content: tampered }), 'signature-invalid', 'signature first');
  });

  it('follows a path through an issuing CA carried in the CMS or on the trust list', async () => {
    const issuing = await createTestCa({ name: 'Tirkeu TEST issuing CA', issuer: ca });
    const signer = await issueCertificate(issuing, { iin: IIN });
    const withChain = await signDetached({ content, ...signer, chain: [issuing.certificate] });
    assert.equal(await codeOf(withChain, { expectedIin: IIN }), 'ok');
    const alone = await signDetached({ content, ...signer });
    assert.equal(await codeOf(alone), 'certificate-untrusted', 'the issuing CA is needed to reach the root');
    const both = trustStoreOf({ anchors: [ca.certificate, issuing.certificate] });
    assert.equal(await codeOf(alone, { trust: both }), 'ok');
    // A person's certificate cannot act as a CA, even when it signed a certificate.
    const fake = await issueCertificate(person, { iin: OTHER_IIN });
    const viaPerson = await signDetached({ content, ...fake, chain: [person.certificate] });
    assert.equal(await codeOf(viaPerson), 'certificate-untrusted');
    const crl = await createCrl(issuing, [{ serial: signer.certificate.serialNumber, revokedAt: new Date() }]);
    const revoking = trustStoreOf({ anchors: [ca.certificate], crls: [crl] });
    assert.equal(await codeOf(withChain, { trust: revoking }), 'certificate-revoked', 'CRL of the issuing CA');
  });
});

/** The same CMS with the content embedded (attached signature). */
function withContent(cms: string, content: Uint8Array): string {
  return rewrite(cms, (signed) => {
    signed.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: new Uint8Array(content).buffer });
  });
}

/** The same CMS with its certificates taken out. */
function withoutCertificates(cms: string): string {
  return rewrite(cms, (signed) => {
    delete signed.certificates;
  });
}

function rewrite(cms: string, change: (signed: pkijs.SignedData) => void): string {
  const info = pkijs.ContentInfo.fromBER(Buffer.from(cms, 'base64'));
  const signed = new pkijs.SignedData({ schema: info.content });
  change(signed);
  const out = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signed.toSchema(true) });
  return Buffer.from(out.toSchema().toBER(false)).toString('base64');
}
