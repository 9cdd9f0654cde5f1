// F5 test PKI: a self-signed root and end-entity certificates shaped like those of the national
// CA (НУЦ РК), which puts the IIN into the subject serialNumber as "IIN" + 12 digits. For tests,
// demos and the `tirkeu pki` command only; real signatures chain to the national CA.
import type { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as x509 from './x509.ts';

/** RSASSA-PKCS1-v1_5 with SHA-256: the algorithm of every key and signature of the test PKI. */
export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** A certificate with its private key: a CA, or a person who signs. */
export interface Credential {
  certificate: x509.X509Certificate;
  privateKey: webcrypto.CryptoKey;
}

export interface Revocation {
  /** Hexadecimal serial number of the revoked certificate. */
  serial: string;
  revokedAt: Date;
}

export type KeyUsageKind = 'signing' | 'encipherment';

export interface IssueOptions {
  /** Not checked here, so that tests can issue certificates with a broken IIN; null leaves it out. */
  iin: string | null;
  name?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** 'encipherment' makes a certificate that must not be accepted for signatures (tests). */
  keyUsage?: KeyUsageKind;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Back-dated so that a machine whose clock is a little behind the issuer's accepts a fresh certificate.
const BACKDATE = HOUR;

/** Extractable, because the key of a person's certificate goes into a PKCS#12 file. */
export async function generateRsaKeyPair(): Promise<webcrypto.CryptoKeyPair> {
  return crypto.subtle.generateKey(
    { ...RSA_SHA256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
}

/**
 * A root CA, self-signed; or, given `issuer`, an issuing CA under it (the national CA has a root
 * and issuing CAs below it).
 */
export async function createTestCa(
  options: { name?: string; notBefore?: Date; notAfter?: Date; issuer?: Credential } = {},
): Promise<Credential> {
  const keys = await generateRsaKeyPair();
  const notBefore = options.notBefore ?? new Date(Date.now() - BACKDATE);
  const params = {
    notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 10 * 365 * DAY),
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  };
  const name: x509.JsonName = [
    { CN: [options.name ?? 'Tirkeu TEST CA'] },
    { O: ['Tirkeu (test only)'] },
    { C: ['KZ'] },
  ];
  const certificate = options.issuer
    ? await x509.X509CertificateGenerator.create({
        ...params,
        subject: name,
        issuer: options.issuer.certificate.subjectName,
        publicKey: keys.publicKey,
        signingKey: options.issuer.privateKey,
      })
    : await x509.X509CertificateGenerator.createSelfSigned({ ...params, name, keys });
  return { certificate, privateKey: keys.privateKey };
}

/** A person's certificate, with a random serial number, signed by the CA. */
export async function issueCertificate(ca: Credential, options: IssueOptions): Promise<Credential> {
  const keys = await generateRsaKeyPair();
  const notBefore = options.notBefore ?? new Date(Date.now() - BACKDATE);
  const usage =
    options.keyUsage === 'encipherment'
      ? x509.KeyUsageFlags.keyEncipherment
      : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation;
  // The JSON form of the name, not a string: a name may hold commas, and the string parser
  // rejects the serialNumber keyword, so the attribute goes by its OID.
  const subject: x509.JsonName = [
    { CN: [options.name ?? 'TEST PERSON'] },
    ...(options.iin === null ? [] : [{ '2.5.4.5': [`IIN${options.iin}`] }]),
    { C: ['KZ'] },
  ];
  const certificate = await x509.X509CertificateGenerator.create({
    subject,
    issuer: ca.certificate.subjectName,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    notBefore,
    notAfter: options.notAfter ?? new Date(notBefore.getTime() + 365 * DAY),
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usage, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

// @peculiar/x509 2.2 writes an empty crlEntryExtensions for an entry without extensions, which
// RFC 5280 forbids and OpenSSL rejects; an explicit reasonCode "unspecified" keeps it well formed.
const UNSPECIFIED = new x509.Extension('2.5.29.21', false, new asn1js.Enumerated({ value: 0 }).toBER());

/** A CRL of the CA listing the revoked serials. */
export async function createCrl(
  ca: Credential,
  revoked: readonly Revocation[],
  options: { thisUpdate?: Date; nextUpdate?: Date } = {},
): Promise<x509.X509Crl> {
  const thisUpdate = options.thisUpdate ?? new Date();
  return x509.X509CrlGenerator.create({
    // The issuer's name as encoded in its certificate, so that it compares equal byte for byte.
    issuer: ca.certificate.subjectName,
    thisUpdate,
    nextUpdate: options.nextUpdate ?? new Date(thisUpdate.getTime() + 365 * DAY),
    entries: revoked.map((r) => ({ serialNumber: r.serial, revocationDate: r.revokedAt, extensions: [UNSPECIFIED] })),
    signingKey: ca.privateKey,
    signingAlgorithm: RSA_SHA256,
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey)],
  });
}

/** PEM with the label OpenSSL expects ("X509 CRL"; the library writes "CRL"). */
export function crlToPem(crl: x509.X509Crl): string {
  return `${x509.PemConverter.encode(crl.rawData, 'X509 CRL')}\n`;
}

/** PEM ending with a newline, so that files can be concatenated into bundles. */
export function certificateToPem(certificate: x509.X509Certificate): string {
  return `${certificate.toString('pem')}\n`;
}

/** SHA-256 of the certificate, as `openssl x509 -fingerprint -sha256` prints it. */
export async function fingerprint(certificate: x509.X509Certificate): Promise<string> {
  const digest = new Uint8Array(await certificate.getThumbprint('SHA-256'));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}
