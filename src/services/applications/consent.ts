// The owners' answer (P7, I4): each answerer signs the application document to consent, or
// declines. With mode `all` every asked owner must consent; with `any`, one consent suffices.
// A decline refuses the application; silence past the deadline expires it (see expiry.ts).
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notify } from '../messaging/notify.ts';
import { inTransaction } from '../transaction.ts';
import { lockApplication, moveState } from './move.ts';
import { findApplication } from './queries.ts';
import type { ApplicationRecord } from './record.ts';
import { type SignatureProof, storeSignature, verifyProof } from './signature-proof.ts';

async function pendingConsentOf(ctx: ServiceContext, actor: Actor, id: string) {
  if (actor.kind !== 'citizen') throw new AppError('forbidden');
  const row = await ctx.database.db
    .selectFrom('consents')
    .selectAll()
    .where('application_id', '=', id)
    .where('answerer', '=', actor.iin)
    .executeTakeFirst();
  if (!row) throw new AppError('application-not-found');
  return row;
}

export async function giveConsent(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  proof: SignatureProof,
): Promise<ApplicationRecord> {
  const consent = await pendingConsentOf(ctx, actor, id);
  const before = await findApplication(ctx, id);
  if (before.state !== 'consent-pending' || consent.state !== 'pending') {
    throw new AppError('invalid-transition', { state: before.state, action: 'consent' });
  }
  const signature = await verifyProof(ctx, actor, before, consent.answerer, proof);
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const current = await lockApplication(tx, id);
    // The document signed must still be the one stored: the version did not move meanwhile.
    if (current.version !== before.version) throw new AppError('application-changed');
    const role = consent.answerer === consent.owner ? 'owner' : 'representative';
    const signatureId = await storeSignature(tx, current, signature, role, now);
    await tx
      .updateTable('consents')
      .set({ state: 'given', answered_at: now, signature_id: signatureId })
      .where('application_id', '=', id)
      .where('owner', '=', consent.owner)
      .execute();
    const rows = await tx.selectFrom('consents').select(['state']).where('application_id', '=', id).execute();
    const complete =
      ctx.settings.consentMode === 'any'
        ? rows.some((r) => r.state === 'given')
        : rows.every((r) => r.state === 'given');
    return moveState(tx, current, {
      event: 'consent-given',
      to: complete ? 'signature-pending' : 'consent-pending',
      actor,
      at: now,
      details: { owner: consent.owner, method: signature.method },
      ...(complete
        ? {
            set: { consent_due: null },
            messages: [
              notify(current, 'notify-consent-given', current.applicant),
              notify(current, 'sms-sign-now', current.applicant),
            ],
          }
        : {}),
    });
  });
}

export async function declineConsent(ctx: ServiceContext, actor: Actor, id: string): Promise<ApplicationRecord> {
  const consent = await pendingConsentOf(ctx, actor, id);
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const current = await lockApplication(tx, id);
    if (current.state !== 'consent-pending' || consent.state !== 'pending') {
      throw new AppError('invalid-transition', { state: current.state, action: 'decline' });
    }
    await tx
      .updateTable('consents')
      .set({ state: 'declined', answered_at: now })
      .where('application_id', '=', id)
      .where('owner', '=', consent.owner)
      .execute();
    return moveState(tx, current, {
      event: 'consent-declined',
      to: 'refused',
      actor,
      at: now,
      set: { outcome: 'refused', reason: 'owner-declined', consent_due: null },
      messages: [notify(current, 'notify-consent-declined', current.applicant)],
    });
  });
}
