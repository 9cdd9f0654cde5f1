// C7: the service's electronic seal. Address certificates are signed by the service, not by a
// person (002 R5 cl.4: the certificate carries the state bodies' EDS). The seal key is ECDSA P-256
// so that its signature is 64 bytes and fits the QR code's short URL; its certificate chains to
// the trust list like a citizen's does. In development the test CA issues it; in production the
// seal directory holds the key from the state CA (or a bridge to an HSM behind the same Seal).
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../errors.ts';
import { buildPath } from '../signatures/certificate-path.ts';
import { certificateToPem, type Credential, RSA_SHA256 } from '../signatures/test-ca.ts';
import type { TrustStore } from '../signatures/trust-store.ts';
import { isRevoked } from '../signatures/verify.ts';
import * as x509 from '../signatures/x509.ts';

export const SEAL_FILE = 'seal.pem';
export const SEAL_KEY_FILE = 'seal-key.pem';
const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

export interface Seal {
  readonly certificate: x509.X509Certificate;
  readonly certificatePem: string;
  /** What the certificate prints as the signer: the seal's common name and serial number. */
  readonly label: { subject: string; serial: string };
  /** Base64url of the raw (r‖s, 64-byte) ECDSA signature over SHA-256 of the data. */
  sign(data: Uint8Array): Promise<string>;
}

export type SealCheck =
  { ok: true } | { ok: false; code: 'seal-signature-invalid' | 'seal-untrusted' | 'seal-expired' | 'seal-revoked' };

/** Opens the seal in `dir`; with `issuer`, the test CA makes one there first when it is absent. */
export async function openSeal(dir: string, options: { issuer?: Credential } = {}): Promise<Seal> {
  const existing = await load(dir);
  if (existing) return existing;
  if (!options.issuer) throw new AppError('seal-missing', { dir });
  await create(dir, options.issuer);
  const made = await load(dir);
  if (!made) throw new AppError('seal-missing', { dir });
  return made;
}

/** A seal held in memory (tests). */
export async function issueTestSeal(issuer: Credential, validity: Validity = {}): Promise<Seal> {
  return sealOf(await issueSealCredential(issuer, validity));
}

interface Validity {
  notBefore?: Date;
  notAfter?: Date;
}

/**
 * Checks a seal signature: the signature over the data, the certificate's path to the trust list,
 * its validity at `at` (the time of issue: a certificate stays genuine after the seal expires),
 * its key usage, and revocation.
 */
export async function verifySeal(input: {
  data: Uint8Array;
  signature: string;
  certificate: x509.X509Certificate;
  trust: TrustStore;
  at: Date;
}): Promise<SealCheck> {
  const raw = decodeBase64Url(input.signature);
  if (!raw || raw.length !== 64) return { ok: false, code: 'seal-signature-invalid' };
  let valid = false;
  try {
    // The SPKI imported by WebCrypto itself (what publicKey.export does), typed by Node's own types.
    const key = await crypto.subtle.importKey('spki', input.certificate.publicKey.rawData, ECDSA_P256, false, [
      'verify',
    ]);
    valid = await crypto.subtle.verify(ECDSA_SHA256, key, raw, input.data);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, code: 'seal-signature-invalid' };
  const path = await buildPath(input.certificate, [], input.trust.anchors);
  if (!path) return { ok: false, code: 'seal-untrusted' };
  if (!path.every((c) => c.notBefore <= input.at && input.at <= c.notAfter)) return { ok: false, code: 'seal-expired' };
  const usage = input.certificate.getExtension(x509.KeyUsagesExtension);
  if (!usage || (usage.usages & x509.KeyUsageFlags.digitalSignature) === 0)
    return { ok: false, code: 'seal-untrusted' };
  if (await isRevoked(path, input.trust.crls)) return { ok: false, code: 'seal-revoked' };
  return { ok: true };
}

/** How a certificate names its seal: the common name and the serial number (hex, lower case). */
export function sealLabel(certificate: x509.X509Certificate): { subject: string; serial: string } {
  return {
    subject: certificate.subjectName.getField('CN')[0] ?? certificate.subject,
    serial: certificate.serialNumber.toLowerCase(),
  };
}

export function decodeBase64Url(text: string): Uint8Array | null {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

function sealOf(credential: Credential): Seal {
  const { certificate, privateKey } = credential;
  return {
    certificate,
    certificatePem: certificateToPem(certificate),
    label: sealLabel(certificate),
    sign: async (data) =>
      Buffer.from(await crypto.subtle.sign(ECDSA_SHA256, privateKey, new Uint8Array(data))).toString('base64url'),
  };
}

async function issueSealCredential(issuer: Credential, validity: Validity = {}): Promise<Credential> {
  const keys = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const notBefore = validity.notBefore ?? new Date(Date.now() - 3_600_000);
  const notAfter = validity.notAfter;
  const certificate = await x509.X509CertificateGenerator.create({
    subject: [{ CN: ['Tirkeu address certificates (TEST seal)'] }, { O: ['Tirkeu (test only)'] }, { C: ['KZ'] }],
    issuer: issuer.certificate.subjectName,
    publicKey: keys.publicKey,
    signingKey: issuer.privateKey,
    notBefore,
    notAfter: notAfter ?? new Date(notBefore.getTime() + 3 * 365 * DAY),
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate.publicKey),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

async function load(dir: string): Promise<Seal | null> {
  let certificatePem: string;
  try {
    certificatePem = await readFile(join(dir, SEAL_FILE), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('seal-unreadable', { dir }, { cause });
  }
  try {
    const certificate = new x509.X509Certificate(certificatePem);
    const pkcs8 = x509.PemConverter.decodeFirst(await readFile(join(dir, SEAL_KEY_FILE), 'utf8'));
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDSA_P256, false, ['sign']);
    return sealOf({ certificate, privateKey });
  } catch (cause) {
    throw new AppError('seal-unreadable', { dir }, { cause });
  }
}

/** Made in a staging directory and renamed into place, so no reader sees half a seal. */
async function create(dir: string, issuer: Credential): Promise<void> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}-`));
  try {
    const { certificate, privateKey } = await issueSealCredential(issuer);
    const pkcs8 = await crypto.subtle.exportKey('pkcs8', privateKey);
    await writeFile(join(staging, SEAL_KEY_FILE), `${x509.PemConverter.encode(pkcs8, 'PRIVATE KEY')}\n`, {
      mode: 0o600,
    });
    await writeFile(join(staging, SEAL_FILE), certificateToPem(certificate));
    await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
      // Another process made it first: keep theirs.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
