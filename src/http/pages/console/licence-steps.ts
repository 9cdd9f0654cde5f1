// S6/S8 at a counter as a flow (flow/steps.ts; issue 19, 003 ¶B1, ¶B3) — the ЦОН's reception, or
// the provider's office (the committee's executor in the back office; LicenceCounter): which licence,
// the organisation's BIN and the person at the counter, their power of attorney when ГБД ЮЛ names
// another head, the question the documents depend on, whether every needed document was handed
// in, the written consent; then the check page, whose filing gives the receipt. The operator moves
// freely between the questions (strict: false); the answers live in the operator's draft.
import type { Context } from 'hono';
import type { IsoDate } from '../../../domain/dates.ts';
import type { LicenceService } from '../../../domain/licences/filing.ts';
import type { CustodyEventKind } from '../../../domain/licences/custody.ts';
import type { CustodyState } from '../../../domain/licences/custody.ts';
import type { OperatorRole } from '../../../services/actor.ts';
import type { DraftFlow } from '../flow/draft.ts';
import type { PageEnv } from '../shared/env.ts';
import { LICENCE_ROLES, operatorActor } from './actor.ts';

export const LICENCES = '/console/licences';

/** Where a paper filing is accepted: the pages, who works them, and what they record of the result. */
export interface LicenceCounter {
  /** The intake's first page; the receipts are under `${base}/receipts/`. */
  readonly base: string;
  /** Where "back" from the first question goes. */
  readonly start: string;
  readonly roles: readonly OperatorRole[];
  /** The draft's name (one intake per person at a time). */
  readonly flow: string;
  readonly caption: 'console-licence.caption' | 'office-licence.caption';
  /** The custody events this counter records in each state (custody.ts decides). */
  readonly next: Record<CustodyState['kind'], readonly Exclude<CustodyEventKind, 'sent-back'>[]>;
}

/** 003 ¶B3: the ЦОН hands over, passes to the provider after the month, asks for it back. */
export const CON_COUNTER: LicenceCounter = {
  base: LICENCES,
  start: '/console',
  roles: LICENCE_ROLES,
  flow: 'licence-intake',
  caption: 'console-licence.caption',
  next: {
    'at-con': ['handed-over', 'returned-to-provider'],
    'at-provider': ['requested'],
    requested: [],
    'handed-over': [],
  },
};

/**
 * 003 ¶B1 (channel `provider-office`): the committee's office, where its executor — the role that
 * receives and reviews the documents — accepts them; the result is handed over there only.
 */
export const OFFICE_COUNTER: LicenceCounter = {
  base: '/backoffice/licences',
  start: '/backoffice',
  roles: ['executor'],
  flow: 'licence-office-intake',
  caption: 'office-licence.caption',
  next: { 'at-con': ['handed-over'], 'at-provider': [], requested: [], 'handed-over': [] },
};

export interface IntakeAnswers extends Record<string, unknown> {
  caseId: string;
  service: LicenceService;
  bin: string;
  applicant: string;
  head: boolean;
  headIin: string;
  orgName: string;
  poaNumber: string;
  poaIssuedOn: IsoDate;
  poaValidUntil: IsoDate;
  poaNotary: string | null;
  purpose: 'repair' | 'other';
  intermediary: 'yes' | 'no';
  /** Every needed document was handed in (the operator confirms on the documents page). */
  documents: 'all';
  /** 003 ¶B3: the written consent is signed. */
  consent: 'signed';
  /** The case filed from these answers. */
  filed: string;
}
export type IntakeStep = 'service' | 'party' | 'authority' | 'purpose' | 'intermediary' | 'documents' | 'consent';

/** The page of a step at the counter. */
export const intakePathAt = (counter: LicenceCounter) => (step: IntakeStep | 'check') =>
  step === 'service' ? counter.base : `${counter.base}/${step}`;

/** The intake at the counter: the same questions at a ЦОН and at the provider's office. */
export const intakeFlowAt = (counter: LicenceCounter): DraftFlow<IntakeAnswers, IntakeStep> => ({
  name: counter.flow,
  holder: (c: Context<PageEnv>) => operatorActor(c).iin,
  start: counter.start,
  path: intakePathAt(counter),
  strict: false,
  leave: (draft) => (draft.answers.filed ? `${counter.base}/receipts/${draft.answers.filed}` : null),
  steps: [
    { id: 'service', answered: (a) => !!a.service && !!a.caseId },
    { id: 'party', answered: (a) => !!a.bin && !!a.applicant && typeof a.head === 'boolean' },
    { id: 'authority', applies: (a) => a.head === false, answered: (a) => !!a.poaNumber },
    { id: 'purpose', applies: (a) => a.service === 'S8', answered: (a) => !!a.purpose },
    { id: 'intermediary', applies: (a) => a.service === 'S6', answered: (a) => !!a.intermediary },
    { id: 'documents', answered: (a) => a.documents === 'all' },
    { id: 'consent', answered: (a) => a.consent === 'signed' },
  ],
});
export const intakeFlow = intakeFlowAt(CON_COUNTER);
export const intakePath = intakePathAt(CON_COUNTER);
