// Reading issued certificates: the requester's list and one certificate for download. Only the
// person who obtained a certificate reads it here; everyone else uses the public check (C8).
import type { CertificateContent } from '../../domain/certificates/content.ts';
import type { EntitlementBasis } from '../../domain/certificates/entitlement.ts';
import { parseCertificateNumber } from '../../domain/certificates/number.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import * as x509 from '../signatures/x509.ts';
import { verifyUrlOf } from './issue.ts';
import { sealLabel } from './seal.ts';

export interface CertificateSummary {
  number: string;
  kind: CertificateContent['kind'];
  basis: EntitlementBasis;
  subjectName: string;
  issuedAt: string;
}

export async function certificatesOf(
  ctx: ServiceContext,
  requester: string,
  limit = 100,
): Promise<CertificateSummary[]> {
  const rows = await ctx.database.db
    .selectFrom('address_certificates')
    .select(['number', 'kind', 'basis', 'content', 'issued_at'])
    .where('requester', '=', requester)
    .orderBy('issued_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    number: r.number,
    kind: r.kind,
    basis: r.basis,
    subjectName: r.content.subject.name,
    issuedAt: r.issued_at.toISOString(),
  }));
}

export interface StoredCertificate {
  number: string;
  basis: EntitlementBasis;
  content: CertificateContent;
  signature: string;
  verifyUrl: string;
  sealCertificatePem: string;
  seal: { subject: string; serial: string };
}

/** A certificate for the citizen who obtained it; "not found" for anyone else, so numbers reveal nothing. */
export async function readCertificate(
  ctx: ServiceContext,
  actor: Actor,
  numberInput: string,
): Promise<StoredCertificate> {
  const number = parseCertificateNumber(numberInput);
  if (!number) throw new AppError('certificate-number-invalid');
  const row = await ctx.database.db
    .selectFrom('address_certificates as c')
    .innerJoin('seal_certificates as s', 's.serial', 'c.seal_serial')
    .select(['c.number', 'c.requester', 'c.basis', 'c.content', 'c.signature', 's.pem'])
    .where('c.number', '=', number)
    .executeTakeFirst();
  if (!row || actor.kind !== 'citizen' || row.requester !== actor.iin) throw new AppError('certificate-not-found');
  return {
    number: row.number,
    basis: row.basis,
    content: row.content,
    signature: row.signature,
    verifyUrl: verifyUrlOf(ctx.settings.publicUrl, row.number, row.signature),
    sealCertificatePem: row.pem,
    seal: sealLabel(new x509.X509Certificate(row.pem)),
  };
}
