// 004 cl.7: "when the identification data of real estate change by a joint decision of the local
// representative and executive bodies — the name of a settlement or street, the number of a
// building or the cadastral numbers — the State Corporation corrects the cadastral passport within
// 1 working day, without a site visit, free of charge." No one files it: the system opens one
// case per object that has a passport, of S9's variant `S9-correction` (correct → sign), when the
// decision is recorded. Its deadline is the variant's D4 rule, counted by computeDeadline as for
// any filing (the decision arrives electronically and is accepted as a portal filing is, D2).
import type { AstanaMoment } from '../deadlines/clock.ts';
import { computeDeadline } from '../deadlines/deadline.ts';
import type { ServiceDefinition } from '../public-services/definition.ts';
import { type Case, EMPTY_PROCEDURE } from './case.ts';
import { caseMachine, type CaseMachine } from './machine.ts';
import { stepDueDate } from './sla.ts';

/** The variant the system opens on a renaming decision. */
export const CORRECTION = { service: 'S9', variant: 'S9-correction' } as const;

/**
 * The variants whose issued result is a cadastral passport of the object: S9b (passport), S9c
 * (conclusion with the passport), S10 (duplicate) and an earlier correction. S9a's result is a
 * data-entry notice, not a passport (004 cl.6).
 */
export const PASSPORT_VARIANTS = ['S9b', 'S9c', 'S10', CORRECTION.variant] as const;

/** What a correction case records: the decision, the object and its address before and after. */
export interface CorrectionFacts {
  readonly decisionId: string;
  /** The decision's number as the local bodies gave it. */
  readonly decisionNumber: string;
  readonly decidedOn: string;
  readonly rka: string;
  readonly oldAddress: string;
  readonly newAddress: string;
  /** The case whose issued passport is corrected. */
  readonly passportCase: string;
}

export interface CorrectionOpening {
  /** The moment the decision was recorded (the State Corporation has it), on Astana's clock. */
  readonly recordedAt: AstanaMoment;
  /** The holder of the passport: the applicant of the case that issued it (its cabinet gets the result). */
  readonly holder: string;
  /** The branch that issued the passport (004: at the object's location). */
  readonly office: string;
  readonly correction: CorrectionFacts;
}

/** The machine of the correction under `definition` (S9 in force on the decision's day). */
export function correctionMachine(definition: ServiceDefinition): CaseMachine {
  const machine = caseMachine(definition, CORRECTION.variant);
  if (!machine?.rule || machine.steps.length === 0)
    throw new RangeError(`S9 ${definition.version} has no ${CORRECTION.variant} variant with a deadline`);
  return machine;
}

/**
 * A correction case at its first step (`correct`, the executor). D2: accepted on the day the
 * decision is recorded if that is a working day before 18:30, else the next working day; D3,
 * D4: due the working day after.
 * Nobody is told "accepted": nobody applied; the holder is told when the result is issued.
 */
export function openCorrectionCase(
  definition: ServiceDefinition,
  id: string,
  opening: CorrectionOpening,
): { readonly case: Case; readonly machine: CaseMachine } {
  const machine = correctionMachine(definition);
  const deadline = computeDeadline(machine.rule!, { channel: 'portal', filedAt: opening.recordedAt, facts: {} });
  const first = machine.steps[0]!;
  const kase: Case = {
    id,
    service: definition.id,
    variant: CORRECTION.variant,
    definitionVersion: definition.version,
    state: 'accepted',
    currentStep: first.id,
    applicant: opening.holder,
    office: opening.office,
    channel: 'system',
    filedOn: opening.recordedAt.date,
    acceptedOn: deadline.acceptedOn,
    dueOn: deadline.dueOn,
    stepDueOn: stepDueDate(first.limit, deadline.acceptedOn, deadline.dueOn),
    facts: { correction: opening.correction },
    procedure: EMPTY_PROCEDURE,
    version: 1,
  };
  return { case: kase, machine };
}
