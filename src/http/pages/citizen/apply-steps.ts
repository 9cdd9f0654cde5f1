// The registration wizard as data: its steps in order, what each one needs answered, and where a
// person goes next. One question per page; the next page is always the first one not answered
// yet, so a "Change" link from the check page leads back there once the change is made, and a
// change that raises a new question (an owner whose dwelling has reached the norm) asks it.
import type { ArrivalCoupon } from '../../../domain/arrival-coupon.ts';
import { arrivalCouponSchema } from '../../../domain/arrival-coupon.ts';

export type Kind = 'permanent' | 'temporary';
export const KINDS: readonly Kind[] = ['permanent', 'temporary'];

/** The draft's flow name: the service the application will be filed for. */
export function flowOf(kind: Kind) {
  return kind === 'permanent' ? ('registration-permanent' as const) : ('registration-temporary' as const);
}

/** The Astana norm's figures from the preview decision (N1, P4.3), shown on the relation page. */
export interface NormFacts {
  area: number;
  registered: number;
  capacity: number;
  areaPerPerson: number;
  address: string;
}

/** What the wizard keeps in the draft. null clears an answer (saveAnswers strips nulls). */
export interface Answers extends Record<string, unknown> {
  periodMonths: number | null;
  rka: string | null;
  address: string | null;
  ownerChoice: 'me' | 'other' | null;
  owner: string | null;
  /** Set by the owner step's preview decision: the norm is reached, so a relation may decide. */
  relationAsked: boolean | null;
  norm: NormFacts | null;
  relation: string | null;
  country: string | null;
  region: string | null;
  locality: string | null;
  street: string | null;
  arrivalDate: string | null;
  arrivalReason: string | null;
  education: string | null;
  occupation: string | null;
  familyStatus: string | null;
}

export type Given = Partial<Answers>;

export const STEPS = ['period', 'dwelling', 'owner', 'relation', 'previous-address', 'arrival', 'about-you'] as const;
export type Step = (typeof STEPS)[number];

/** The steps this person goes through: the period only for temporary registration (F4), the
 * relation only when the preview found the Astana norm reached (N1). */
export function stepsFor(kind: Kind, a: Given): Step[] {
  return STEPS.filter((s) =>
    s === 'period' ? kind === 'temporary' : s === 'relation' ? a.relationAsked === true : true,
  );
}

function answered(step: Step, a: Given): boolean {
  switch (step) {
    case 'period':
      return typeof a.periodMonths === 'number';
    case 'dwelling':
      return !!a.rka;
    case 'owner':
      return a.ownerChoice === 'me' || (a.ownerChoice === 'other' && !!a.owner);
    case 'relation':
      return !!a.relation;
    case 'previous-address':
      return !!a.country && !!a.locality;
    case 'arrival':
      return !!a.arrivalDate && !!a.arrivalReason;
    case 'about-you':
      return !!a.education && !!a.occupation && !!a.familyStatus;
  }
}

export function stepPath(kind: Kind, step: Step | 'check'): string {
  return `/apply/${kind}/${step}`;
}

/** The first step not answered yet, or the check page when all are. */
export function nextStep(kind: Kind, a: Given): Step | 'check' {
  return stepsFor(kind, a).find((s) => !answered(s, a)) ?? 'check';
}

/** Whether the person may be on `step` now: every step before it is answered. */
export function reachable(kind: Kind, a: Given, step: Step | 'check'): boolean {
  const steps = stepsFor(kind, a);
  if (step !== 'check' && !steps.includes(step)) return false;
  const next = nextStep(kind, a);
  if (next === 'check') return true;
  return step !== 'check' && steps.indexOf(step) <= steps.indexOf(next);
}

/** The back link of a step: the step before it, or the start page. */
export function backOf(kind: Kind, a: Given, step: Step | 'check'): string {
  const steps = stepsFor(kind, a);
  const i = step === 'check' ? steps.length : steps.indexOf(step);
  return i > 0 ? stepPath(kind, steps[i - 1]!) : `/apply/${kind}`;
}

/** The arrival coupon from the answers, as the law's schema reads it (P7). */
export function couponOf(a: Given): ArrivalCoupon | null {
  const parsed = arrivalCouponSchema.safeParse({
    previousAddress: {
      country: a.country ?? 'KZ',
      ...(a.region ? { region: a.region } : {}),
      locality: a.locality ?? '',
      ...(a.street ? { street: a.street } : {}),
    },
    arrivalDate: a.arrivalDate ?? '',
    arrivalReason: a.arrivalReason ?? '',
    education: a.education ?? '',
    occupation: a.occupation ?? '',
    familyStatus: a.familyStatus ?? '',
  });
  return parsed.success ? parsed.data : null;
}
