// Submitting runs the registry checks (P1–P6) through the pure rules. The application is
// committed in `checks` before any registry is asked, so a crash or an outage cannot lose it:
// a registry failure leaves it in `checks` with a retry time (exponential backoff), and the
// worker asks again. The version guard makes sure two runners never both apply a result.
import { addDays, addMonths, type IsoDate } from '../../domain/dates.ts';
import type { Application, Decision } from '../../domain/decision/types.ts';
import type { FactView } from '../../domain/fact-index.ts';
import { type Consenter, consenters } from '../../domain/owners.ts';
import { chooseRuleset, effectiveParams } from '../../domain/rulesets.ts';
import { AppError, isAppError } from '../../errors.ts';
import { jsonText } from '../../db/json-column.ts';
import { type Actor, SYSTEM } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notify } from '../messaging/notify.ts';
import { decideWithFacts } from '../decide-application.ts';
import { type Consulted, consultedRegistries } from '../../registries/consulted.ts';
import { recordAccess } from '../privacy/access-log.ts';
import { entriesOf } from '../privacy/reads.ts';
import { inTransaction } from '../transaction.ts';
import { requireApplicantSide } from './access.ts';
import { lockApplication, moveState } from './move.ts';
import { findApplication } from './queries.ts';
import { type ApplicationRecord, toRecord } from './record.ts';
import { checkDeregistration } from './deregistration.ts';
import { listSuccessions } from '../ruleset-successions.ts';

const LEASE_SECONDS = 60;

export async function submitApplication(ctx: ServiceContext, actor: Actor, id: string): Promise<ApplicationRecord> {
  const now = ctx.clock.now();
  const submitted = await inTransaction(ctx.database, async (tx) => {
    // Read once, locked, and checked here: a separate read for the access check first would
    // cost a round trip and could see an older version than the one moved.
    const app = await lockApplication(tx, id);
    requireApplicantSide(app, actor);
    // The lease: if this process dies before the checks finish, the worker takes over then.
    return moveState(tx, app, {
      event: 'submit',
      to: 'checks',
      actor,
      at: now,
      set: { retry_at: new Date(now.getTime() + LEASE_SECONDS * 1000) },
    });
  });
  return runChecks(ctx, submitted, SYSTEM, actor);
}

export function toRuleApplication(app: ApplicationRecord): Application {
  const p = app.payload;
  const service = app.service === 'registration-temporary' ? 'temporary' : 'permanent';
  return {
    service,
    channel: app.channel,
    applicant: app.applicant,
    rka: app.rka ?? '',
    ...(app.owner ? { owner: app.owner } : {}),
    ...(app.representative ? { representative: app.representative } : {}),
    ...(p.relation ? { relation: p.relation } : {}),
    ...(p.members ? { members: p.members } : {}),
    // F4: known once the coupon is filled (a retried check after it, or a hall case).
    ...(app.coupon ? { arrival: app.coupon.arrivalDate } : {}),
    ...(service === 'temporary'
      ? { period: { from: app.applicationDate, to: lastDayOfPeriod(app.applicationDate, p.periodMonths ?? 0) } }
      : {}),
  };
}

/** F4: a temporary registration of N months from `from` ends the day before the same date N months on. */
export function lastDayOfPeriod(from: IsoDate, months: number): IsoDate {
  return addDays(addMonths(from, months), -1);
}

/**
 * P7, I4: who must consent (domain/owners.ts), read from the facts the decision was made on (the
 * dwelling, its owners and every owner's ГБД ФЛ record are among them): the same answer as asking
 * the registries again, without the round trips.
 */
function consentersOf(app: ApplicationRecord, decision: Decision, facts: FactView): Consenter[] {
  // Majority age as the decision's ruleset has it (P1.1), not a number of our own.
  const choice = chooseRuleset(app.applicationDate, decision.ruleset.id);
  if (!choice.ok) throw new AppError('unknown-ruleset', { id: choice.id });
  return consenters(facts, {
    rka: app.rka ?? '',
    applicant: app.applicant,
    representative: app.representative,
    date: app.applicationDate,
    adultAge: effectiveParams(choice.ruleset).adultAge,
  });
}

type Outcome =
  | { kind: 'decided'; decision: Decision; consenters: Consenter[]; consulted: Consulted[] }
  | { kind: 'dereg'; ok: true; consulted: Consulted[] }
  | { kind: 'dereg'; ok: false; reason: string; consulted: Consulted[] }
  | { kind: 'unavailable'; registry: string };

async function ask(ctx: ServiceContext, app: ApplicationRecord): Promise<Outcome> {
  try {
    if (app.service === 'deregistration') {
      const tracked = consultedRegistries(ctx.registries);
      const check = await checkDeregistration({ ...ctx, registries: tracked.registries }, app);
      return { kind: 'dereg', ...check, consulted: tracked.consulted() };
    }
    const { decision, view, consulted } = await decideWithFacts(ctx.registries, {
      date: app.applicationDate,
      successions: await listSuccessions(ctx.database.db),
      application: toRuleApplication(app),
    });
    const consenters = decision.outcome === 'eligible' ? consentersOf(app, decision, view) : [];
    return { kind: 'decided', decision, consenters, consulted };
  } catch (error) {
    if (isAppError(error) && error.code === 'registry-unavailable') {
      return { kind: 'unavailable', registry: String(error.params['registry']) };
    }
    throw error;
  }
}

