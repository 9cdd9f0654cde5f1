// Before a citizen is asked anything more on the pages (issue 22), whether they may obtain a
// certificate about the person they named (C1–C5), without issuing one. The answer carries no
// reason: the pages say only "you are not entitled to a certificate about this person", so they
// never tell a requester whether an IIN exists, who is whose child or whether a marriage was
// dissolved (issue 13). The subject's name is returned only when the requester is entitled.
import { dateInAstana } from '../../domain/dates.ts';
import type { EntitlementBasis } from '../../domain/certificates/entitlement.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { onlineEntitlement } from './requester.ts';

export type OnlineCheck = { ok: true; basis: EntitlementBasis; subjectName: string } | { ok: false };

/** The AppError codes of an entitlement refusal (C1–C5): on the pages, one plain answer for all. */
export const ENTITLEMENT_REFUSALS: ReadonlySet<string> = new Set([
  'certificate.subject-unknown',
  'certificate.birth-act-too-early',
  'certificate.marriage-too-early',
  'certificate.marriage-dissolved',
  'certificate.not-entitled',
]);

export async function checkOnlineEntitlement(ctx: ServiceContext, actor: Actor, subject: string): Promise<OnlineCheck> {
  if (actor.kind !== 'citizen') throw new AppError('forbidden');
  const today = dateInAstana(ctx.clock.now());
  const { entitlement, subjectPerson } = await onlineEntitlement(ctx, actor.iin, subject, today);
  if (!entitlement.ok || !subjectPerson) return { ok: false };
  return { ok: true, basis: entitlement.basis, subjectName: subjectPerson.name };
}
