// P1 reception triage, for the API (POST /api/v1/operator/triage) and the console pages alike:
// hall or online. By the dwelling (РКА and applicant, judged by the rules with channel
// 'reception', so P1.1/P1.2 and the I8 checks are the rules' own), or, when the worker knows only
// the owner, by that person's ФЛК (P1.1: minor or incapable → hall; P1.2: otherwise online).
// Every triage is recorded in the audit trail: it is an operator's act with a person's data.
import { dateInAstana } from '../domain/dates.ts';
import type { Decision } from '../domain/decision/types.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceContext } from './context.ts';
import { decideApplication } from './decide-application.ts';
import { type OwnerFlk, ownerFlk } from './hall-checks.ts';
import { inTransaction } from './transaction.ts';

export async function triageDwelling(
  ctx: ServiceContext,
  actor: Actor & { kind: 'operator' },
  input: { applicant: string; rka: string },
): Promise<Decision> {
  const decision = await decideApplication(ctx.registries, {
    date: dateInAstana(ctx.clock.now()),
    application: { service: 'permanent', channel: 'reception', applicant: input.applicant, rka: input.rka },
  });
  await inTransaction(ctx.database, (tx) =>
    recordAudit(tx, ctx.clock.now(), actor, {
      action: 'triage',
      details: { outcome: decision.outcome, reasons: decision.reasons },
    }),
  );
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
  const flk = await ownerFlk(ctx, owner, dateInAstana(ctx.clock.now()));
  const result: OwnerTriage =
    flk === null
      ? { outcome: 'error', reason: 'person-not-found', flk }
      : flk.deceased
        ? { outcome: 'error', reason: 'deceased', flk }
        : flk.positive
          ? { outcome: 'route-hall', clause: 'P1.1', flk }
          : { outcome: 'route-online', clause: 'P1.2', flk };
  await inTransaction(ctx.database, (tx) =>
    recordAudit(tx, ctx.clock.now(), actor, {
      action: 'triage',
      details: {
        by: 'owner',
        outcome: result.outcome,
        reasons:
          result.outcome === 'error'
            ? [result.reason]
            : [result.outcome === 'route-hall' ? 'owner-minor-or-incapable' : 'online-service'],
      },
    }),
  );
  return result;
}