/**
 * Runs the checks and applies their result. `requestedBy` is whom the registry queries are made
 * for in the access log (issue 13): the submitter when known; on the worker's retry the citizen
 * who filed online, or the system for a hall application.
 */
export async function runChecks(
  ctx: ServiceContext,
  app: ApplicationRecord,
  actor: Actor = SYSTEM,
  requestedBy?: Actor,
): Promise<ApplicationRecord> {
  if (app.state !== 'checks') throw new AppError('invalid-transition', { state: app.state, action: 'checks' });
  const outcome = await ask(ctx, app);
  const now = ctx.clock.now();
  const accessor: Actor = requestedBy ?? (app.channel === 'online' ? { kind: 'citizen', iin: app.filedBy } : SYSTEM);
  try {
    return await applyOutcome(ctx, app, outcome, actor, accessor, now);
  } catch (error) {
    // Someone else (the worker, a retried request, a cancel) changed the application since `app`
    // was read: moveState's version guard refused this result and its transaction rolled back
    // whole (no audit record, no message). Keep theirs.
    if (isAppError(error) && error.code === 'application-changed') return findApplication(ctx, app.id);
    throw error;
  }
}

/**
 * Applies the registries' answer to the application as it was when they were asked. No lock
 * first: the only writer that counts is the version-guarded UPDATE in moveState. Under READ
 * COMMITTED a concurrent mover makes that UPDATE wait, re-check `version` on the committed row
 * and match nothing, so a result is applied at most once; every value written (attempts, payload)
 * derives from `app`, which the guard proves is still the current version.
 */
function applyOutcome(
  ctx: ServiceContext,
  current: ApplicationRecord,
  outcome: Outcome,
  actor: Actor,
  accessor: Actor,
  now: Date,
): Promise<ApplicationRecord> {
  return inTransaction(ctx.database, async (tx) => {
    // Issue 13: whom the registries were asked about, written with the result it led to. An
    // attempt that failed (a registry unavailable) or lost the race (the version guard below
    // rolls this transaction back) leaves no entries, so a retried check is recorded once.
    if (outcome.kind !== 'unavailable') {
      await recordAccess(
        tx,
        now,
        entriesOf(outcome.consulted, { actor: accessor, purpose: 'registry-check', applicationId: current.id }),
      );
    }
    if (outcome.kind === 'unavailable') {
      const attempts = current.attempts + 1;
      const pause = Math.min(ctx.settings.retryBaseSeconds * 2 ** (attempts - 1), ctx.settings.retryMaxSeconds);
      return moveState(tx, current, {
        event: 'registry-unavailable',
        to: 'checks',
        actor,
        at: now,
        set: { attempts, retry_at: new Date(now.getTime() + pause * 1000) },
        details: { registry: outcome.registry, attempts, retryInSeconds: pause },
        ...(attempts === 1 ? { messages: [notify(current, 'notify-checks-delayed', current.applicant)] } : {}),
      });
    }
    if (outcome.kind === 'dereg') {
      return outcome.ok
        ? moveState(tx, current, {
            event: 'checks-passed',
            to: 'signature-pending',
            actor,
            at: now,
            set: { retry_at: null, outcome: 'eligible' },
          })
        : moveState(tx, current, {
            event: 'checks-failed',
            to: 'refused',
            actor,
            at: now,
            set: { retry_at: null, outcome: 'refused', reason: outcome.reason },
            messages: [notify(current, 'notify-refused', current.applicant)],
          });
    }
    const { decision, consenters } = outcome;
    const eligible = decision.outcome === 'eligible';
    return moveState(tx, current, {
      event: eligible ? 'checks-passed' : 'checks-failed',
      to: eligible ? 'coupon-pending' : 'refused',
      actor,
      at: now,
      set: {
        retry_at: null,
        decision: jsonText(decision),
        outcome: decision.outcome,
        reason: decision.reasons[0] ?? null,
        payload: jsonText({ ...current.payload, consenters }),
      },
      details: {
        outcome: decision.outcome,
        reasons: decision.reasons,
        basis: decision.basis,
        ruleset: decision.ruleset,
      },
      ...(eligible ? {} : { messages: [notify(current, 'notify-refused', current.applicant)] }),
    });
  });
}

/**
 * Takes up to `limit` applications whose checks are due again (after an outage, or a crash that
 * left a lease) and renews their lease before anyone asks the registries: another worker, in
 * this process or another, then skips them until the lease runs out (FOR UPDATE SKIP LOCKED
 * makes two claims at the same moment take different rows). The renewal changes no state and
 * writes no audit record; the version guard of moveState still decides whose result counts.
 */
export async function claimDueChecks(ctx: ServiceContext, limit = 20): Promise<ApplicationRecord[]> {
  const now = ctx.clock.now();
  const rows = await inTransaction(ctx.database, (tx) =>
    tx
      .updateTable('applications')
      .set({ retry_at: new Date(now.getTime() + LEASE_SECONDS * 1000) })
      .where(
        'id',
        'in',
        tx
          .selectFrom('applications')
          .select('id')
          .where('state', '=', 'checks')
          .where('retry_at', '<=', now)
          .orderBy('retry_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute(),
  );
  return rows.map(toRecord);
}

/** The worker's turn: the checks it claimed, each run and applied. */
export async function retryDueChecks(ctx: ServiceContext, limit = 20): Promise<number> {
  const claimed = await claimDueChecks(ctx, limit);
  for (const app of claimed) await runChecks(ctx, app);
  return claimed.length;
}
