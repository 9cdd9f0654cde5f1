// Opening a case from a filing (services.md §5.7, deadlines.md D1–D4): the acceptance day and
// the whole service's due date from the variant's D4 rule — computeDeadline, the function `tirkeu
// deadline` answers with (D6) — and the first back-office step with its own due date.
import { dateInAstana, type IsoDate } from '../dates.ts';
import { acceptanceDay, type AstanaMoment } from '../deadlines/clock.ts';
import { computeDeadline, deadlineProblem } from '../deadlines/deadline.ts';
import type { FilingChannel } from '../deadlines/rules.ts';
import { type ServiceDefinition, URGENCIES } from '../public-services/definition.ts';
import { CADASTRE_ENTRY, cadastreObjectProblem } from './cadastre-object.ts';
import { CIVIL_RESTORATION } from './civil-act.ts';
import { type Case, type CaseFacts, EMPTY_PROCEDURE } from './case.ts';
import { type CaseError, caseError } from './errors.ts';
import { caseMachine, type CaseMachine, tells } from './machine.ts';
import { stepDueDate, stepLimit } from './sla.ts';
import type { Told } from './transition.ts';

export interface Filing {
  readonly variant: string;
  readonly channel: FilingChannel;
  /** D1: the filing moment on Astana's clock. */
  readonly filedAt: AstanaMoment;
  readonly facts: CaseFacts;
  readonly applicant: string;
  /** The office that serves the case (004: the State Corporation's branch at the object's location). */
  readonly office: string;
}

export type Opened =
  | { readonly ok: true; readonly case: Case; readonly machine: CaseMachine; readonly told: readonly Told[] }
  | { readonly ok: false; readonly error: CaseError };

/** A new case for `filing` under `definition`, or the coded reason it cannot be opened. */
export function openCase(definition: ServiceDefinition, id: string, filing: Filing): Opened {
  const machine = caseMachine(definition, filing.variant);
  if (!machine) return fail(caseError('case.unknown-variant', { variant: filing.variant }, '/variant'));
  const first = machine.steps[0];
  if (!first) return fail(caseError('case.no-steps', { variant: filing.variant }, '/variant'));
  // D3: an extension is decided on an open case (extend), never claimed in the filing.
  if (filing.facts.extensionDays !== undefined)
    return fail(
      caseError('field-not-for-service', { field: 'extensionDays', service: filing.variant }, '/extensionDays'),
    );
  // 004 cl.4: only S9a enters a described object into ЕГКН; it must be fit for the register.
  if (filing.facts.cadastre !== undefined) {
    if (definition.id !== CADASTRE_ENTRY.service || filing.variant !== CADASTRE_ENTRY.variant)
      return fail(caseError('field-not-for-service', { field: 'cadastre', service: filing.variant }, '/cadastre'));
    const problem = cadastreObjectProblem(filing.facts.cadastre);
    if (problem) return fail(problem);
  }
  // 003 ¶B2: only an S7 case carries the act ЗАГС is to restore.
  if (filing.facts.restoration !== undefined && definition.id !== CIVIL_RESTORATION.service)
    return fail(caseError('field-not-for-service', { field: 'restoration', service: filing.variant }, '/restoration'));
  // 002 R1 App1: a service whose steps have urgency limits needs the category; others take none.
  const byUrgency = machine.steps.some((s) => s.urgency !== undefined);
  const urgency = filing.facts.urgency;
  if (byUrgency && urgency === undefined) return fail(caseError('missing-field', {}, '/urgency'));
  if (!byUrgency && urgency !== undefined)
    return fail(caseError('field-not-for-service', { field: 'urgency', service: filing.variant }, '/urgency'));
  if (urgency !== undefined && !(URGENCIES as readonly string[]).includes(urgency))
    return fail(caseError('invalid-value', { detail: 'urgency' }, '/urgency'));
  // 003 ¶B5: only a service with an issuing step takes an issue office.
  if (filing.facts.issueOffice !== undefined && !machine.steps.some((s) => s.issuing === true))
    return fail(caseError('field-not-for-service', { field: 'issueOffice', service: filing.variant }, '/issueOffice'));
  const channelKinds: readonly string[] = definition.channels.map((c) =>
    c.kind === 'provider-office' ? 'con' : c.kind,
  );
  if (!channelKinds.includes(filing.channel)) return fail(channelNotFor(filing));
  let acceptedOn: IsoDate;
  let dueOn: IsoDate | null = null;
  if (machine.rule) {
    const request = { channel: filing.channel, filedAt: filing.filedAt, facts: filing.facts };
    const problem = deadlineProblem(machine.rule, request);
    if (problem?.kind === 'channel-not-for-service') return fail(channelNotFor(filing));
    if (problem?.kind === 'fact-not-for-service')
      return fail(
        caseError('field-not-for-service', { field: problem.fact, service: filing.variant }, `/${problem.fact}`),
      );
    if (problem?.kind === 'missing-fact') return fail(caseError('missing-field', {}, `/${problem.fact}`));
    if (problem) return fail(caseError('case.extension-over-cap', {}, '/extensionDays'));
    // D2–D4: the acceptance day and the due date, exactly as `tirkeu deadline` gives them.
    const deadline = computeDeadline(machine.rule, request);
    acceptedOn = deadline.acceptedOn;
    dueOn = deadline.dueOn;
  } else {
    acceptedOn = acceptanceDay(filing.channel, filing.filedAt);
  }
  const kase: Case = {
    id,
    service: definition.id,
    variant: filing.variant,
    definitionVersion: definition.version,
    state: 'accepted',
    currentStep: first.id,
    applicant: filing.applicant,
    office: filing.office,
    channel: filing.channel,
    filedOn: filing.filedAt.date,
    acceptedOn,
    dueOn,
    stepDueOn: stepDueDate(stepLimit(first, filing.facts), acceptedOn, dueOn),
    facts: filing.facts,
    procedure: EMPTY_PROCEDURE,
    version: 1,
  };
  // §5.11: "accepted" with the place and date of the result (004 cl.4).
  const told: Told[] = tells(machine, 'accepted')
    ? [{ notification: 'accepted', params: { dueOn: dueOn ?? '', acceptedOn } }]
    : [];
  return { ok: true, case: kase, machine, told };
}

function fail(error: CaseError): Opened {
  return { ok: false, error };
}

function channelNotFor(filing: Filing): CaseError {
  return caseError('channel-not-for-service', { service: filing.variant, channel: filing.channel }, '/channel');
}

/** D1: today on Astana's clock, the day every transition is dated by. */
export function todayInAstana(now: Date): IsoDate {
  return dateInAstana(now);
}
