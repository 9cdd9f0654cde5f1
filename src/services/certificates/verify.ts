// C8: checking an address certificate — by anyone, without logging in (a landlord, a bank).
// Online: the number finds the stored certificate; the seal signature proves it genuine, the
// signature in the QR proves the printed document was not re-made with another content, and the
// registration register tells whether what it states still holds. Offline: the PDF carries the
// signed content, the signature and the seal certificate, and the seal chains to the trust list.
import { type CertificateContent, type StatementStatus, statementStatus } from '../../domain/certificates/content.ts';
import { parseCertificateNumber } from '../../domain/certificates/number.ts';
import { type PublicCertificate, publicCertificate } from '../../domain/certificates/public-view.ts';
import { dateInAstana } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { canonicalBytes, canonicalJson } from '../signatures/canonical-json.ts';
import type { TrustStore } from '../signatures/trust-store.ts';
import * as x509 from '../signatures/x509.ts';
import { type SealCheck, verifySeal } from './seal.ts';

export type QrCheck = 'match' | 'mismatch' | 'absent';

export interface Verification {
  /** The seal signature over the stored content holds and the seal chains to the trust list. */
  genuine: boolean;
  seal: SealCheck;
  /** Whether the signature of the scanned QR code is the one the certificate was issued with. */
  qr: QrCheck;
  status: StatementStatus;
  checkedAt: string;
  /** What the public sees (issue 13): nothing from which the IIN could be rebuilt. */
  certificate: PublicCertificate;
}

export async function verifyCertificate(
  ctx: ServiceContext,
  input: { number: string; signature?: string },
): Promise<Verification> {
  const number = parseCertificateNumber(input.number);
  if (!number) throw new AppError('certificate-number-invalid');
  const row = await ctx.database.db
    .selectFrom('address_certificates as c')
    .innerJoin('seal_certificates as s', 's.serial', 'c.seal_serial')
    .select(['c.content', 'c.signature', 'c.issued_at', 's.pem'])
    .where('c.number', '=', number)
    .executeTakeFirst();
  if (!row) throw new AppError('certificate-not-found');
  const content = row.content;
  const data = canonicalBytes(content);
  const certificate = new x509.X509Certificate(row.pem);
  const seal = await verifySeal({ data, signature: row.signature, certificate, trust: ctx.trust, at: row.issued_at });
  let qr: QrCheck = 'absent';
  if (input.signature !== undefined && input.signature !== '') {
    // ECDSA signatures differ each time, so a QR signature that verifies but is not the stored
    // one was still made by the seal over this very content: accept either as a match.
    const scanned =
      input.signature === row.signature ||
      (await verifySeal({ data, signature: input.signature, certificate, trust: ctx.trust, at: row.issued_at })).ok;
    qr = scanned ? 'match' : 'mismatch';
  }
  const now = ctx.clock.now();
  const registrations = await ctx.registries.registrations.ofPerson(content.subject.iin);
  return {
    genuine: seal.ok,
    seal,
    qr,
    status: statementStatus(content, registrations, dateInAstana(now)),
    checkedAt: now.toISOString(),
    certificate: publicCertificate(content),
  };
}

export type OfflineCheck =
  { ok: true; content: CertificateContent } | { ok: false; code: 'certificate-content-malformed' | SealCheckFailure };

type SealCheckFailure = Extract<SealCheck, { ok: false }>['code'];

/**
 * Offline check of a certificate's attachments (the PDF's certificate.json, certificate.sig and
 * seal.pem) against a trust list: no database, no network.
 */
export async function verifyOffline(input: {
  contentJson: string;
  signature: string;
  sealCertificatePem: string;
  trust: TrustStore;
}): Promise<OfflineCheck> {
  let content: CertificateContent;
  let certificate: x509.X509Certificate;
  try {
    content = JSON.parse(input.contentJson) as CertificateContent;
    // The attachment must be exactly the canonical form: what was signed is bytes, not a meaning.
    if (canonicalJson(content) !== input.contentJson || content.version !== 1) {
      return { ok: false, code: 'certificate-content-malformed' };
    }
    certificate = new x509.X509Certificate(input.sealCertificatePem);
  } catch {
    return { ok: false, code: 'certificate-content-malformed' };
  }
  const check = await verifySeal({
    data: new TextEncoder().encode(input.contentJson),
    signature: input.signature.trim(),
    certificate,
    trust: input.trust,
    at: new Date(content.issuedAt),
  });
  return check.ok ? { ok: true, content } : { ok: false, code: check.code };
}
