// S1's registers (002 R1 App1 st.3–13): the ҚАІІб at a ЦОН gathers the cases waiting for step 3
// into a register of one urgency category (their limits are the same), and the register then
// travels ЦОН/ҚАІІб → КҚПБ → КҚПД → АӨО РМК → КҚПД → КҚПБ → ҚАІІб → ЦОН: each unit that holds it
// does its step for every case in it, in one transaction, each case moved by the engine (roles,
// offices and the SLA per step are the engine's). At КҚПД's check (st.6) every applicant is
// checked in the wanted-persons database: a hit stops that case (refused on the definition's
// ground 1), takes it out of the register and alerts the supervisors of the accepting ЦОН; the
// applicant is not told. At production (st.8) each case gets its document's number. Once the
// ҚАІІб has sent the documents to the ЦОН (st.13) the register is closed: hand-over is per person.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { jsonText } from '../../db/json-column.ts';
import type { Schema } from '../../db/schema.ts';
import type { CaseActor } from '../../domain/cases/case.ts';
import { machineOf, nextStep, stepOf } from '../../domain/cases/machine.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { checkStepOutput } from '../../domain/cases/step-output.ts';
import { stepOffice } from '../../domain/cases/units.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { URGENCIES, type Urgency } from '../../domain/public-services/definition.ts';
import { AppError } from '../../errors.ts';
import { checkWanted, type WantedCheck } from '../../registries/wanted.ts';
import type { WantedPersonsRegistry } from '../../registries/ports.ts';
import { sqlWantedPersons } from '../../registries/sql/wanted-persons.ts';
import { isBackOfficeRole, type Actor } from '../actor.ts';
import { applyCaseEventIn } from '../cases/apply.ts';
import { caseNumber, toCase } from '../cases/record.ts';
import type { ServiceContext } from '../context.ts';
import { auditRow } from '../audit.ts';
import { inTransaction, type Tx } from '../transaction.ts';

/** App1 st.3: the step at which the ҚАІІб forms a register. */
export const REGISTER_STEP = 'register';
/** App1 st.6: the КҚПД's check, with the wanted-persons database. */
export const WANTED_CHECK_STEP = 'department-check';
/** App1 st.8: production, where each case gets its document's number. */
export const PRODUCTION_STEP = 'produce';
/** App1 st.14: hand-over at the ЦОН, per person — the register is closed before it. */
export const HAND_OVER_STEP = 'hand-over';
/** S1's refusal ground: the applicant is wanted (identity-document-services.ts). */
export const WANTED_GROUND = 1;

export interface RegisterView {
  readonly id: string;
  readonly number: string;
  readonly urgency: Urgency;
  readonly originOffice: string;
  readonly step: string | null;
  readonly holderRole: string | null;
  readonly holderOffice: string | null;
  readonly version: number;
  readonly closed: boolean;
  /** The cases in it, with those taken out (a wanted-persons stop). */
  readonly cases: readonly { readonly id: string; readonly number: string; readonly removed: 'wanted' | null }[];
}

export interface RegisterMove {
  readonly registerId: string;
  /** The step the holder completes (a stale page's step is refused). */
  readonly step: string;
  /** App1 st.8: each case's document number, by case id. */
  readonly documentNumbers?: Readonly<Record<string, string>>;
  readonly expectedVersion?: number;
}

export interface RegisterMoved {
  readonly register: RegisterView;
  /** Cases stopped by a wanted-persons hit in this move (their numbers). */
  readonly stopped: readonly string[];
}

/** A migration police employee of S1's chain (or a ЦОН employee) as the engine sees them. */
export function chainStaff(actor: Actor): CaseActor & { kind: 'staff' } {
  if (actor.kind !== 'operator' || !(isBackOfficeRole(actor.role) || actor.role === 'reception'))
    throw new AppError('operator-only');
  return { kind: 'staff', iin: actor.iin, role: actor.role, office: actor.office };
}

export function registerNumber(number: number): string {
  return `R-${String(number).padStart(6, '0')}`;
}

