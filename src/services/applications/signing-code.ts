// An SMS code for signing, bound to the application's current content: the applicant's code
// when it awaits their signature, an owner's when it awaits their consent.
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { issueOtp, type OtpIssued } from '../auth/otp.ts';
import type { ServiceContext } from '../context.ts';
import { readApplication } from './queries.ts';
import { signingPurpose } from './signing-document.ts';

export async function requestSigningCode(ctx: ServiceContext, actor: Actor, id: string): Promise<OtpIssued> {
  if (actor.kind !== 'citizen') throw new AppError('forbidden');
  const app = await readApplication(ctx, actor, id);
  const asApplicant = app.state === 'signature-pending' && app.channel === 'online' && app.applicant === actor.iin;
  let asOwner = false;
  if (app.state === 'consent-pending') {
    const pending = await ctx.database.db
      .selectFrom('consents')
      .select('owner')
      .where('application_id', '=', id)
      .where('answerer', '=', actor.iin)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    asOwner = pending !== undefined;
  }
  if (!asApplicant && !asOwner) throw new AppError('invalid-transition', { state: app.state, action: 'sign' });
  // Issue 14: the applicant's signing codes and an owner's consent codes are separate budgets,
  // spent only by the logged-in person, so no anonymous request can exhaust them.
  return issueOtp(ctx, actor.iin, signingPurpose(app), asApplicant ? 'signing' : 'consent');
}
