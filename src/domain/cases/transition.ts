// One move of a case (issue 17 item 2): a pure function from the case, an event and the day
// (Astana, D1) to the next case and what the applicant is told (§5.11), or a coded error. The
// service layer persists the result with its audit record and outbox message in one transaction.
import { type IsoDate } from '../dates.ts';
import { agreeExtension } from '../deadlines/deadline.ts';
import { dueDate, extendedTerm, extensionNoticeBy, termOf } from '../deadlines/counting.ts';
import { objectionDeadline, objectionInTime, refusalPath } from '../deadlines/hearing.ts';
import { type Case, type CaseActor, CLOSED_STATES, type Extension, WORKING_STATES } from './case.ts';
import { type CaseError, caseError } from './errors.ts';
import { type CaseMachine, machineOf, nextStep, type Notification, stepOf, tells } from './machine.ts';
import { stepDueDate, stepLimit } from './sla.ts';
import { caseStepOffice } from './units.ts';

export type CaseEvent =
  /**
   * §5.6: the current back-office step is done by an employee with its role, with the step's
   * output where the definition names one to record (step-output.ts: the inspection's measurements).
   */
  | {
      readonly kind: 'complete-step';
      readonly step: string;
      readonly actor: CaseActor;
      readonly output?: Readonly<Record<string, string | number>>;
    }
  /** 004 L1 r.8: the payment due before the result arrived; the held result is released. */
  | { readonly kind: 'release'; readonly actor: CaseActor }
  /** §5.10: an employee means to refuse on a ground (004 L1 r.9); D5 decides how. */
  | { readonly kind: 'intend-refusal'; readonly ground: number; readonly actor: CaseActor }
  /**
   * D5: the applicant objects to the preliminary decision — in the cabinet, or at the hearing,
   * where the employee handling the case records it (004 cl.5-1: the provider accepts it).
   */
  | { readonly kind: 'object'; readonly actor: CaseActor }
  /** D5: after the hearing, refuse or provide. */
  | { readonly kind: 'decide-after-hearing'; readonly outcome: 'refuse' | 'provide'; readonly actor: CaseActor }
  /** D3: S9 to a new date agreed with the applicant; S7 by calendar days. */
  | {
      readonly kind: 'extend';
      readonly by:
        | { readonly kind: 'agreement'; readonly newDueOn: IsoDate; readonly agreedOn: IsoDate }
        | { readonly kind: 'days'; readonly days: number };
      readonly actor: CaseActor;
    }
  /** The applicant withdraws the application. */
  | { readonly kind: 'withdraw'; readonly actor: CaseActor };

export type CaseEventKind = CaseEvent['kind'];

/** A message to the applicant the move causes (a notification the definition lists, §5.11). */
export interface Told {
  readonly notification: Notification;
  readonly params: Readonly<Record<string, string | number>>;
}

export type Transition =
  | { readonly ok: true; readonly case: Case; readonly told: readonly Told[] }
  | { readonly ok: false; readonly error: CaseError };

/**
 * 004 cl.4, cl.9: management approves and signs the result with EDS, so it may also sign a
 * refusal or extend, besides the employee of the current step.
 */
export const SIGNING_ROLE = 'management';

/** The next case after `event` on `today`, or why the event cannot happen. */
export function transition(kase: Case, event: CaseEvent, today: IsoDate): Transition {
  const machine = machineOf(kase);
  if (CLOSED_STATES.includes(kase.state)) return invalid(kase, event);
  switch (event.kind) {
    case 'complete-step':
      return completeStep(machine, kase, event.step, event.actor, today);
    case 'release':
      if (kase.state !== 'result-ready') return invalid(kase, event);
      if (event.actor.kind !== 'system') return fail('case.wrong-actor', { expected: 'system' });
      return issue(machine, kase, []);
    case 'intend-refusal':
      return intendRefusal(machine, kase, event.ground, event.actor, today);
    case 'object':
      return object(machine, kase, event.actor, today);
    case 'decide-after-hearing':
      return decideAfterHearing(machine, kase, event.outcome, event.actor, today);
    case 'extend':
      return extend(machine, kase, event.by, event.actor, today);
    case 'withdraw': {
      const notApplicant = applicantCheck(kase, event.actor);
      if (notApplicant) return { ok: false, error: notApplicant };
      return done({ ...kase, state: 'withdrawn', currentStep: null, stepDueOn: null });
    }
  }
}

