// The arrival coupon (P7) and what follows it: the owners are asked for consent with a working-
// day deadline (F2, I4), or, when nobody else must consent, the applicant signs next.
import { type ArrivalCoupon, arrivalCouponSchema, arrivalDelay } from '../../domain/arrival-coupon.ts';
import { addWorkingDays } from '../../domain/calendar.ts';
import { dateInAstana, endOfDayInAstana, type IsoDate } from '../../domain/dates.ts';
import { withArrival } from '../../domain/decision/arrival.ts';
import type { Decision } from '../../domain/decision/types.ts';
import { chooseRuleset, effectiveParams } from '../../domain/rulesets.ts';
import { AppError } from '../../errors.ts';
import { jsonText } from '../../db/json-column.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notify } from '../messaging/notify.ts';
import type { OutgoingMessage } from '../messaging/outbox.ts';
import { inTransaction } from '../transaction.ts';
import { requireApplicantSide } from './access.ts';
import { lockApplication, moveState } from './move.ts';
import type { ApplicationRecord } from './record.ts';

/** F4 with the window of the decision's own ruleset. */
function decisionWithArrival(decision: Decision, coupon: ArrivalCoupon, date: IsoDate): Decision {
  const choice = chooseRuleset(date, decision.ruleset.id);
  const windowDays = choice.ok ? effectiveParams(choice.ruleset).arrivalWindowDays : 10;
  return withArrival(decision, coupon.arrivalDate, date, windowDays);
}

export async function fillCoupon(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ApplicationRecord> {
  const parsed = arrivalCouponSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid-request', { detail: issue.message }, { path: `/${issue.path.join('/')}` });
  }
  const coupon: ArrivalCoupon = parsed.data;
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const app = await lockApplication(tx, id);
    requireApplicantSide(app, actor);
    // Before any write: a coupon sent again (its first answer lost in a crash) meets the state the
    // first one moved to and is refused as that (409), not by the consents' unique key — a 500,
    // which a client retries for ever (found by the long crash run, docs/reliability.md).
    if (app.state !== 'coupon-pending') {
      throw new AppError('invalid-transition', { state: app.state, action: 'coupon-filled' });
    }
    if (coupon.arrivalDate > app.applicationDate) {
      throw new AppError('arrival-in-future', {}, { path: '/arrivalDate' });
    }
    // F4: the arrival date reaches the decision now — its late-filing notice, if any.
    const decision = app.decision ? jsonText(decisionWithArrival(app.decision, coupon, app.applicationDate)) : null;
    const hallConsents = (app.payload.consenters ?? []).filter(
      (c) => c.answerer === app.representative && app.channel === 'hall',
    );
    const asked = (app.payload.consenters ?? []).filter((c) => !hallConsents.includes(c));
    const today = dateInAstana(now);
    const needConsent = asked.length > 0 && !(ctx.settings.consentMode === 'any' && hallConsents.length > 0);
    // P2.2: the representative in the hall consents in person, before the operator.
    for (const c of hallConsents) {
      await tx
        .insertInto('consents')
        .values({ application_id: id, owner: c.owner, answerer: c.answerer, state: 'given', answered_at: now })
        .execute();
    }
    if (!needConsent) {
      return moveState(tx, app, {
        event: 'coupon-filled',
        to: 'signature-pending',
        actor,
        at: now,
        set: { coupon: jsonText(coupon), ...(decision ? { decision } : {}) },
        details: { late: arrivalDelay(coupon, app.applicationDate).late },
      });
    }
    const dueDate = addWorkingDays(today, ctx.settings.consentWorkingDays);
    const due = endOfDayInAstana(dueDate);
    for (const c of asked) {
      await tx
        .insertInto('consents')
        .values({ application_id: id, owner: c.owner, answerer: c.answerer, state: 'pending' })
        .execute();
    }
    const messages = asked.flatMap((c): OutgoingMessage[] => [
      notify(app, 'sms-consent-requested', c.answerer),
      notify(app, 'notify-consent-requested', c.answerer, { due: dueDate }),
    ]);
    return moveState(tx, app, {
      event: 'coupon-filled',
      to: 'consent-pending',
      actor,
      at: now,
      set: { coupon: jsonText(coupon), consent_due: due, ...(decision ? { decision } : {}) },
      details: {
        consenters: asked.length,
        due: due.toISOString(),
        late: arrivalDelay(coupon, app.applicationDate).late,
      },
      messages,
    });
  });
}
