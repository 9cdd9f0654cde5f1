// F5 trust list: the CA certificates a signature must chain to (the national CA's roots in
// production, the test CA in tests and demos) and their CRLs, read from one directory.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AppError } from '../../errors.ts';
import * as x509 from './x509.ts';

export interface TrustStore {
  readonly anchors: readonly x509.X509Certificate[];
  /** CRLs of the anchors; verify.ts still checks each one's signature against the issuer it uses. */
  readonly crls: readonly x509.X509Crl[];
}

export function trustStoreOf(parts: {
  anchors: readonly x509.X509Certificate[];
  crls?: readonly x509.X509Crl[];
}): TrustStore {
  return { anchors: [...parts.anchors], crls: [...(parts.crls ?? [])] };
}

const EXTENSIONS = new Set(['.pem', '.crt', '.cer', '.crl']);
// "X509 CRL" is the usual label (RFC 7468); @peculiar/x509 writes "CRL".
const CRL_LABELS = new Set(['X509 CRL', x509.PemConverter.CrlTag]);

/**
 * Every certificate in a *.pem, *.crt or *.cer file of the directory is a trust anchor, every CRL
 * (a *.crl file, or an "X509 CRL" block such as crl.pem) a revocation list. Files are told apart
 * by their PEM blocks, so a test PKI directory is a trust list as it is: private keys are skipped.
 */
export async function loadTrustStore(dir: string): Promise<TrustStore> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (cause) {
    throw new AppError('trust-store-unreadable', { dir }, { cause });
  }
  const anchors: x509.X509Certificate[] = [];
  const crls: { file: string; crl: x509.X509Crl }[] = [];
  for (const name of names) {
    const file = join(dir, name);
    if (name.startsWith('.') || !EXTENSIONS.has(extname(name).toLowerCase())) continue;
    const content = await readRegularFile(file);
    if (content === null) continue;
    const found = parseFile(file, content);
    for (const certificate of found.certificates) {
      if (certificate.getExtension(x509.BasicConstraintsExtension)?.ca !== true) {
        throw new AppError('trust-store-not-ca', { file });
      }
      anchors.push(certificate);
    }
    for (const crl of found.crls) crls.push({ file, crl });
  }
  if (anchors.length === 0) throw new AppError('trust-store-empty', { dir });
  for (const { file, crl } of crls) {
    if (!(await signedByAny(crl, anchors))) throw new AppError('trust-store-crl-unverified', { file });
  }
  return { anchors, crls: crls.map((c) => c.crl) };
}

/** The bytes of a file, or null for a directory (links followed). */
async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    return await readFile(file);
  } catch (cause) {
    throw new AppError('trust-store-bad-file', { file }, { cause });
  }
}

function parseFile(file: string, content: Buffer): { certificates: x509.X509Certificate[]; crls: x509.X509Crl[] } {
  const certificates: x509.X509Certificate[] = [];
  const crls: x509.X509Crl[] = [];
  try {
    const text = content.toString('latin1');
    if (text.includes('-----BEGIN ')) {
      for (const block of x509.PemConverter.decodeWithHeaders(text)) {
        if (block.type === x509.PemConverter.CertificateTag) certificates.push(new x509.X509Certificate(block.rawData));
        else if (CRL_LABELS.has(block.type)) crls.push(new x509.X509Crl(block.rawData));
      }
    } else if (extname(file).toLowerCase() === '.crl') {
      crls.push(new x509.X509Crl(content));
    } else if (extname(file).toLowerCase() !== '.pem') {
      certificates.push(new x509.X509Certificate(content));
    } else {
      throw new Error('a .pem file without PEM blocks');
    }
  } catch (cause) {
    throw new AppError('trust-store-bad-file', { file }, { cause });
  }
  return { certificates, crls };
}

async function signedByAny(crl: x509.X509Crl, anchors: readonly x509.X509Certificate[]): Promise<boolean> {
  for (const anchor of anchors) {
    if (!sameName(crl.issuerName, anchor.subjectName)) continue;
    if (await crl.verify({ publicKey: anchor }).catch(() => false)) return true;
  }
  return false;
}

/** Names compare by their DER encoding, as RFC 5280 path building does in practice. */
export function sameName(a: x509.Name, b: x509.Name): boolean {
  return Buffer.from(a.toArrayBuffer()).equals(Buffer.from(b.toArrayBuffer()));
}
