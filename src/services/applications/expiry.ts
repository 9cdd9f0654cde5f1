// P7/I4: an owner who does not answer within the deadline (working days, F2) lets the
// application expire; the applicant and the owners are told.
import { SYSTEM } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notify } from '../messaging/notify.ts';
import { inTransaction } from '../transaction.ts';
import { lockApplication, moveState } from './move.ts';

export async function expireOverdueConsents(ctx: ServiceContext, limit = 100): Promise<number> {
  const now = ctx.clock.now();
  const due = await ctx.database.db
    .selectFrom('applications')
    .select('id')
    .where('state', '=', 'consent-pending')
    .where('consent_due', '<=', now)
    .limit(limit)
    .execute();
  let expired = 0;
  for (const { id } of due) {
    await inTransaction(ctx.database, async (tx) => {
      const app = await lockApplication(tx, id);
      if (app.state !== 'consent-pending' || !app.consentDue || app.consentDue > now) return;
      const pending = await tx
        .updateTable('consents')
        .set({ state: 'expired', answered_at: now })
        .where('application_id', '=', id)
        .where('state', '=', 'pending')
        .returning('answerer')
        .execute();
      await moveState(tx, app, {
        event: 'consent-expired',
        to: 'expired',
        actor: SYSTEM,
        at: now,
        set: { outcome: 'refused', reason: 'consent-expired', consent_due: null },
        messages: [app.applicant, ...pending.map((p) => p.answerer)].map((to) =>
          notify(app, 'notify-consent-expired', to),
        ),
      });
      expired++;
    });
  }
  return expired;
}
