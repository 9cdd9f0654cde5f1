// The one way an application changes state: checked against the transition table, guarded by
// the row's version (a concurrent change makes this one fail rather than overwrite it), and
// written together with its audit record and outbox messages in the caller's transaction.
import type { ApplicationPayload } from '../../domain/application-payload.ts';
import type { ArrivalCoupon } from '../../domain/arrival-coupon.ts';
import type { Decision } from '../../domain/decision/types.ts';
import { type Event, type State, transition } from '../../domain/lifecycle/states.ts';
import type { JsonText } from '../../db/json-column.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { enqueue, type OutgoingMessage } from '../messaging/outbox.ts';
import type { Tx } from '../transaction.ts';
import { type ApplicationRecord, toRecord } from './record.ts';

export interface Move {
  event: Event;
  to: State;
  actor: Actor;
  at: Date;
  /** Column changes made with the move. */
  set?: Partial<{
    coupon: JsonText<ArrivalCoupon>;
    decision: JsonText<Decision>;
    payload: JsonText<ApplicationPayload>;
    outcome: string | null;
    reason: string | null;
    consent_due: Date | null;
    retry_at: Date | null;
    attempts: number;
    registration_id: number | null;
  }>;
  details?: Record<string, unknown>;
  messages?: OutgoingMessage[];
}

export async function moveState(tx: Tx, app: ApplicationRecord, move: Move): Promise<ApplicationRecord> {
  const allowed = transition(app.service, app.state, move.event, move.to);
  if (!allowed.ok) throw new AppError('invalid-transition', { state: app.state, action: move.event });
  const row = await tx
    .updateTable('applications')
    .set({ ...move.set, state: move.to, version: app.version + 1, updated_at: move.at })
    .where('id', '=', app.id)
    .where('version', '=', app.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('application-changed');
  await recordAudit(tx, move.at, move.actor, {
    action: move.event,
    applicationId: app.id,
    from: app.state,
    to: move.to,
    details: move.details ?? {},
  });
  for (const message of move.messages ?? []) await enqueue(tx, move.at, { applicationId: app.id, ...message });
  return toRecord(row);
}

/** Reads an application, locking its row for the rest of the transaction. */
export async function lockApplication(tx: Tx, id: string): Promise<ApplicationRecord> {
  const row = await tx.selectFrom('applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('application-not-found');
  return toRecord(row);
}
