// The applicant (or the hall operator) may withdraw an application until it is decided.
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { requireApplicantSide } from './access.ts';
import { lockApplication, moveState } from './move.ts';
import type { ApplicationRecord } from './record.ts';

export async function cancelApplication(ctx: ServiceContext, actor: Actor, id: string): Promise<ApplicationRecord> {
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const app = await lockApplication(tx, id);
    requireApplicantSide(app, actor);
    await tx
      .updateTable('consents')
      .set({ state: 'withdrawn', answered_at: now })
      .where('application_id', '=', id)
      .where('state', '=', 'pending')
      .execute();
    return moveState(tx, app, {
      event: 'cancel',
      to: 'cancelled',
      actor,
      at: now,
      set: { consent_due: null, retry_at: null },
    });
  });
}