/** App1 st.3: the ҚАІІб registers the cases of one urgency waiting at its ЦОН. */
export async function formRegister(ctx: ServiceContext, actor: Actor, urgency: Urgency): Promise<RegisterView> {
  const staff = chainStaff(actor);
  if (!(URGENCIES as readonly string[]).includes(urgency))
    throw new AppError('invalid-value', { detail: 'urgency' }, { path: '/urgency' });
  if (staff.role !== 'qaiib') throw new AppError('case.wrong-role', { role: staff.role, expected: 'qaiib' });
  const now = ctx.clock.now();
  return inTransaction(ctx.database, async (tx) => {
    const rows = await tx
      .selectFrom('cases')
      .select(['id', 'facts'])
      .where('service', '=', 'S1')
      .where('office', '=', staff.office)
      .where('current_step', '=', REGISTER_STEP)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('case_register_items').select('case_id').whereRef('case_id', '=', 'cases.id'))),
      )
      .orderBy('number')
      .forUpdate()
      .execute();
    const ids = rows.filter((r) => (r.facts.urgency ?? 'general') === urgency).map((r) => r.id);
    if (ids.length === 0) throw new AppError('identity-document.register-empty');
    const id = randomUUID();
    await tx
      .insertInto('case_registers')
      .values({
        id,
        service: 'S1',
        urgency,
        origin_office: staff.office,
        step: REGISTER_STEP,
        holder_role: 'qaiib',
        holder_office: staff.office,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await tx
      .insertInto('case_register_items')
      .values(ids.map((caseId) => ({ register_id: id, case_id: caseId, added_at: now })))
      .execute();
    await tx
      .insertInto('audit_events')
      .values(staffAudit(now, staff, 'case-register-form', { registerId: id, urgency, cases: ids.length }))
      .execute();
    return readRegisterIn(tx, id);
  });
}

/**
 * The holder completes `step` for every case of the register, and the register goes to the unit
 * of the next step. `wanted` is КҚПД's database (st.6).
 */
export async function moveRegister(
  ctx: ServiceContext,
  actor: Actor,
  move: RegisterMove,
  wanted: WantedPersonsRegistry = sqlWantedPersons(ctx.database.db),
): Promise<RegisterMoved> {
  const staff = chainStaff(actor);
  const now = ctx.clock.now();
  const today = todayInAstana(now);
  // App1 st.6: the wanted-persons database is asked before the transaction (a registry call is
  // not held inside the lock), for the applicants in the register now.
  const checks = move.step === WANTED_CHECK_STEP ? await wantedChecks(ctx, move.registerId, wanted, today) : null;
  return inTransaction(ctx.database, async (tx) => {
    const register = await tx
      .selectFrom('case_registers')
      .selectAll()
      .where('id', '=', move.registerId)
      .forUpdate()
      .executeTakeFirst();
    if (!register) throw new AppError('identity-document.register-not-found');
    if (move.expectedVersion !== undefined && move.expectedVersion !== register.version)
      throw new AppError('case.changed');
    if (register.step === null) throw new AppError('case.invalid-event', { state: 'closed', event: 'complete-step' });
    if (register.step !== move.step)
      throw new AppError('case.step-out-of-order', { step: move.step, current: register.step });
    if (register.holder_role !== staff.role || register.holder_office !== staff.office)
      throw new AppError('identity-document.not-holder', { office: register.holder_office ?? '' });
    const items = await tx
      .selectFrom('case_register_items')
      .innerJoin('cases', 'cases.id', 'case_register_items.case_id')
      .selectAll('cases')
      .where('register_id', '=', register.id)
      .where('removed_at', 'is', null)
      .orderBy('cases.number')
      .execute();
    const stopped: string[] = [];
    for (const row of items) {
      const { case: kase, number } = toCase(row);
      if (checks) {
        // App1 st.6: the applicant is checked in the wanted-persons database on the day of the check.
        const check = checks.get(kase.id);
        if (!check || check.iin !== kase.applicant) throw new AppError('case.changed');
        if (check.outcome === 'wanted') {
          await stopWanted(tx, register.id, kase.id, kase.office, staff, now, check.reference);
          stopped.push(caseNumber(number));
          continue;
        }
      }
      const output = move.step === PRODUCTION_STEP ? documentNumberOf(move, kase.id) : undefined;
      await applyCaseEventIn(
        tx,
        {
          caseId: kase.id,
          event: { kind: 'complete-step', step: move.step, actor: staff, ...(output ? { output } : {}) },
        },
        now,
      );
      if (output)
        await tx
          .updateTable('identity_document_files')
          .set({ document_number: String(output['documentNumber']) })
          .where('case_id', '=', kase.id)
          .execute();
    }
    const machine = machineOf({
      service: 'S1',
      definitionVersion: items[0]?.definition_version ?? '1.0.0',
      variant: 'S1',
    });
    const next = stepOf(machine, move.step) ? nextStep(machine, move.step) : null;
    // Closed when no case is left in it, or once the documents are back at the ЦОН (st.13).
    const target = items.length === stopped.length || next === null || next.id === HAND_OVER_STEP ? null : next;
    await tx
      .updateTable('case_registers')
      .set({
        step: target?.id ?? null,
        holder_role: target?.actor ?? null,
        holder_office: target ? stepOffice(register.origin_office, target) : null,
        version: register.version + 1,
        updated_at: now,
        closed_at: target ? null : now,
      })
      .where('id', '=', register.id)
      .execute();
    await tx
      .insertInto('audit_events')
      .values(
        staffAudit(now, staff, 'case-register-move', {
          registerId: register.id,
          step: move.step,
          cases: items.length - stopped.length,
          stopped: stopped.length,
        }),
      )
      .execute();
    return { register: await readRegisterIn(tx, register.id), stopped };
  });
}

