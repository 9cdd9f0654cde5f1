// pilot.md §0: recording and reading ruleset successions (a period extended, or a ruleset
// replaced, by a legal act). Checked against the known rulesets before it is written, written with
// its audit record in one transaction, never changed afterwards (migration 0014).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { RulesetSuccessionsTable, Schema } from '../db/schema.ts';
import { dateInAstana } from '../domain/dates.ts';
import {
  type LegalAct,
  type RulesetSuccession,
  type SuccessionChange,
  successionProblem,
} from '../domain/ruleset-succession.ts';
import { RULESETS } from '../domain/rulesets.ts';
import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';

export type SuccessionRequest = SuccessionChange & { ruleset: string; act: LegalAct };

function fromRow(row: Selectable<RulesetSuccessionsTable>): RulesetSuccession {
  const common = {
    ruleset: row.ruleset,
    act: { reference: row.act_reference, date: row.act_date },
    recordedOn: row.recorded_on,
  };
  return row.valid_to !== null
    ? { ...common, kind: 'extension', validTo: row.valid_to }
    : { ...common, kind: 'replacement', replacedBy: row.replaced_by ?? '' };
}

/** Every recorded succession, oldest first (the rules take the newest that counts on a date). */
export async function listSuccessions(db: Kysely<Schema>): Promise<RulesetSuccession[]> {
  const rows = await db.selectFrom('ruleset_successions').selectAll().orderBy('recorded_at').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function recordSuccession(
  database: Database,
  actor: Actor,
  at: Date,
  request: SuccessionRequest,
): Promise<RulesetSuccession> {
  const problem = successionProblem(request, RULESETS);
  if (problem) throw new AppError(problem.code, { id: problem.id }, { path: '/ruleset' });
  const recordedOn = dateInAstana(at);
  await inTransaction(database, async (tx) => {
    await tx
      .insertInto('ruleset_successions')
      .values({
        ruleset: request.ruleset,
        valid_to: request.kind === 'extension' ? request.validTo : null,
        replaced_by: request.kind === 'replacement' ? request.replacedBy : null,
        act_reference: request.act.reference,
        act_date: request.act.date,
        recorded_at: at,
        recorded_on: recordedOn,
      })
      .execute();
    await recordAudit(tx, at, actor, {
      action: `ruleset-${request.kind}`,
      details: {
        ruleset: request.ruleset,
        ...(request.kind === 'extension' ? { validTo: request.validTo } : { replacedBy: request.replacedBy }),
        act: request.act.reference,
        actDate: request.act.date,
      },
    });
  });
  return { ...request, recordedOn };
}
