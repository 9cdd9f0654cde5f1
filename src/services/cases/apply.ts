// One move of a case in one transaction (issue 17 item 2): the engine's transition
// (src/domain/cases/transition.ts) on the stored case, then the row — guarded by its version —
// with the case's event, audit record and the applicant's messages. Two employees acting at once:
// the first update wins; the other finds the version moved and gets `case.changed`. A caller
// that sends the version it saw and repeats the same event after a lost answer gets the case
// back unchanged (the event is already the latest one), not a second move.
// 004 cl.4, cl.9: management's signature draws up, seals and files the result in the same
// transaction (case-results/produce.ts). 004 L1 r.8, cl.6: a result held for the additional payment
// is released only when the payments of the case hold (assertPaidThroughIn, read in this
// transaction); a case whose last step ends with the payment already made is released at once.
import type { Database } from '../../db/database.ts';
import type { CaseActor } from '../../domain/cases/case.ts';
import { machineOf } from '../../domain/cases/machine.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { type CaseEvent, transition } from '../../domain/cases/transition.ts';
import { resultOf } from '../../domain/case-results/result-documents.ts';
import { AppError } from '../../errors.ts';
import { produceCaseResults } from '../case-results/produce.ts';
import type { Seal } from '../certificates/seal.ts';
import { assertPaidThroughIn, paidThroughIn } from '../payments/invoices.ts';
import { inTransaction, type Tx } from '../transaction.ts';
import { type CaseRecord, changedColumns, toCase } from './record.ts';
import { writeRegistries } from './registry-writes.ts';
import { recordCaseMove } from './trail.ts';

export interface CaseCommand {
  readonly caseId: string;
  readonly event: CaseEvent;
  /** The version the caller saw; a different one is a conflict (or a repeat of its own move). */
  readonly expectedVersion?: number;
}

/** What a move may need besides the database: the provider's seal, which signs results. */
export interface CaseEffects {
  readonly seal?: Seal | undefined;
}

export async function applyCaseEvent(
  database: Database,
  command: CaseCommand,
  now: Date,
  effects: CaseEffects = {},
): Promise<CaseRecord> {
  return inTransaction(database, (tx) => applyCaseEventIn(tx, command, now, effects));
}

/** The move inside the caller's transaction. */
export async function applyCaseEventIn(
  tx: Tx,
  command: CaseCommand,
  now: Date,
  effects: CaseEffects = {},
): Promise<CaseRecord> {
  const stored = await findCase(tx, command.caseId);
  const before = stored.case;
  const input = eventInput(command.event);
  if (command.expectedVersion !== undefined && command.expectedVersion !== before.version) {
    if (await isRepeat(tx, before.id, command.expectedVersion + 1, command.event.actor, input)) return stored;
    throw new AppError('case.changed');
  }
  const moved = transition(before, command.event, todayInAstana(now));
  if (!moved.ok) throw new AppError(moved.error.code, moved.error.params);
  const machine = machineOf(before);
  // 004 L1 r.8: never released without every stage paid, the additional payment included.
  if (command.event.kind === 'release')
    await assertPaidThroughIn(tx, before.id, 'before-result', machine.definition, before.variant);
  const row = await tx
    .updateTable('cases')
    .set(changedColumns(machine, moved.case, now))
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('case.changed');
  const record = toCase(row);
  // 004 cl.4, 003 ¶B2: a step that changes a state registry does so in this transaction (S9a → ЕГКН,
  // S7 → ЗАГС).
  const written = command.event.kind === 'complete-step' ? await writeRegistries(tx, before, command.event, now) : {};
  // 004 cl.4, cl.9: the signature produces the result, filed with this move.
  const spec = command.event.kind === 'complete-step' ? resultOf(before.variant, command.event.step) : null;
  let results: Record<string, unknown> = {};
  if (spec) {
    if (!effects.seal) throw new AppError('case.result-unsigned');
    const filed = await produceCaseResults(tx, {
      kase: record.case,
      number: record.number,
      spec,
      actor: command.event.actor,
      seal: effects.seal,
      now,
    });
    results = { results: filed.map((d) => d.id) };
  }
  await recordCaseMove(tx, {
    event: command.event.kind,
    actor: command.event.actor,
    at: now,
    from: before.state,
    to: record.case,
    step: command.event.kind === 'complete-step' ? command.event.step : before.currentStep,
    details: { input, dueOn: record.case.dueOn, ...written, ...results },
    told: moved.told,
    number: record.number,
  });
  // 004 L1 r.8: the additional payment came before the last step: the result goes out now.
  if (
    record.case.state === 'result-ready' &&
    (await paidThroughIn(tx, record.case.id, 'before-result', machine.definition, record.case.variant))
  ) {
    const release = { kind: 'release', actor: { kind: 'system' } } as const;
    return applyCaseEventIn(tx, { caseId: record.case.id, event: release }, now, effects);
  }
  return record;
}

export async function findCase(tx: Tx, id: string): Promise<CaseRecord> {
  const row = await tx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('case.not-found');
  return toCase(row);
}

/** What the event asked for, without the actor (recorded in the event's own columns). */
function eventInput(event: CaseEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'actor'));
}

async function isRepeat(tx: Tx, caseId: string, seq: number, actor: CaseActor, input: Record<string, unknown>) {
  const event = await tx
    .selectFrom('case_events')
    .select(['event', 'actor_iin', 'details'])
    .where('case_id', '=', caseId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  if (!event) return false;
  const sameActor = event.actor_iin === (actor.kind === 'system' ? null : actor.iin);
  return sameActor && canonical(event.details['input']) === canonical(input);
}

/** JSON with sorted keys: jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
