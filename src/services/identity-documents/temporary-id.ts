// S2 temporary identity cards (002 R2, App1; cl.6: the ЦОН only): the ЦОН accepts and checks the
// documents (15 min), the ҚАІІб/КҚПб draws up the temporary ID — date, position, signature — and
// records it in the issue journal (20 min), and the ЦОН issues it (cl.10). Each move is one
// engine step in one transaction with its journal row.
import { todayInAstana } from '../../domain/cases/open.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { applyCaseEventIn } from '../cases/apply.ts';
import { openServiceCaseIn } from '../cases/open.ts';
import { caseNumber, type CaseRecord } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { conEmployee } from './intake.ts';
import { chainStaff } from './registers.ts';

export interface JournalEntry {
  readonly number: number;
  readonly caseNumber: string;
  readonly drawnUpOn: IsoDate;
  readonly position: string;
  readonly issued: boolean;
}

/** App1, first step: the ЦОН accepts and checks the documents; the case waits for the ҚАІІб. */
export async function acceptS2(
  ctx: ServiceContext,
  actor: Actor,
  input: { readonly caseId: string; readonly applicant: string; readonly filedAt: string },
): Promise<CaseRecord> {
  const staff = conEmployee(actor);
  const person = await ctx.registries.persons.person(input.applicant);
  if (!person || person.deathDate !== null)
    throw new AppError('identity-document.person-unknown', {}, { path: '/applicant' });
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const opened = await openServiceCaseIn(
      tx,
      {
        id: input.caseId,
        service: 'S2',
        variant: 'S2',
        channel: 'con',
        filedAt: input.filedAt,
        facts: {},
        applicant: input.applicant,
        office: staff.office,
      },
      now,
    );
    if (opened.case.currentStep !== 'accept') return opened; // a retry of the same intake
    return applyCaseEventIn(
      tx,
      { caseId: input.caseId, event: { kind: 'complete-step', step: 'accept', actor: staff } },
      now,
    );
  });
}

/** App1, second step: drawn up by the ҚАІІб and recorded in the issue journal. */
export async function drawUpS2(
  ctx: ServiceContext,
  actor: Actor,
  input: { readonly caseId: string; readonly position: string },
): Promise<JournalEntry> {
  const staff = chainStaff(actor);
  const position = input.position.trim();
  if (position.length === 0 || position.length > 200)
    throw new AppError('invalid-value', { detail: 'position' }, { path: '/position' });
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const record = await applyCaseEventIn(
      tx,
      { caseId: input.caseId, event: { kind: 'complete-step', step: 'draw-up', actor: staff, output: { position } } },
      now,
    );
    if (record.case.service !== 'S2') throw new AppError('case.not-found');
    const row = await tx
      .insertInto('temporary_id_journal')
      .values({
        case_id: input.caseId,
        office: record.case.office,
        applicant_iin: record.case.applicant,
        drawn_up_on: todayInAstana(now),
        drawn_up_by: staff.iin,
        position,
      })
      .returning(['number', 'drawn_up_on'])
      .executeTakeFirstOrThrow();
    return {
      number: Number(row.number),
      caseNumber: caseNumber(record.number),
      drawnUpOn: row.drawn_up_on,
      position,
      issued: false,
    };
  });
}

/** cl.10: the ЦОН issues the temporary ID; the journal notes it. */
export async function issueS2(ctx: ServiceContext, actor: Actor, caseId: string): Promise<CaseRecord> {
  const staff = conEmployee(actor);
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const record = await applyCaseEventIn(
      tx,
      { caseId, event: { kind: 'complete-step', step: 'issue', actor: staff } },
      now,
    );
    await tx
      .updateTable('temporary_id_journal')
      .set({ issued_at: now, issued_by: staff.iin })
      .where('case_id', '=', caseId)
      .execute();
    return record;
  });
}

/** The office's issue journal for a day (App1), in order; no IINs. */
export async function issueJournal(ctx: ServiceContext, actor: Actor, day: IsoDate): Promise<JournalEntry[]> {
  const staff = chainStaff(actor);
  const rows = await ctx.database.db
    .selectFrom('temporary_id_journal as j')
    .innerJoin('cases', 'cases.id', 'j.case_id')
    .select(['j.number', 'j.drawn_up_on', 'j.position', 'j.issued_at', 'cases.number as caseNumber'])
    .where('j.office', '=', staff.office)
    .where('j.drawn_up_on', '=', day)
    .orderBy('j.number')
    .execute();
  return rows.map((r) => ({
    number: Number(r.number),
    caseNumber: caseNumber(Number(r.caseNumber)),
    drawnUpOn: r.drawn_up_on,
    position: r.position,
    issued: r.issued_at !== null,
  }));
}

/** The office's S2 cases waiting at `step` (`draw-up` for the ҚАІІб, `issue` for the ЦОН); no IINs. */
export async function waitingS2(
  ctx: ServiceContext,
  actor: Actor,
  step: 'draw-up' | 'issue',
): Promise<{ readonly id: string; readonly number: string }[]> {
  const staff = chainStaff(actor);
  const rows = await ctx.database.db
    .selectFrom('cases')
    .select(['id', 'number'])
    .where('office', '=', staff.office)
    .where('service', '=', 'S2')
    .where('current_step', '=', step)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ id: r.id, number: caseNumber(Number(r.number)) }));
}
