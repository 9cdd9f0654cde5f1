// S6/S8 at the ЦОН's reception as a flow (flow/steps.ts; issue 19, 003 ¶B1, ¶B3): which licence,
// the organisation's BIN and the person at the counter, their power of attorney when ГБД ЮЛ names
// another head, the question the documents depend on, whether every needed document was handed
// in, the written consent; then the check page, whose filing gives the receipt. The operator moves
// freely between the questions (strict: false); the answers live in the operator's draft.
import type { Context } from 'hono';
import type { IsoDate } from '../../../domain/dates.ts';
import type { LicenceService } from '../../../domain/licences/filing.ts';
import type { DraftFlow } from '../flow/draft.ts';
import type { PageEnv } from '../shared/env.ts';
import { operatorActor } from './actor.ts';

export const LICENCES = '/console/licences';

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

const path = (step: IntakeStep | 'check') => (step === 'service' ? LICENCES : `${LICENCES}/${step}`);

export const intakeFlow: DraftFlow<IntakeAnswers, IntakeStep> = {
  name: 'licence-intake',
  holder: (c: Context<PageEnv>) => operatorActor(c).iin,
  start: '/console',
  path,
  strict: false,
  leave: (draft) => (draft.answers.filed ? `${LICENCES}/receipts/${draft.answers.filed}` : null),
  steps: [
    { id: 'service', answered: (a) => !!a.service && !!a.caseId },
    { id: 'party', answered: (a) => !!a.bin && !!a.applicant && typeof a.head === 'boolean' },
    { id: 'authority', applies: (a) => a.head === false, answered: (a) => !!a.poaNumber },
    { id: 'purpose', applies: (a) => a.service === 'S8', answered: (a) => !!a.purpose },
    { id: 'intermediary', applies: (a) => a.service === 'S6', answered: (a) => !!a.intermediary },
    { id: 'documents', answered: (a) => a.documents === 'all' },
    { id: 'consent', answered: (a) => a.consent === 'signed' },
  ],
};
export const intakePath = path;
