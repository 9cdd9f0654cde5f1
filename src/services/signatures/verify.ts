// F5: verification of a citizen's CMS signature (login challenge, owner consent, application).
// Bad input is never thrown: every outcome is a value with a stable code (a message-catalog key).
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { type Iin, parseIin } from '../../domain/iin.ts';
import { buildPath } from './certificate-path.ts';
import { sameName, type TrustStore } from './trust-store.ts';
import * as x509 from './x509.ts';

export type SignatureErrorCode =
  | 'signature-malformed'
  | 'signature-invalid'
  | 'certificate-untrusted'
  | 'certificate-expired'
  | 'certificate-revoked'
  | 'crl-expired'
  | 'certificate-key-usage'
  | 'certificate-no-iin'
  | 'signer-mismatch';

export interface SignerCertificate {
  /** Hexadecimal, lower case. */
  serial: string;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
}

export type SignatureCheck =
  { ok: true; iin: Iin; certificate: SignerCertificate } | { ok: false; code: SignatureErrorCode };

export interface VerifyInput {
  /** Base64 of a DER CMS SignedData with one signer; detached, or attached with this content. */
  cms: string;
  content: Uint8Array;
  trust: TrustStore;
  /** When the certificates must be valid (usually now). */
  at: Date;
  /** The IIN of the person who must have signed; omitted when any signer is acceptable (login). */
  expectedIin?: string;
}

// Weak hashes (MD5, SHA-1) are refused even where the library would accept them.
const DIGESTS = new Set(['2.16.840.1.101.3.4.2.1', '2.16.840.1.101.3.4.2.2', '2.16.840.1.101.3.4.2.3']);
const SIGNING_USAGES = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation;
const IIN_IN_SUBJECT = /^IIN([0-9]{12})$/;
const SERIAL_NUMBER_OID = '2.5.4.5';

/**
 * The checks run in this order and the first failure is the answer, so that one signature always
 * gets the same code: malformed → signature → trust (path to an anchor) → validity at `at` of every
 * certificate of the path → key usage of the signer's → revocation (CRLs of the trust list) →
 * freshness of those CRLs (issue 14: a CRL past its nextUpdate may miss a revocation, so it
 * refuses instead of accepting) → IIN in the subject → expected signer.
 */
