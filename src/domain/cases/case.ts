// A case: one filing of a public service, run by the engine from its definition (services.md §5,
// issue 17 item 2). The types here are pure data; machine.ts derives the steps of a variant,
// transition.ts moves a case, sla.ts reads its clock.
import type { IsoDate } from '../dates.ts';
import type { DeadlineFacts } from '../deadlines/counting.ts';
import type { FilingChannel } from '../deadlines/rules.ts';
import type { ServiceId, Urgency } from '../public-services/definition.ts';
import type { CadastreObject } from './cadastre-object.ts';
import type { RestorationFacts } from './civil-act.ts';
import type { CorrectionFacts } from './correction.ts';

/**
 * The states of a case. `accepted`: filed and accepted (§5.11 "accepted" notice), waiting for its
 * first back-office step; `in-progress`: at `currentStep`; `refusal-intended`: a preliminary
 * decision to refuse with a hearing notice sent (004 cl.5-1, D5); `objection-received`: the
 * applicant objected in time; `result-ready`: signed, held until the payment due before the result
 * (004 L1 r.8); `issued`, `refused`, `withdrawn`: closed. An extension (D3) is an event that moves
 * the due date and keeps the state, since the work goes on (docs/service-engine.md, "Cases").
 */
export const CASE_STATES = [
  'accepted',
  'in-progress',
  'refusal-intended',
  'objection-received',
  'result-ready',
  'issued',
  'refused',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CLOSED_STATES: readonly CaseState[] = ['issued', 'refused', 'withdrawn'];

/** States in which back-office work goes on (steps, extensions). */
export const WORKING_STATES: readonly CaseState[] = ['accepted', 'in-progress'];

/** Who acts on a case: a back-office employee with a role at an office, the applicant, or the system. */
export type CaseActor =
  | { readonly kind: 'staff'; readonly iin: string; readonly role: string; readonly office: string }
  | { readonly kind: 'applicant'; readonly iin: string }
  | { readonly kind: 'system' };

/**
 * The facts of a filing: the D6 fields the deadline rule reads, and for S9a the new object that
 * the executor enters into ЕГКН (cadastre-object.ts); for a correction after a renaming (004
 * cl.7) the decision and the object's address before and after it (correction.ts); for S7 what
 * the ЦОН intake recorded — the act that ЗАГС restores (civil-act.ts); for S1 the
 * urgency category.
 */
export interface CaseFacts extends DeadlineFacts {
  readonly cadastre?: CadastreObject | undefined;
  readonly correction?: CorrectionFacts | undefined;
  readonly restoration?: RestorationFacts | undefined;
  /** 002 R1 App1: S1's urgency category, which sets the limits of its steps (sla.ts stepLimit). */
  readonly urgency?: Urgency | undefined;
  /** 003 ¶B5: where S1's document is issued when not where accepted (the issuing steps, units.ts). */
  readonly issueOffice?: string | undefined;
}

/**
 * How a case reached the provider: filed on the portal or at a counter (D2), or opened by the
 * system on a decision nobody filed (004 cl.7: the correction after a renaming).
 */
export type CaseChannel = FilingChannel | 'system';

/** D5: the hearing under way, recorded when the preliminary decision is sent. */
export interface Hearing {
  readonly ground: number;
  readonly noticeSentOn: IsoDate;
  /** The last day an objection counts (2 working days from receipt). */
  readonly objectionBy: IsoDate;
  readonly objectedOn: IsoDate | null;
  /** Where the case goes back to when the decision after the hearing is to provide. */
  readonly resume: 'accepted' | 'in-progress';
}

/** D3: one extension of the due date. */
export interface Extension {
  readonly decidedOn: IsoDate;
  readonly fromDueOn: IsoDate;
  readonly toDueOn: IsoDate;
  /** S9: the day the applicant agreed; null for a calendar-day extension (S7). */
  readonly agreedOn: IsoDate | null;
  /** S7: the calendar days added; null for an agreed new date (S9). */
  readonly days: number | null;
  /** S7: the last day the applicant must be told (D3: within 2 working days). */
  readonly noticeBy: IsoDate | null;
}

/** What the case went through besides its steps: hearing, extensions, the refusal ground. */
export interface Procedure {
  readonly completedSteps: readonly string[];
  readonly hearing: Hearing | null;
  readonly extensions: readonly Extension[];
  readonly refusalGround: number | null;
}

export const EMPTY_PROCEDURE: Procedure = { completedSteps: [], hearing: null, extensions: [], refusalGround: null };

export interface Case {
  readonly id: string;
  readonly service: ServiceId;
  /** S9a, S9b, S9c; the service's id for a service with one variant (S10). */
  readonly variant: string;
  readonly definitionVersion: string;
  readonly state: CaseState;
  /** The back-office step the case is at; null when closed or result-ready. */
  readonly currentStep: string | null;
  readonly applicant: string;
  readonly office: string;
  readonly channel: CaseChannel;
  /** D1: the Astana date of filing (S9's extension cap counts from it). */
  readonly filedOn: IsoDate;
  readonly acceptedOn: IsoDate;
  /** D4: the whole service's due date; null where the sources state no period (S1–S5). */
  readonly dueOn: IsoDate | null;
  /** The current step's due date (its limit, never after dueOn). */
  readonly stepDueOn: IsoDate | null;
  readonly facts: CaseFacts;
  readonly procedure: Procedure;
  readonly version: number;
}