function completeStep(machine: CaseMachine, kase: Case, stepId: string, actor: CaseActor, today: IsoDate): Transition {
  if (!WORKING_STATES.includes(kase.state)) return invalid(kase, { kind: 'complete-step' });
  const step = stepOf(machine, kase.currentStep);
  if (!step || step.id !== stepId)
    return fail('case.step-out-of-order', { step: stepId, current: kase.currentStep ?? '' });
  const refused = staffCheck(kase, actor, [step.actor], caseStepOffice(kase, step));
  if (refused) return { ok: false, error: refused };
  const procedure = { ...kase.procedure, completedSteps: [...kase.procedure.completedSteps, step.id] };
  // §5.11: a step that is itself a notice (S9b/c "payment-due", 004 cl.4) tells the applicant.
  const told: Told[] = tells(machine, step.id) ? [{ notification: step.id, params: {} }] : [];
  const next = nextStep(machine, step.id);
  if (next) {
    const moved: Case = {
      ...kase,
      state: 'in-progress',
      currentStep: next.id,
      stepDueOn: stepDueDate(stepLimit(next, kase.facts), today, kase.dueOn),
      procedure,
    };
    return done(moved, told);
  }
  const signed: Case = { ...kase, state: 'result-ready', currentStep: null, stepDueOn: null, procedure };
  // 004 L1 r.8: the passport and conclusion reach the cabinet after the additional payment.
  if (machine.holdsResultForPayment) return done(signed, told);
  return issue(machine, signed, told);
}

/** §5.9: the result goes to the cabinet, and the applicant is told. */
function issue(machine: CaseMachine, kase: Case, told: readonly Told[]): Transition {
  const result: Told[] = tells(machine, 'result') ? [{ notification: 'result', params: {} }] : [];
  return done({ ...kase, state: 'issued', currentStep: null, stepDueOn: null }, [...told, ...result]);
}

function intendRefusal(machine: CaseMachine, kase: Case, ground: number, actor: CaseActor, today: IsoDate): Transition {
  if (!WORKING_STATES.includes(kase.state)) return invalid(kase, { kind: 'intend-refusal' });
  const refused = staffCheck(kase, actor, handlerRoles(machine, kase));
  if (refused) return { ok: false, error: refused };
  // 004 L1 r.9, L2 r.9: only a listed ground.
  if (!machine.definition.refusal.grounds.some((g) => g.id === ground)) return fail('case.unknown-ground', { ground });
  const path = kase.dueOn === null ? null : refusalPath(machine.refusal, kase.acceptedOn, kase.dueOn);
  if (path?.procedure !== 'hearing') {
    // D5: a term of three working days or less — the refusal notice goes directly.
    return done(
      {
        ...kase,
        state: 'refused',
        currentStep: null,
        stepDueOn: null,
        procedure: { ...kase.procedure, refusalGround: ground },
      },
      tells(machine, 'refusal') ? [{ notification: 'refusal', params: { ground } }] : [],
    );
  }
  // D5: the preliminary decision and hearing notice no later than the 3rd working day before the due date.
  if (today > path.noticeBy) return fail('case.hearing-notice-late', { noticeBy: path.noticeBy });
  // Reading (docs/service-engine.md): the notice reaches the cabinet the day it is sent.
  const objectionBy = objectionDeadline(today);
  const resume = kase.state === 'accepted' ? 'accepted' : 'in-progress';
  const hearing = { ground, noticeSentOn: today, objectionBy, objectedOn: null, resume } as const;
  return done(
    { ...kase, state: 'refusal-intended', procedure: { ...kase.procedure, hearing } },
    tells(machine, 'hearing') ? [{ notification: 'hearing', params: { ground, objectionBy } }] : [],
  );
}

function object(machine: CaseMachine, kase: Case, actor: CaseActor, today: IsoDate): Transition {
  const hearing = kase.procedure.hearing;
  if (kase.state !== 'refusal-intended' || !hearing) return invalid(kase, { kind: 'object' });
  // 004 cl.5-1: "the provider accepts the objection" — the applicant's own, or one the employee
  // handling the case writes down (given at the hearing or on paper); anyone else may not.
  const notAllowed =
    actor.kind === 'staff' ? staffCheck(kase, actor, handlerRoles(machine, kase)) : applicantCheck(kase, actor);
  if (notAllowed) return { ok: false, error: notAllowed };
  // D5: an objection counts within 2 working days of receiving the notice; a late one is not heard.
  if (!objectionInTime(hearing.noticeSentOn, today))
    return fail('case.objection-late', { objectionBy: hearing.objectionBy });
  return done({
    ...kase,
    state: 'objection-received',
    procedure: { ...kase.procedure, hearing: { ...hearing, objectedOn: today } },
  });
}

function decideAfterHearing(
  machine: CaseMachine,
  kase: Case,
  outcome: 'refuse' | 'provide',
  actor: CaseActor,
  today: IsoDate,
): Transition {
  const hearing = kase.procedure.hearing;
  if ((kase.state !== 'refusal-intended' && kase.state !== 'objection-received') || !hearing)
    return invalid(kase, { kind: 'decide-after-hearing' });
  const refused = staffCheck(kase, actor, handlerRoles(machine, kase));
  if (refused) return { ok: false, error: refused };
  // D5: without an objection, the decision waits until the objection period is over.
  if (kase.state === 'refusal-intended' && today <= hearing.objectionBy)
    return fail('case.objection-period-open', { objectionBy: hearing.objectionBy });
  if (outcome === 'provide') return done({ ...kase, state: hearing.resume });
  return done(
    {
      ...kase,
      state: 'refused',
      currentStep: null,
      stepDueOn: null,
      procedure: { ...kase.procedure, refusalGround: hearing.ground },
    },
    tells(machine, 'refusal') ? [{ notification: 'refusal', params: { ground: hearing.ground } }] : [],
  );
}

