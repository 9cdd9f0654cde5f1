// S1 passports and identity cards (002 R1, App1): what the ЦОН employee signs with EDS at intake
// (the e-formular, App1 st.2) and at hand-over (the receipt, App1 st.14), and the chain as the
// citizen follows it — each step with its unit and due day, done steps with the day they were
// done ("where is my document"). Pure: the service layer stores and verifies.
import type { Case } from '../cases/case.ts';
import type { CaseMachine } from '../cases/machine.ts';
import { stepDueDate, stepLimit } from '../cases/sla.ts';
import { caseStepOffice, regionOf } from '../cases/units.ts';
import type { IsoDate } from '../dates.ts';
import type { Urgency } from '../public-services/definition.ts';

export const S1_DOCUMENT_KINDS = ['passport', 'id-card'] as const;
export type S1DocumentKind = (typeof S1_DOCUMENT_KINDS)[number];

/**
 * Why a document is asked for — 003 ¶B5's examples (a changed name, a damaged, lost or expired
 * document), the first document at 16, and "other" (¶B5: "etc.").
 */
export const S1_REASONS = ['first', 'expired', 'lost', 'damaged', 'name-change', 'other'] as const;
export type S1Reason = (typeof S1_REASONS)[number];

/**
 * 003 ¶B5: "if an extra check or a decision is needed, the new document is issued only at the
 * citizen's registered address". The news item does not say what needs one; the employee records
 * it at intake as one of these codes (none: issued where accepted) — the applicant's identity to
 * be established (e.g. a lost document with doubt about who applies), the documents disagreeing
 * with the registries' data, or a decision of the migration police (e.g. on a name or citizenship).
 */
export const S1_EXTRA_CHECKS = ['identity-check', 'data-discrepancy', 'decision-needed'] as const;
export type S1ExtraCheck = (typeof S1_EXTRA_CHECKS)[number];

/**
 * 003 ¶B5: the ЦОН that issues a document needing an extra check — the accepting one when it is in
 * the city of the applicant's permanent registration, else that city's first ЦОН (`<city>-1`, the
 * project's naming of offices: a ЦОН's region is the first part of its id).
 */
export function issueOfficeFor(acceptingOffice: string, registeredCity: string): string {
  return regionOf(acceptingOffice) === registeredCity ? acceptingOffice : `${registeredCity}-1`;
}

/** App1 st.2: the e-formular, the content the employee's EDS signs (canonical JSON of it). */
export interface S1Formular {
  readonly service: 'S1';
  readonly caseId: string;
  readonly applicant: string;
  readonly documentKind: S1DocumentKind;
  readonly reason: S1Reason;
  readonly urgency: Urgency;
  /** The accepting ЦОН (003 ¶B5: any ЦОН). */
  readonly office: string;
  /** 003 ¶B5: the extra check or decision the case needs, if any. */
  readonly extraCheck: S1ExtraCheck | null;
  /** 003 ¶B5: where the document is issued — the accepting ЦОН unless an extra check is needed. */
  readonly issueOffice: string;
  /** The photo taken at the counter, by its SHA-256. */
  readonly photoSha256: string;
  /** D1: the filing moment as given (ISO 8601 with an offset). */
  readonly filedAt: string;
}

/** App1 st.14: the receipt of hand-over, the content the employee's EDS signs. */
export interface S1Receipt {
  readonly service: 'S1';
  readonly caseId: string;
  readonly coupon: string;
  readonly applicant: string;
  readonly documentKind: S1DocumentKind;
  readonly documentNumber: string;
  readonly office: string;
  readonly handedOverOn: IsoDate;
}

export interface ChainStepView {
  readonly step: string;
  readonly role: string;
  /** The office that does it (units.ts). */
  readonly office: string;
  readonly status: 'done' | 'current' | 'later' | 'stopped';
  readonly doneOn: IsoDate | null;
  /**
   * Its due day: for a done step, counted from the day the step before was done; for the current
   * step, the case's; for a later step, projected as if each step before ends on its due day.
   */
  readonly dueOn: IsoDate | null;
  readonly overdue: boolean;
}

/**
 * The chain of an S1 case on `today`: `doneOn` gives the day each completed step was done (the
 * case's events). A closed case's remaining steps are `stopped` (refused, withdrawn).
 */
export function chainOf(
  machine: CaseMachine,
  kase: Case,
  doneOn: ReadonlyMap<string, IsoDate>,
  today: IsoDate,
): ChainStepView[] {
  let startedOn: IsoDate | null = kase.acceptedOn;
  const closed = kase.currentStep === null;
  return machine.steps.map((step) => {
    const limit = stepLimit(step, kase.facts);
    const office = caseStepOffice(kase, step);
    const done = doneOn.get(step.id) ?? null;
    if (done !== null) {
      const dueOn = startedOn === null ? null : stepDueDate(limit, startedOn, null);
      startedOn = done;
      return {
        step: step.id,
        role: step.actor,
        office,
        status: 'done',
        doneOn: done,
        dueOn,
        overdue: overdueOn(dueOn, done),
      };
    }
    if (step.id === kase.currentStep) {
      const dueOn = kase.stepDueOn;
      startedOn = dueOn;
      return {
        step: step.id,
        role: step.actor,
        office,
        status: 'current',
        doneOn: null,
        dueOn,
        overdue: overdueOn(dueOn, today),
      };
    }
    const dueOn = startedOn === null || closed ? null : stepDueDate(limit, startedOn, null);
    startedOn = dueOn;
    const status = closed ? 'stopped' : 'later';
    return { step: step.id, role: step.actor, office, status, doneOn: null, dueOn, overdue: false };
  });
}

function overdueOn(dueOn: IsoDate | null, day: IsoDate): boolean {
  return dueOn !== null && day > dueOn;
}

/** 003 ¶B5: the day the document is due at the issuing ЦОН (the hand-over's due day) as projected. */
export function readyOnOf(chain: readonly ChainStepView[]): IsoDate | null {
  return chain.at(-1)?.dueOn ?? null;
}
