// P1 reception triage, for the API (POST /api/v1/operator/triage) and the console pages alike:
// hall or online. By the dwelling (РКА and applicant, judged by the rules with channel
// 'reception', so P1.1/P1.2 and the I8 checks are the rules' own), or, when the worker knows only
// the owner, by that person's ФЛК (P1.1: minor or incapable → hall; P1.2: otherwise online).
// Every triage is recorded in the audit trail: it is an operator's act with a person's data. And
// whom the registries were asked about goes to the access log (issue 13) in the same transaction.
import { dateInAstana } from '../domain/dates.ts';
import type { Decision } from '../domain/decision/types.ts';
import { consultedRegistries } from '../registries/consulted.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceContext } from './context.ts';
import { decideWithFacts } from './decide-application.ts';
import { type OwnerFlk, readOwnerFlk } from './hall-checks.ts';
import { recordAccess } from './privacy/access-log.ts';
import { entriesOf } from './privacy/reads.ts';
import { inTransaction } from './transaction.ts';
import { listSuccessions } from './ruleset-successions.ts';

export async function triageDwelling(
  ctx: ServiceContext,
  actor: Actor & { kind: 'operator' },
  input: { applicant: string; rka: string },
): Promise<Decision> {
  const { decision, consulted } = await decideWithFacts(ctx.registries, {
    date: dateInAstana(ctx.clock.now()),
    successions: await listSuccessions(ctx.database.db),
    application: { service: 'permanent', channel: 'reception', applicant: input.applicant, rka: input.rka },
  });
  await inTransaction(ctx.database, async (tx) => {
    const now = ctx.clock.now();
    await recordAudit(tx, now, actor, {
      action: 'triage',
      details: { outcome: decision.outcome, reasons: decision.reasons },
    });
    await recordAccess(tx, now, entriesOf(consulted, { actor, purpose: 'triage' }));
  });
  return decision;
}

export type OwnerTriage =
  | { outcome: 'route-hall' | 'route-online'; clause: 'P1.1' | 'P1.2'; flk: OwnerFlk }
  | { outcome: 'error'; reason: 'person-not-found' | 'deceased'; flk: OwnerFlk | null };

/** P1 by the owner alone: ГБД ФЛ (age) and Е-Собес (incapacity) on today's date. */
export async function triageOwner(
  ctx: ServiceContext,
  actor: Actor & { kind: 'operator' },
  owner: string,
): Promise<OwnerTriage> {
  const tracked = consultedRegistries(ctx.registries);
  const flk = await readOwnerFlk(tracked.registries, owner, dateInAstana(ctx.clock.now()));
  const result: OwnerTriage =
    flk === null
      ? { outcome: 'error', reason: 'person-not-found', flk }
      : flk.deceased
        ? { outcome: 'error', reason: 'deceased', flk }
        : flk.positive
          ? { outcome: 'route-hall', clause: 'P1.1', flk }
          : { outcome: 'route-online', clause: 'P1.2', flk };
  await inTransaction(ctx.database, async (tx) => {
    const now = ctx.clock.now();
    await recordAudit(tx, now, actor, {
      action: 'triage',
      details: {
        by: 'owner',
        outcome: result.outcome,
        reasons:
          result.outcome === 'error'
            ? [result.reason]
            : [result.outcome === 'route-hall' ? 'owner-minor-or-incapable' : 'online-service'],
      },
    });
    await recordAccess(tx, now, entriesOf(tracked.consulted(), { actor, purpose: 'triage' }));
  });
  return result;
}