export async function verifySignature(input: VerifyInput): Promise<SignatureCheck> {
  const signedData = parseSignedData(input.cms);
  if (!signedData) return { ok: false, code: 'signature-malformed' };
  const signer = await checkSignature(signedData, input.content);
  if (typeof signer === 'string') return { ok: false, code: signer };
  const path = await buildPath(signer.certificate, signer.others, input.trust.anchors);
  if (!path) return { ok: false, code: 'certificate-untrusted' };
  if (!path.every((c) => c.notBefore <= input.at && input.at <= c.notAfter)) {
    return { ok: false, code: 'certificate-expired' };
  }
  const usage = signer.certificate.getExtension(x509.KeyUsagesExtension);
  // A signer certificate without keyUsage is refused: the national CA always states it.
  if (!usage || (usage.usages & SIGNING_USAGES) === 0) return { ok: false, code: 'certificate-key-usage' };
  if (await isRevoked(path, input.trust.crls)) return { ok: false, code: 'certificate-revoked' };
  if (!(await crlsCurrent(path, input.trust.crls, input.at))) return { ok: false, code: 'crl-expired' };
  const iin = iinOf(signer.certificate);
  if (!iin) return { ok: false, code: 'certificate-no-iin' };
  if (input.expectedIin !== undefined && input.expectedIin !== iin) return { ok: false, code: 'signer-mismatch' };
  const c = signer.certificate;
  return {
    ok: true,
    iin,
    certificate: {
      serial: c.serialNumber.toLowerCase(),
      subject: c.subject,
      issuer: c.issuer,
      notBefore: c.notBefore.toISOString(),
      notAfter: c.notAfter.toISOString(),
    },
  };
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function parseSignedData(cms: string): pkijs.SignedData | null {
  // Signing tools wrap base64 at 64 or 76 columns.
  const text = typeof cms === 'string' ? cms.replace(/\s+/g, '') : '';
  if (text === '' || !BASE64.test(text)) return null;
  const der = Buffer.from(text, 'base64');
  try {
    const asn = asn1js.fromBER(der);
    if (asn.offset !== der.byteLength) return null;
    const contentInfo = new pkijs.ContentInfo({ schema: asn.result });
    if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    return signedData.signerInfos.length === 1 ? signedData : null;
  } catch {
    return null;
  }
}

interface Signer {
  certificate: x509.X509Certificate;
  /** The other certificates of the CMS: candidate intermediate CAs. */
  others: x509.X509Certificate[];
}

/** The signer's certificate when the signature holds, else the code of the failure. */
async function checkSignature(
  signedData: pkijs.SignedData,
  content: Uint8Array,
): Promise<Signer | 'signature-malformed' | 'signature-invalid'> {
  const signerInfo = signedData.signerInfos[0]!;
  if (!DIGESTS.has(signerInfo.digestAlgorithm.algorithmId)) return 'signature-invalid';
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await signedData.verify({
      signer: 0,
      // A copy of exactly the content: a Buffer's .buffer may be a larger shared pool.
      data: new Uint8Array(content).buffer,
      extendedMode: true,
    });
  } catch (error) {
    // pkijs codes 1–3: no such signer, no certificates, signer certificate not found.
    const code = error instanceof pkijs.SignedDataVerifyError ? error.code : 0;
    return code >= 1 && code <= 3 ? 'signature-malformed' : 'signature-invalid';
  }
  if (result.signatureVerified !== true || !result.signerCertificate) return 'signature-invalid';
  // pkijs checks an attached content instead of the one given; it must be the document itself.
  const attached = signedData.encapContentInfo.eContent;
  if (attached && !Buffer.from(attached.getValue()).equals(content)) return 'signature-invalid';
  try {
    const own = result.signerCertificate;
    const toX509 = (c: pkijs.Certificate) => new x509.X509Certificate(c.toSchema().toBER(false));
    const others = (signedData.certificates ?? []).filter(
      (c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c !== own,
    );
    return { certificate: toX509(own), others: others.map(toX509) };
  } catch {
    return 'signature-malformed';
  }
}

/** Whether a certificate of the path is listed on a CRL signed by its issuer. */
export async function isRevoked(
  path: readonly x509.X509Certificate[],
  crls: readonly x509.X509Crl[],
): Promise<boolean> {
  for (let i = 0; i + 1 < path.length; i++) {
    const [certificate, issuer] = [path[i]!, path[i + 1]!];
    for (const crl of crls) {
      if (!sameName(crl.issuerName, issuer.subjectName) || !crl.findRevoked(certificate)) continue;
      // A listing counts whatever its date: a key revoked later may have been compromised before.
      if (await crl.verify({ publicKey: issuer }).catch(() => false)) return true;
    }
  }
  return false;
}

/**
 * Whether every issuer of the path that has CRLs in the trust list has one, signed by it, whose
 * nextUpdate is not before `at`. An issuer without any CRL is not refused here (the trust list
 * decides which CAs publish CRLs); a CRL without nextUpdate (RFC 5280 requires one) never expires.
 */
export async function crlsCurrent(
  path: readonly x509.X509Certificate[],
  crls: readonly x509.X509Crl[],
  at: Date,
): Promise<boolean> {
  for (let i = 0; i + 1 < path.length; i++) {
    const issuer = path[i + 1]!;
    let stale = false;
    for (const crl of crls) {
      if (!sameName(crl.issuerName, issuer.subjectName)) continue;
      if (!(await crl.verify({ publicKey: issuer }).catch(() => false))) continue;
      if (crl.nextUpdate === undefined || at.getTime() <= crl.nextUpdate.getTime()) {
        stale = false;
        break;
      }
      stale = true;
    }
    if (stale) return false;
  }
  return true;
}

function iinOf(certificate: x509.X509Certificate): Iin | null {
  for (const value of certificate.subjectName.getField(SERIAL_NUMBER_OID)) {
    const digits = IIN_IN_SUBJECT.exec(value)?.[1];
    const parsed = digits === undefined ? null : parseIin(digits);
    if (parsed?.ok) return parsed.iin;
  }
  return null;
}
