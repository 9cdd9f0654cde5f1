// What an application asks for, as it is stored with it (the `payload` column): the claim and the
// members the applicant named, and — fixed when the checks pass — who must consent.
import type { Claim } from './decision/types.ts';

export interface Consenter {
  owner: string;
  /** The owner, or the legal representative of a minor or incapable owner (I4). */
  answerer: string;
}

export interface ApplicationPayload {
  relation?: Claim;
  members?: string[];
  /** Temporary registration: 1–12 months (F4). */
  periodMonths?: number;
  /** Deregistration: whose registration ends. */
  person?: string;
  /** Hall: the document proving a guardian's authority (P2.2), recorded by the operator. */
  authorityDocument?: string;
  /** Who must consent (P7, I4), fixed when the checks pass. */
  consenters?: Consenter[];
}
