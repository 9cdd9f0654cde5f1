// P2 in the operational hall as a flow (flow/steps.ts): the questions of a case in order, which
// ones this case goes through, and what answers each. P2.1: the owner's IIN and its ФЛК by
// ГБД ФЛ/Е-Собес (negative → P2.3: the hall cannot serve, filing records the refusal with its
// reason, so the representative's questions are skipped). P2.2: the representative and their
// authority — a parent by the owner's birth act (ЗАГС), or a guardian on record, whose
// guardianship decision number the operator notes. Then the applicant, the dwelling, the service
// (F4: temporary for 1–12 months) and the stated relation (P5, P6); then the check page.
// Answers live in the operator's draft (flow 'hall'), so an expired session loses nothing.
import type { Context } from 'hono';
import type { PageEnv } from '../shared/env.ts';
import type { RelationOption } from '../shared/relation-options.ts';
import type { DraftFlow } from '../flow/draft.ts';
import { operatorActor } from './actor.ts';

export const HALL_FLOW = 'hall';
/** Where the hall's pages are; links are absolute, the routes are mounted under it. */
export const HALL = '/console/hall';

/** The answers of one hall case. Null clears an answer (drafts drop nulls when merging). */
export interface HallAnswers extends Record<string, unknown> {
  owner: string;
  /** P2.1, as shown to the operator when the owner was entered. */
  flk: 'positive' | 'negative';
  representative: string;
  /** P2.2, as shown to the operator on the authority page. */
  authority: 'parent' | 'guardian' | 'none';
  authorityDocument: string;
  applicant: string;
  rka: string;
  service: 'permanent' | 'temporary';
  months: number;
  relation: RelationOption;
  /** Filed: the draft's application exists; the steps then lead to it. */
  filed: boolean;
}

export type HallStep =
  'owner' | 'representative' | 'authority' | 'applicant' | 'rka' | 'service' | 'months' | 'relation';

type Given = Partial<HallAnswers>;
const path = (step: HallStep | 'check' | 'flk') => `${HALL}/${step}`;
/** P2.2 is asked only of an owner whose ФЛК is positive; a negative one goes on to the refusal. */
const represented = (a: Given) => a.flk === 'positive';

export const hallFlow: DraftFlow<HallAnswers, HallStep> = {
  name: HALL_FLOW,
  holder: (c: Context<PageEnv>) => operatorActor(c).iin,
  start: HALL,
  path,
  strict: false,
  // No case open: the start page; a case already filed: its application.
  missing: HALL,
  leave: (draft) => (draft.answers.filed ? `${HALL}/applications/${draft.applicationId}` : null),
  steps: [
    { id: 'owner', answered: (a) => !!a.owner && !!a.flk },
    // The ФЛК result page stands between the owner and the representative.
    { id: 'representative', applies: represented, answered: (a) => !!a.representative, back: () => path('flk') },
    {
      id: 'authority',
      applies: represented,
      answered: (a) => !!a.authority && (a.authority !== 'guardian' || !!a.authorityDocument),
    },
    {
      id: 'applicant',
      answered: (a) => !!a.applicant,
      back: (a) => (represented(a) ? path('authority') : path('flk')),
    },
    { id: 'rka', answered: (a) => !!a.rka },
    { id: 'service', answered: (a) => !!a.service },
    { id: 'months', applies: (a) => a.service === 'temporary', answered: (a) => !!a.months },
    // The months are a detail of the service: back from the relation is the service question.
    { id: 'relation', answered: (a) => !!a.relation, back: () => path('service') },
  ],
};
