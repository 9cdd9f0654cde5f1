// Issue 16: a certificate asked for under an Idempotency-Key is issued once even when the request
// runs twice — its process killed after the certificate committed and before the idempotent
// answer was stored, the retry that takes the key over runs it again. The key fixes the number
// (16 bytes under the server secret, so it is as unguessable as a random one, C7); the second
// run finds the certificate the first one stored under it and hands that one out again.
import { certificateNumberFrom } from '../../domain/certificates/number.ts';
import { isAppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { type CertificateRequest, type IssuedCertificate, issueCertificate } from './issue.ts';
import { readCertificate } from './queries.ts';

export async function issueOnce(
  ctx: ServiceContext,
  actor: Actor,
  request: CertificateRequest,
  seed: Uint8Array,
): Promise<IssuedCertificate> {
  const number = certificateNumberFrom(seed);
  const earlier = await readCertificate(ctx, actor, number).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'certificate-not-found') return null;
    throw error;
  });
  // Only the same request meets it: the middleware already refused the key with another body.
  if (earlier && earlier.content.subject.iin === request.subject && earlier.content.kind === request.kind) {
    const { number: n, basis, content, signature, verifyUrl } = earlier;
    return { number: n, basis, content, signature, verifyUrl };
  }
  return issueCertificate(ctx, actor, { ...request, number });
}