function extend(
  machine: CaseMachine,
  kase: Case,
  by: Extract<CaseEvent, { kind: 'extend' }>['by'],
  actor: CaseActor,
  today: IsoDate,
): Transition {
  if (!WORKING_STATES.includes(kase.state)) return invalid(kase, { kind: 'extend' });
  const refused = staffCheck(kase, actor, handlerRoles(machine, kase));
  if (refused) return { ok: false, error: refused };
  const rule = machine.rule;
  if (!rule || kase.dueOn === null || rule.extension.kind === 'none') return fail('case.extension-not-allowed');
  let extension: Extension;
  if (rule.extension.kind === 'by-agreement') {
    // D3, S9 (004 cl.5): by agreement with the applicant, in total ≤ two months from the application.
    if (by.kind !== 'agreement') return fail('case.extension-not-allowed');
    if (by.agreedOn > today) return fail('case.agreement-in-future', { agreedOn: by.agreedOn });
    const agreed = agreeExtension(rule, kase.filedOn, kase.dueOn, by.newDueOn);
    if (!agreed.ok) return fail(AGREEMENT_ERRORS[agreed.reason], { dueOn: kase.dueOn });
    extension = {
      decidedOn: today,
      fromDueOn: kase.dueOn,
      toDueOn: agreed.dueOn,
      agreedOn: by.agreedOn,
      days: null,
      noticeBy: null,
    };
  } else {
    // D3, S7 (003 ¶B2): ≤ 15 calendar days in all, the applicant told within 2 working days.
    if (by.kind !== 'days' || !Number.isSafeInteger(by.days) || by.days < 1) return fail('case.extension-not-allowed');
    const before = kase.procedure.extensions.reduce((sum, e) => sum + (e.days ?? 0), 0);
    if (before + by.days > rule.extension.maxDays)
      return fail('case.extension-over-cap', { maxDays: rule.extension.maxDays });
    const term = extendedTerm(termOf(rule.period, kase.facts).term, before + by.days, rule.extension.maxDays);
    extension = {
      decidedOn: today,
      fromDueOn: kase.dueOn,
      toDueOn: dueDate(kase.acceptedOn, term),
      agreedOn: null,
      days: by.days,
      noticeBy: extensionNoticeBy(today, rule.extension.noticeWorkingDays),
    };
  }
  // A step that was due with the service (no limit of its own, or capped by it) moves with it.
  const stepDueOn = kase.stepDueOn === kase.dueOn ? extension.toDueOn : kase.stepDueOn;
  return done(
    {
      ...kase,
      dueOn: extension.toDueOn,
      stepDueOn,
      procedure: { ...kase.procedure, extensions: [...kase.procedure.extensions, extension] },
    },
    tells(machine, 'extension') ? [{ notification: 'extension', params: { dueOn: extension.toDueOn } }] : [],
  );
}

const AGREEMENT_ERRORS = {
  'not-extendable': 'case.extension-not-allowed',
  'not-later': 'case.extension-not-later',
  'not-a-working-day': 'case.extension-not-working-day',
  'over-cap': 'case.extension-over-cap',
} as const;

/** Who handles the case now: the current step's role, or management (SIGNING_ROLE). */
function handlerRoles(machine: CaseMachine, kase: Case): string[] {
  const step = stepOf(machine, kase.currentStep);
  return step ? [step.actor, SIGNING_ROLE] : [SIGNING_ROLE];
}

function staffCheck(
  kase: Case,
  actor: CaseActor,
  roles: readonly string[],
  office: string = caseStepOffice(kase, stepOf(machineOf(kase), kase.currentStep)),
): CaseError | null {
  if (actor.kind !== 'staff') return caseError('case.wrong-actor', { expected: 'staff' });
  // Territorial rule (§5.1; 004: the branch at the object's location): the case's office acts —
  // or, in S1's chain, the unit above it that does the current step (units.ts, 002 R1 App1).
  if (actor.office !== office) return caseError('case.wrong-office', { office });
  if (!roles.includes(actor.role))
    return caseError('case.wrong-role', { role: actor.role, expected: roles.join(', ') });
  return null;
}

function applicantCheck(kase: Case, actor: CaseActor): CaseError | null {
  return actor.kind === 'applicant' && actor.iin === kase.applicant ? null : caseError('case.not-applicant');
}

function invalid(kase: Case, event: { kind: CaseEventKind }): Transition {
  return fail('case.invalid-event', { state: kase.state, event: event.kind });
}

function fail(code: CaseError['code'], params: Record<string, string | number> = {}): Transition {
  return { ok: false, error: caseError(code, params) };
}

function done(kase: Case, told: readonly Told[] = []): Transition {
  return { ok: true, case: { ...kase, version: kase.version + 1 }, told };
}
