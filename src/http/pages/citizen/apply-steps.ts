// The registration wizard as data (a flow of flow/steps.ts): its steps in order, what each one
// needs answered, and where a person goes next. One question per page; the next page is always
// the first one not answered yet, so a "Change" link from the check page leads back there once
// the change is made, and a change that raises a new question (an owner whose dwelling has
// reached the norm) asks it.
import type { ArrivalCoupon } from '../../../domain/arrival-coupon.ts';
import { arrivalCouponSchema } from '../../../domain/arrival-coupon.ts';
import type { DraftFlow } from '../flow/draft.ts';
import { nextStep as firstOpen } from '../flow/steps.ts';
import { currentUser } from '../shared/session.ts';

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

export function stepPath(kind: Kind, step: Step | 'check'): string {
  return `/apply/${kind}/${step}`;
}

/**
 * The wizard of one service as a flow (flow/steps.ts): the period only for temporary
 * registration (F4), the relation only when the preview found the Astana norm reached (N1). A
 * person may not skip a question (strict); without a draft they start with no answers.
 */
function registrationFlow(kind: Kind): DraftFlow<Answers, Step> {
  return {
    name: flowOf(kind),
    holder: (c) => currentUser(c)!.iin,
    start: `/apply/${kind}`,
    path: (step) => stepPath(kind, step),
    strict: true,
    steps: [
      ...(kind === 'temporary'
        ? [{ id: 'period' as const, answered: (a: Given) => typeof a.periodMonths === 'number' }]
        : []),
      { id: 'dwelling', answered: (a) => !!a.rka },
      { id: 'owner', answered: (a) => a.ownerChoice === 'me' || (a.ownerChoice === 'other' && !!a.owner) },
      { id: 'relation', applies: (a) => a.relationAsked === true, answered: (a) => !!a.relation },
      { id: 'previous-address', answered: (a) => !!a.country && !!a.locality },
      { id: 'arrival', answered: (a) => !!a.arrivalDate && !!a.arrivalReason },
      { id: 'about-you', answered: (a) => !!a.education && !!a.occupation && !!a.familyStatus },
    ],
  };
}

export const REGISTRATION_FLOWS: Record<Kind, DraftFlow<Answers, Step>> = {
  permanent: registrationFlow('permanent'),
  temporary: registrationFlow('temporary'),
};

/** The first step not answered yet, or the check page when all are. */
export function nextStep(kind: Kind, a: Given): Step | 'check' {
  return firstOpen(REGISTRATION_FLOWS[kind], a);
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
