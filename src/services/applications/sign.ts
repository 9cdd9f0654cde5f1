// The applicant's signature completes the application (P7): in one transaction the registration
// is recorded, the previous permanent registration ends, the application becomes `registered`,
// and the audit record and notifications are written — all of it or none of it.
//
// N1 under concurrency: two applicants may race for the last free place of an Astana dwelling.
// The dwelling's row is locked (FOR UPDATE) and the norm counted again inside the lock, so the
// second transaction sees the first one's registration and is refused (`norm-reached`).
import { dateInAstana, type IsoDate } from '../../domain/dates.ts';
import type { Decision } from '../../domain/decision/types.ts';
import { checkNorm } from '../../domain/norm.ts';
import { chooseRuleset, effectiveParams } from '../../domain/rulesets.ts';
import { AppError } from '../../errors.ts';
import type { LockedDwelling } from '../../registries/ports.ts';
import { sqlRegistrationWrites } from '../../registries/sql/registration-writes.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notify } from '../messaging/notify.ts';
import type { OutgoingMessage } from '../messaging/outbox.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { requireApplicantSide } from './access.ts';
import { lastDayOfPeriod } from './checks.ts';
import { lockApplication, moveState } from './move.ts';
import { findApplication } from './queries.ts';
import { acceptedMembers, type ApplicationRecord } from './record.ts';
import { type SignatureProof, storeSignature, verifyProof } from './signature-proof.ts';

export async function signApplication(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  proof: SignatureProof,
): Promise<ApplicationRecord> {
  const before = await findApplication(ctx, id);
  requireApplicantSide(before, actor);
  if (before.state !== 'signature-pending')
    throw new AppError('invalid-transition', { state: before.state, action: 'sign' });
  const signature = await verifyProof(ctx, actor, before, before.applicant, proof);
  return inTransaction(ctx.database, async (tx) => {
    const app = await lockApplication(tx, id);
    if (app.version !== before.version) throw new AppError('application-changed');
    const now = ctx.clock.now();
    await storeSignature(tx, app, signature, 'applicant', now);
    return app.service === 'deregistration'
      ? completeDeregistration(tx, app, actor, now)
      : completeRegistration(tx, app, actor, now);
  });
}

/** N1 again, under the dwelling's lock, for every person admitted because the norm was not reached. */
function normStillHolds({ area, active }: LockedDwelling, decision: Decision, date: IsoDate): boolean {
  const subjects = [decision, ...(decision.members ?? [])];
  if (!subjects.some((d) => d.basis === 'norm-not-reached')) return true;
  const choice = chooseRuleset(date, decision.ruleset.id);
  if (!choice.ok) return false;
  const params = effectiveParams(choice.ruleset);
  return subjects.every(
    (d, index) => d.basis !== 'norm-not-reached' || !checkNorm(area, active, params, index).reached,
  );
}

async function completeRegistration(
  tx: Tx,
  app: ApplicationRecord,
  actor: Actor,
  now: Date,
): Promise<ApplicationRecord> {
  const decision = app.decision!;
  const today = dateInAstana(now);
  const register = sqlRegistrationWrites(tx);
  // Lock the dwelling even when the norm does not apply, so registrations into one dwelling
  // are serialised and counts stay exact.
  const dwelling = await register.activeAtLocked(app.rka!, today);
  if (!dwelling || !normStillHolds(dwelling, decision, today)) {
    return moveState(tx, app, {
      event: 'norm-reached-meanwhile',
      to: 'refused',
      actor,
      at: now,
      set: { outcome: 'refused', reason: 'norm-reached' },
      messages: [notify(app, 'notify-refused', app.applicant)],
    });
  }
  const kind = app.service === 'registration-temporary' ? 'temporary' : 'permanent';
  // I7: the applicant and the members the rules accepted — never a refused member.
  const persons = [app.applicant, ...acceptedMembers(app)];
  const validTo = kind === 'temporary' ? lastDayOfPeriod(today, app.payload.periodMonths ?? 1) : null;
  let firstId: number | null = null;
  for (const iin of persons) {
    // P7: the previous permanent registration ends automatically.
    if (kind === 'permanent') await register.closeOpenPermanent(iin, today);
    const id = await register.open({ iin, rka: app.rka!, kind, from: today, to: validTo });
    firstId ??= id;
  }
  const owners = (app.payload.consenters ?? []).map((c) => c.answerer);
  const messages: OutgoingMessage[] = [
    notify(app, 'notify-registered', app.applicant),
    notify(app, 'sms-registered', app.applicant),
    ...owners.map((o) => notify(app, 'notify-owner-registered', o)),
  ];
  return moveState(tx, app, {
    event: 'signed',
    to: 'registered',
    actor,
    at: now,
    set: { registration_id: firstId },
    details: { kind, persons: persons.length, validTo },
    messages,
  });
}

async function completeDeregistration(
  tx: Tx,
  app: ApplicationRecord,
  actor: Actor,
  now: Date,
): Promise<ApplicationRecord> {
  const today = dateInAstana(now);
  const person = app.payload.person ?? app.applicant;
  const ended = await sqlRegistrationWrites(tx).closeActiveAt(person, app.rka!, today);
  if (ended.length === 0) throw new AppError('not-registered-there');
  const messages: OutgoingMessage[] = [notify(app, 'notify-deregistered', app.applicant)];
  if (person !== app.applicant) {
    // The owner ended someone else's registration: that person is told, by SMS and in the cabinet.
    messages.push(
      notify(app, 'notify-deregistered-by-owner', person),
      notify(app, 'sms-deregistered-by-owner', person),
    );
  }
  return moveState(tx, app, {
    event: 'signed',
    to: 'deregistered',
    actor,
    at: now,
    set: { registration_id: ended[0]! },
    details: { registrations: ended.length },
    messages,
  });
}
