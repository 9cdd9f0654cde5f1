// The state machine of one variant of a service, derived from its definition (services.md §5.6):
// the back-office steps in the definition's order — every step whose actor is not the applicant
// and which belongs to the variant — then the result. S9 (004 cl.4): archive employee → executor
// → technical inspection → management signs → the inventory file; S10 (004 cl.9): archive
// employee → executor copies → management signs.
import type { DeadlineRule, RefusalProcedure } from '../deadlines/rules.ts';
import { SERVICE_DEFINITIONS } from '../public-services/catalogue.ts';
import type { NOTIFICATIONS, ServiceDefinition } from '../public-services/definition.ts';

export type Notification = (typeof NOTIFICATIONS)[number];
type StepDefinition = ServiceDefinition['steps'][number];
type Variant = ServiceDefinition['variants'][number];

/** §5.6: the step the applicant files with; it is the filing itself, not back-office work. */
const APPLICANT_ACTOR = 'applicant';

export interface CaseMachine {
  readonly definition: ServiceDefinition;
  readonly variant: Variant;
  /** The back-office steps in order; a case is at one of them until the result. */
  readonly steps: readonly StepDefinition[];
  /** D4: the variant's deadline rule, or null where the sources state none. */
  readonly rule: DeadlineRule | null;
  /** D5: whether 004 cl.5-1 governs a refusal. */
  readonly refusal: RefusalProcedure;
  /** 004 L1 r.8: a payment is due before the result is released (S9b, S9c). */
  readonly holdsResultForPayment: boolean;
  readonly notifications: readonly Notification[];
}

function forVariant(variants: readonly string[] | undefined, variant: string): boolean {
  return variants === undefined || variants.includes(variant);
}

/** The machine of `variantId` of `definition`, or null when the definition has no such variant. */
export function caseMachine(definition: ServiceDefinition, variantId: string): CaseMachine | null {
  const variant = definition.variants.find((v) => v.id === variantId);
  if (!variant) return null;
  const fees = definition.fees;
  return {
    definition,
    variant,
    steps: definition.steps.filter((s) => s.actor !== APPLICANT_ACTOR && forVariant(s.variants, variantId)),
    rule: variant.deadline.kind === 'rule' ? variant.deadline.rule : null,
    refusal: definition.refusal.procedure,
    holdsResultForPayment:
      fees.kind === 'price-list' &&
      fees.stages.some((s) => s.stage === 'before-result' && forVariant(s.variants, variantId)),
    notifications: definition.notifications,
  };
}

/** The step after `stepId`, or null after the last one (the result). */
export function nextStep(machine: CaseMachine, stepId: string): StepDefinition | null {
  const index = machine.steps.findIndex((s) => s.id === stepId);
  return machine.steps[index + 1] ?? null;
}

export function stepOf(machine: CaseMachine, stepId: string | null): StepDefinition | undefined {
  return stepId === null ? undefined : machine.steps.find((s) => s.id === stepId);
}

/** Whether the definition tells the applicant of this (§5.11). */
export function tells(machine: CaseMachine, notification: string): notification is Notification {
  return (machine.notifications as readonly string[]).includes(notification);
}

/** The machine a stored case runs on: its definition version and variant (catalogue.ts). */
export function machineOf(kase: { service: string; definitionVersion: string; variant: string }): CaseMachine {
  const definition = SERVICE_DEFINITIONS.find((d) => d.id === kase.service && d.version === kase.definitionVersion);
  const machine = definition && caseMachine(definition, kase.variant);
  if (!machine) throw new RangeError(`case: no definition ${kase.service} ${kase.definitionVersion} ${kase.variant}`);
  return machine;
}
