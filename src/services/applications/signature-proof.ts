// A signature on an application, by either method of F5: a CMS over the signing document with a
// certificate carrying the signer's IIN, or a one-time code bound to the document's digest.
// In the hall the operator records the signature made in person.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { verifyOtp } from '../auth/otp.ts';
import type { ServiceContext } from '../context.ts';
import { verifySignature } from '../signatures/verify.ts';
import type { Tx } from '../transaction.ts';
import type { ApplicationRecord } from './record.ts';
import { signingBytes, signingDigest, signingPurpose } from './signing-document.ts';

export type SignatureProof =
  { method: 'cms'; cms: string } | { method: 'otp'; challengeId: string; code: string } | { method: 'hall' };

export interface VerifiedSignature {
  method: 'cms' | 'otp' | 'hall';
  signer: string;
  digest: string;
  cms: string | null;
  certificateSerial: string | null;
}

export async function verifyProof(
  ctx: ServiceContext,
  actor: Actor,
  app: ApplicationRecord,
  signer: string,
  proof: SignatureProof,
): Promise<VerifiedSignature> {
  const digest = signingDigest(app);
  if (proof.method === 'hall') {
    // Only an operator of the hall handling the application records an in-person signature.
    if (actor.kind !== 'operator' || app.channel !== 'hall' || app.office !== actor.office)
      throw new AppError('forbidden');
    return { method: 'hall', signer, digest, cms: null, certificateSerial: null };
  }
  if (proof.method === 'otp') {
    await verifyOtp(ctx, {
      challengeId: proof.challengeId,
      code: proof.code,
      purpose: signingPurpose(app),
      iin: signer,
    });
    return { method: 'otp', signer, digest, cms: null, certificateSerial: null };
  }
  const check = await verifySignature({
    cms: proof.cms,
    content: signingBytes(app),
    trust: ctx.trust,
    at: ctx.clock.now(),
    expectedIin: signer,
  });
  if (!check.ok) throw new AppError(check.code);
  return { method: 'cms', signer, digest, cms: proof.cms, certificateSerial: check.certificate.serial };
}

/** Who signed: the applicant (P7), an owner consenting, or a minor or incapable owner's representative (I4). */
export type SignerRole = 'applicant' | 'owner' | 'representative';

/** Records a verified signature on the application in the caller's transaction; returns its id. */
export async function storeSignature(
  tx: Tx,
  app: ApplicationRecord,
  signature: VerifiedSignature,
  role: SignerRole,
  at: Date,
): Promise<string> {
  const id = randomUUID();
  await tx
    .insertInto('signatures')
    .values({
      id,
      application_id: app.id,
      signer: signature.signer,
      role,
      method: signature.method,
      payload_sha256: signature.digest,
      cms: signature.cms,
      certificate_serial: signature.certificateSerial,
      signed_at: at,
    })
    .execute();
  return id;
}
