// One move of a case in one transaction (issue 17 item 2): the engine's transition
// (src/domain/cases/transition.ts) on the stored case, then the row — guarded by its version —
// with the case's event, audit record and the applicant's messages. Two employees acting at once:
// the first update wins; the other finds the version moved and gets `case.changed`. A caller
// that sends the version it saw and repeats the same event after a lost answer gets the case
// back unchanged (the event is already the latest one), not a second move.
import type { Database } from '../../db/database.ts';
import type { CaseActor } from '../../domain/cases/case.ts';
import { machineOf } from '../../domain/cases/machine.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { type CaseEvent, transition } from '../../domain/cases/transition.ts';
import { AppError } from '../../errors.ts';
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

export async function applyCaseEvent(database: Database, command: CaseCommand, now: Date): Promise<CaseRecord> {
  return inTransaction(database, (tx) => applyCaseEventIn(tx, command, now));
}

/** The same, inside a caller's transaction (S1's registers move many cases at once). */
export async function applyCaseEventIn(tx: Tx, command: CaseCommand, now: Date): Promise<CaseRecord> {
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
  const row = await tx
    .updateTable('cases')
    .set(changedColumns(machine, moved.case, now))
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('case.changed');
  const record = toCase(row);
  // 004 cl.4: a step that changes a state registry does so in this transaction (S9a → ЕГКН).
  const written = command.event.kind === 'complete-step' ? await writeRegistries(tx, before, command.event.step) : {};
  await recordCaseMove(tx, {
    event: command.event.kind,
    actor: command.event.actor,
    at: now,
    from: before.state,
    to: record.case,
    step: command.event.kind === 'complete-step' ? command.event.step : before.currentStep,
    details: { input, dueOn: record.case.dueOn, ...written },
    told: moved.told,
    number: record.number,
  });
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
