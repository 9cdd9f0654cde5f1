// The State Corporation's back office on the case engine (issue 17 item 6): what the pages of
// /backoffice ask for — the signed-in role's queue at its office, one case with the steps of its
// chain and what this employee may do now, and each act as one engine move (apply.ts). The
// engine stays the judge: the actions offered here are a courtesy of the page; a stale or forged
// form still meets the engine's coded refusal (wrong role, wrong office, out of order, changed).
import type { CaseActor } from '../../domain/cases/case.ts';
import { WORKING_STATES } from '../../domain/cases/case.ts';
import { machineOf } from '../../domain/cases/machine.ts';
import { SERVICE_DEFINITIONS } from '../../domain/public-services/catalogue.ts';
import { todayInAstana } from '../../domain/cases/open.ts';
import { checkStepOutput, type OutputField, outputFields } from '../../domain/cases/step-output.ts';
import { type CaseEvent, SIGNING_ROLE } from '../../domain/cases/transition.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { AppError, isAppError } from '../../errors.ts';
import { type BackOfficeRole, isBackOfficeRole, type Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { additionalInvoice, PAYMENT_DUE_STEP } from '../case-results/release.ts';
import { inTransaction } from '../transaction.ts';
import { applyCaseEvent, findCase } from './apply.ts';
import { caseQueue, type QueueItem } from './queue.ts';
import { type CaseView, readCase } from './read.ts';

export interface BackOfficeStaff {
  readonly iin: string;
  readonly role: BackOfficeRole;
  readonly office: string;
}

/** The employee behind a logged-in operator, or `operator-only` for any other login. */
export function backOfficeStaff(actor: Actor): BackOfficeStaff {
  if (actor.kind !== 'operator' || !isBackOfficeRole(actor.role)) throw new AppError('operator-only');
  return { iin: actor.iin, role: actor.role, office: actor.office };
}

function caseActor(staff: BackOfficeStaff): CaseActor {
  return { kind: 'staff', iin: staff.iin, role: staff.role, office: staff.office };
}

export function todayOf(ctx: ServiceContext): IsoDate {
  return todayInAstana(ctx.clock.now());
}

/** The open cases at this role's step at this office, the step due first on top; no IINs. */
export async function backOfficeQueue(ctx: ServiceContext, staff: BackOfficeStaff): Promise<QueueItem[]> {
  return caseQueue(ctx.database.db, { office: staff.office, role: staff.role, today: todayOf(ctx) });
}

/** The variant's name in kk/ru/en from its definition (S9b: "Cadastral passport"). */
export function variantName(
  service: string,
  variant: string,
): Readonly<Record<'kk' | 'ru' | 'en', string>> | undefined {
  return SERVICE_DEFINITIONS.find((d) => d.id === service)?.variants.find((v) => v.id === variant)?.name;
}

export type ActionKind = 'complete-step' | 'intend-refusal' | 'object' | 'decide' | 'extend' | 'extend-days';

export interface ChainStep {
  readonly id: string;
  readonly role: string;
  readonly status: 'done' | 'current' | 'later';
}

export interface BackOfficeCase {
  readonly view: CaseView;
  readonly today: IsoDate;
  readonly chain: readonly ChainStep[];
  /** What this employee may do now; the engine checks again on every post. */
  readonly actions: readonly ActionKind[];
  /** The fields the current step records when completed (the inspection's measurements). */
  readonly output: readonly OutputField[];
  /** 004 L1 r.9, L2 r.9: the grounds a refusal may cite, with their source for staff. */
  readonly grounds: readonly { readonly id: number; readonly source: string }[];
  /** The clauses the service runs on, for the staff's "basis" line. */
  readonly basis: string;
  /** D3, S7 (003 ¶B2): the calendar days an extension may still add (0 where there is none by days). */
  readonly extensionDaysLeft: number;
}

/** One case as this employee of the case's office sees it (an access-logged read, read.ts). */
export async function backOfficeCase(ctx: ServiceContext, staff: BackOfficeStaff, caseId: string) {
  const now = ctx.clock.now();
  const view = await readCase(ctx.database, caseActor(staff), caseId, now);
  const today = todayInAstana(now);
  const kase = view.case;
  const machine = machineOf(kase);
  const done = new Set(kase.procedure.completedSteps);
  const chain = machine.steps.map((s) => ({
    id: s.id,
    role: s.actor,
    status: done.has(s.id) ? 'done' : s.id === kase.currentStep ? 'current' : 'later',
  })) satisfies ChainStep[];
  const current = machine.steps.find((s) => s.id === kase.currentStep);
  // transition.ts handlerRoles: the current step's role, or management, who signs (004 cl.4, cl.9).
  const handles = current ? [current.actor, SIGNING_ROLE] : [SIGNING_ROLE];
  const mine = staff.office === kase.office && handles.includes(staff.role) && !OWN_PAGES.has(kase.service);
  const actions: ActionKind[] = [];
  const hearing = kase.procedure.hearing;
  // D3, S7: at most 15 calendar days in all, however many extensions (transition.ts checks again).
  const extension = machine.rule?.extension;
  const extended = kase.procedure.extensions.reduce((sum, e) => sum + (e.days ?? 0), 0);
  const extensionDaysLeft = extension?.kind === 'calendar-days' ? Math.max(0, extension.maxDays - extended) : 0;
  if (mine && WORKING_STATES.includes(kase.state)) {
    if (current?.actor === staff.role) actions.push('complete-step');
    actions.push('intend-refusal');
    if (machine.rule?.extension.kind === 'by-agreement') actions.push('extend');
    if (extensionDaysLeft > 0) actions.push('extend-days');
  }
  if (mine && kase.state === 'refusal-intended' && hearing) {
    if (today <= hearing.objectionBy) actions.push('object');
    else actions.push('decide');
  }
  if (mine && kase.state === 'objection-received') actions.push('decide');
  return {
    view,
    today,
    chain,
    actions,
    output: outputFields(kase.currentStep),
    grounds: machine.definition.refusal.grounds.map((g) => ({ id: g.id, source: g.source })),
    basis: machine.definition.source,
    extensionDaysLeft,
  } satisfies BackOfficeCase;
}

/**
 * Services whose steps are taken on their own pages, not one case at a time here: S1 moves in
 * registers, S2 writes the issue journal (services/identity-documents/, issue 18).
 */
const OWN_PAGES: ReadonlySet<string> = new Set(['S1', 'S2']);

/** What a back-office form asks for, as posted (texts are checked here, not in the page). */
export type BackOfficeAct =
  | { readonly kind: 'complete-step'; readonly step: string; readonly posted: Readonly<Record<string, string>> }
  | { readonly kind: 'intend-refusal'; readonly ground: number }
  | { readonly kind: 'object' }
  | { readonly kind: 'decide'; readonly outcome: 'refuse' | 'provide' }
  | { readonly kind: 'extend'; readonly newDueOn: IsoDate; readonly agreedOn: IsoDate }
  | { readonly kind: 'extend-days'; readonly days: number };

/**
 * One act of an employee on a case, as the engine's move in one transaction (apply.ts), guarded
 * by the version the employee saw: if someone moved the case meanwhile, `case.changed`.
 */
export async function actOnCase(
  ctx: ServiceContext,
  staff: BackOfficeStaff,
  command: { readonly caseId: string; readonly version: number; readonly act: BackOfficeAct },
) {
  const actor = caseActor(staff);
  const event = eventOf(command.act, actor);
  const { case: current } = await inTransaction(ctx.database, (tx) => findCase(tx, command.caseId));
  if (OWN_PAGES.has(current.service))
    throw new AppError('case.invalid-event', { state: current.state, event: event.kind });
  // 004 cl.4, cl.9: management's signature is sealed with the provider's key (case-results/).
  const record = await applyCaseEvent(
    ctx.database,
    { caseId: command.caseId, event, expectedVersion: command.version },
    ctx.clock.now(),
    { seal: ctx.seal },
  );
  // 004 cl.4, L1 r.8: with the payment-due notice, the invoice for the additional payment (asked
  // of the gateway after the move is committed; if it cannot be reached, the request's page asks).
  if (event.kind === 'complete-step' && event.step === PAYMENT_DUE_STEP) {
    const kase = record.case;
    // The step is done whatever the gateway says: a coded refusal here is asked again later.
    await additionalInvoice(ctx, { ...kase, completedSteps: kase.procedure.completedSteps }).catch((error: unknown) => {
      if (!isAppError(error)) throw error;
    });
  }
  return record;
}

function eventOf(act: BackOfficeAct, actor: CaseActor): CaseEvent {
  switch (act.kind) {
    case 'complete-step': {
      // 004 cl.4: the inspection's measurements are checked before the step counts as done.
      const checked = checkStepOutput(act.step, act.posted);
      if (!checked.ok)
        throw new AppError('case.output-invalid', { field: checked.field }, { path: `/${checked.field}` });
      const output = checked.output;
      return Object.keys(output).length === 0
        ? { kind: 'complete-step', step: act.step, actor }
        : { kind: 'complete-step', step: act.step, actor, output };
    }
    case 'intend-refusal':
      return { kind: 'intend-refusal', ground: act.ground, actor };
    case 'object':
      return { kind: 'object', actor };
    case 'decide':
      return { kind: 'decide-after-hearing', outcome: act.outcome, actor };
    case 'extend':
      return { kind: 'extend', by: { kind: 'agreement', newDueOn: act.newDueOn, agreedOn: act.agreedOn }, actor };
    case 'extend-days':
      // 003 ¶B2: by calendar days; the applicant's message goes in the same transaction (D3).
      return { kind: 'extend', by: { kind: 'days', days: act.days }, actor };
  }
}
