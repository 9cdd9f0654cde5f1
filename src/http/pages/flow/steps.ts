// A wizard as data (issue 15, finding 4): its steps in order, whether a person goes through each
// one, what makes it answered, and so where a person goes next. One question per page; the next
// page is always the first one not answered yet, so a "Change" link from the check page leads
// back there once the change is made, and a change that raises a new question asks it. The
// citizen's registration wizard, the hall console and every service wizard to come describe
// themselves here and share the navigation below instead of hand-coding it.

/** One question page of a flow. `A` is what the flow keeps in its draft. */
export interface FlowStep<A, S extends string> {
  id: S;
  /** Whether this person goes through the step at all (default: everyone does). */
  applies?: (a: A) => boolean;
  /** Whether the draft already holds the step's answer. */
  answered: (a: A) => boolean;
  /** The back link when it is not the step before (a result page shown between them). */
  back?: (a: A) => string;
}

export interface Flow<A, S extends string> {
  /** The steps in the order they are asked. */
  steps: readonly FlowStep<A, S>[];
  /** The page of a step, or of the check page at the end. */
  path: (step: S | 'check') => string;
  /** Where the flow starts (the back link of its first step). */
  start: string;
  /**
   * Whether a person may open a step only once every step before it is answered. The citizen may
   * not skip a question; the ЦОН operator moves freely between the questions of a case, and only
   * the check page waits for every answer.
   */
  strict: boolean;
}

/** The steps this person goes through, in order. */
export function stepsFor<A, S extends string>(flow: Flow<A, S>, a: A): FlowStep<A, S>[] {
  return flow.steps.filter((s) => s.applies?.(a) ?? true);
}

/** The first step not answered yet, or the check page when all are. */
export function nextStep<A, S extends string>(flow: Flow<A, S>, a: A): S | 'check' {
  return stepsFor(flow, a).find((s) => !s.answered(a))?.id ?? 'check';
}

/** The page of the first step not answered yet (or of the check page). */
export function nextPath<A, S extends string>(flow: Flow<A, S>, a: A): string {
  return flow.path(nextStep(flow, a));
}

/** Whether the person may be on `step` now (see Flow.strict). */
export function reachable<A, S extends string>(flow: Flow<A, S>, a: A, step: S | 'check'): boolean {
  const ids = stepsFor(flow, a).map((s) => s.id);
  const next = nextStep(flow, a);
  if (step === 'check') return next === 'check';
  if (!ids.includes(step)) return !flow.strict && flow.steps.some((s) => s.id === step);
  return !flow.strict || next === 'check' || ids.indexOf(step) <= ids.indexOf(next);
}

/** The back link of a step: its own, or the step before it, or the start page. */
export function backOf<A, S extends string>(flow: Flow<A, S>, a: A, step: S | 'check'): string {
  const steps = stepsFor(flow, a);
  const own = steps.find((s) => s.id === step)?.back;
  if (own) return own(a);
  const i = step === 'check' ? steps.length : steps.findIndex((s) => s.id === step);
  return i > 0 ? flow.path(steps[i - 1]!.id) : flow.start;
}
