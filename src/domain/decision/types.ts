// The application the rules judge and the decision they return (scenario.md "Output").
import type { IsoDate } from '../dates.ts';
import type { Relation } from '../kinship.ts';
import type { ExtendedBy } from '../rulesets.ts';

export type Channel = 'reception' | 'hall' | 'online';
export type Service = 'permanent' | 'temporary';

export type Claim = Relation | { kind: 'student' } | { kind: 'none' };

export interface Application {
  service: Service;
  channel: Channel;
  applicant: string;
  rka: string;
  /** The owner the applicant names; when absent, the dwelling's owners in ЕГКН order. */
  owner?: string;
  /** Hall only: who acts for a minor or incapable owner (P2.2). */
  representative?: string;
  relation?: Claim;
  /** I7: the applicant's children under 14, registered along with them. */
  members?: string[];
  /** Temporary registration only. */
  period?: { from: IsoDate; to: IsoDate };
  /** F4: the arrival date from the arrival coupon, when known. */
  arrival?: IsoDate;
}

export type Outcome = 'eligible' | 'refused' | 'route-hall' | 'route-online' | 'error';

export type Basis =
  | 'outside-astana'
  | 'owner'
  | 'norm-not-reached'
  | 'relation-confirmed'
  | 'student-confirmed'
  // I7 (revised 2026-11-29): a child under 14 follows the eligible parent.
  | 'with-parent';

/** Outcome-neutral remarks (scenario.md): F4 `late-filing`, filed over 10 days after arrival. */
export type Notice = 'late-filing';

export type Reason =
  | 'owner-minor-or-incapable'
  | 'online-service'
  | 'hall-not-applicable'
  | 'representative-not-authorised'
  | 'no-kinship'
  | 'norm-reached'
  | 'not-full-time-student-in-capital'
  | 'invalid-iin'
  | 'person-not-found'
  | 'address-not-found'
  | 'not-an-owner'
  | 'deceased'
  | 'already-registered'
  | 'invalid-period'
  // Added by Tirkeu for I7 members (docs/decisions.md):
  | 'member-not-a-child'
  | 'member-too-old'
  | 'applicant-not-eligible';

export type Next = 'arrival-coupon' | 'go-to-hall' | 'apply-online' | 'update-civil-record' | 'none';

export type FactValue = string | number | boolean | null | readonly FactValue[] | { readonly [key: string]: FactValue };

/** One check the rules made: the clause, what was checked, the registry facts used, the result. */
export interface TraceEntry {
  clause: string;
  check: string;
  facts: Record<string, FactValue>;
  result: string;
}

/** What the message catalogs explain: a key per outcome and reason, with its parameters. */
export interface Explanation {
  key: string;
  params: Record<string, string | number>;
}

export interface Decision {
  /** Whose decision this is: the applicant, or a member (I7). */
  subject: string;
  outcome: Outcome;
  basis: Basis | null;
  reasons: Reason[];
  hints: string[];
  /** Always present; empty when there is nothing to remark. */
  notices: Notice[];
  next: Next;
  /** extendedBy: the legal act that keeps the ruleset in force past its own period (§0). */
  ruleset: { id: string; version: string; inForce: boolean; extendedBy?: ExtendedBy };
  trace: TraceEntry[];
  explanation: Explanation;
  members?: Decision[];
}