/** Each active case's wanted-persons check, by case id. */
async function wantedChecks(
  ctx: ServiceContext,
  registerId: string,
  wanted: WantedPersonsRegistry,
  today: IsoDate,
): Promise<Map<string, WantedCheck>> {
  const rows = await ctx.database.db
    .selectFrom('case_register_items')
    .innerJoin('cases', 'cases.id', 'case_register_items.case_id')
    .select(['cases.id', 'cases.applicant_iin'])
    .where('register_id', '=', registerId)
    .where('removed_at', 'is', null)
    .execute();
  const checks = new Map<string, WantedCheck>();
  for (const row of rows) checks.set(row.id, await checkWanted(wanted, row.applicant_iin, today));
  return checks;
}

/** App1 st.8: the number of the document produced for the case, as the step records it. */
function documentNumberOf(move: RegisterMove, caseId: string): Readonly<Record<string, string>> {
  const checked = checkStepOutput(PRODUCTION_STEP, { documentNumber: move.documentNumbers?.[caseId] ?? '' });
  if (!checked.ok)
    throw new AppError('case.output-invalid', { field: checked.field }, { path: `/documentNumbers/${caseId}` });
  return { documentNumber: String(checked.output['documentNumber']) };
}

/** App1 st.6: a hit stops the case, takes it out of the register and alerts the ЦОН's supervisors. */
async function stopWanted(
  tx: Tx,
  registerId: string,
  caseId: string,
  office: string,
  staff: CaseActor,
  now: Date,
  reference: string,
): Promise<void> {
  await applyCaseEventIn(tx, { caseId, event: { kind: 'intend-refusal', ground: WANTED_GROUND, actor: staff } }, now);
  await tx
    .updateTable('case_register_items')
    .set({ removed_at: now, removed_reason: 'wanted' })
    .where('register_id', '=', registerId)
    .where('case_id', '=', caseId)
    .execute();
  await tx
    .insertInto('case_alerts')
    .values({
      case_id: caseId,
      office,
      kind: 'wanted-hit',
      details: jsonText({ registerId, reference }),
      created_at: now,
    })
    .execute();
}

function staffAudit(at: Date, staff: CaseActor & { kind: 'staff' }, action: string, details: Record<string, unknown>) {
  const row = auditRow(
    at,
    { kind: 'system' },
    { action, details: { ...details, role: staff.role, office: staff.office } },
  );
  return { ...row, actor_kind: 'operator' as const, actor: staff.iin };
}

export async function readRegister(ctx: ServiceContext, registerId: string): Promise<RegisterView> {
  return inTransaction(ctx.database, (tx) => readRegisterIn(tx, registerId));
}

/** The registers a unit holds now (its incoming work), oldest first. */
export async function heldRegisters(ctx: ServiceContext, actor: Actor): Promise<RegisterView[]> {
  const staff = chainStaff(actor);
  const rows = await ctx.database.db
    .selectFrom('case_registers')
    .select('id')
    .where('holder_office', '=', staff.office)
    .where('holder_role', '=', staff.role)
    .where('closed_at', 'is', null)
    .orderBy('number')
    .execute();
  return inTransaction(ctx.database, async (tx) => Promise.all(rows.map((r) => readRegisterIn(tx, r.id))));
}

async function readRegisterIn(tx: Tx, id: string): Promise<RegisterView> {
  const register = await tx.selectFrom('case_registers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!register) throw new AppError('identity-document.register-not-found');
  const items = await tx
    .selectFrom('case_register_items')
    .innerJoin('cases', 'cases.id', 'case_register_items.case_id')
    .select(['cases.id', 'cases.number', 'case_register_items.removed_reason'])
    .where('register_id', '=', id)
    .orderBy('cases.number')
    .execute();
  return viewOf(register, items);
}

function viewOf(
  r: Selectable<Schema['case_registers']>,
  items: readonly { id: string; number: number; removed_reason: 'wanted' | null }[],
): RegisterView {
  return {
    id: r.id,
    number: registerNumber(Number(r.number)),
    urgency: r.urgency,
    originOffice: r.origin_office,
    step: r.step,
    holderRole: r.holder_role,
    holderOffice: r.holder_office,
    version: r.version,
    closed: r.closed_at !== null,
    cases: items.map((i) => ({ id: i.id, number: caseNumber(Number(i.number)), removed: i.removed_reason })),
  };
}
