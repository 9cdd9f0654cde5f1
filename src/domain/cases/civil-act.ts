// S7 (003 ¶B2): what the ЦОН intake records on a restoration case — the act to restore as the
// applicant's application (Standard Annex 3) gives it, the applicant's facts the document list
// depends on, the documents accepted and the state duty — and which step of S7 restores the act
// into the civil registry (the ЗАГС step), so the registration rules read it (P5, I1).
import type { RestorationApplicant } from '../civil-records/documents.ts';
import type { RestorableAct } from '../civil-records/restoration.ts';
import type { DutyExemption } from '../civil-records/state-duty.ts';
import type { IsoDate } from '../dates.ts';

/** The state duty as recorded at intake (003 ¶B2: 0.5 MRP of the filing year, or an exemption). */
export type RecordedDuty =
  | { readonly kind: 'exempt'; readonly exemption: DutyExemption }
  | {
      readonly kind: 'due';
      readonly mrp: number;
      readonly tiyn: number;
      readonly mrpYear: number;
      /** The MRP figure is a placeholder (civil-records/mrp.ts), not the budget law's. */
      readonly placeholder: boolean;
    };

export interface RestorationFacts {
  readonly act: RestorableAct;
  /** The day the lost record was registered: items 9–12 depend on it (before 2008). */
  readonly recordRegistered: IsoDate;
  readonly applicant: Omit<RestorationApplicant, 'recordRegistered'>;
  /** The ids of the documents (S7's definition) accepted at the counter or received from the state system. */
  readonly documents: readonly string[];
  readonly duty: RecordedDuty;
}

/** 003 ¶B2: the step whose completion restores the act into the civil registry. */
export const CIVIL_RESTORATION = { service: 'S7', variant: 'S7', accept: 'accept', step: 'restore' } as const;
