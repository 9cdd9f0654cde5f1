// An application as the service handles it, read from its row. The payload holds what the
// applicant asked for; the decision holds the rules' answer with its trace (stored with every
// application, so any refusal can be explained later exactly as it was made).
import type { ArrivalCoupon } from '../../domain/arrival-coupon.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Claim, Decision } from '../../domain/decision/types.ts';
import type { ServiceId, State } from '../../domain/lifecycle/states.ts';
import type { Consenter } from '../../domain/owners.ts';
import type { Schema } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

export type { Consenter };

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

export interface ApplicationRecord {
  id: string;
  number: string;
  service: ServiceId;
  state: State;
  channel: 'online' | 'hall';
  office: string | null;
  applicant: string;
  filedBy: string;
  rka: string | null;
  owner: string | null;
  representative: string | null;
  registrationId: number | null;
  payload: ApplicationPayload;
  coupon: ArrivalCoupon | null;
  decision: Decision | null;
  outcome: string | null;
  reason: string | null;
  applicationDate: IsoDate;
  consentDue: Date | null;
  retryAt: Date | null;
  attempts: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toRecord(row: Selectable<Schema['applications']>): ApplicationRecord {
  return {
    id: row.id,
    number: row.number,
    service: row.service as ServiceId,
    state: row.state as State,
    channel: row.channel,
    office: row.office,
    applicant: row.applicant,
    filedBy: row.filed_by,
    rka: row.rka,
    owner: row.owner,
    representative: row.representative,
    registrationId: row.registration_id,
    payload: row.payload as ApplicationPayload,
    coupon: row.coupon as ArrivalCoupon | null,
    decision: row.decision as Decision | null,
    outcome: row.outcome,
    reason: row.reason,
    applicationDate: row.application_date as IsoDate,
    consentDue: row.consent_due,
    retryAt: row.retry_at,
    attempts: row.attempts,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * I7: the members the rules accepted. Only they are registered with the applicant, named in the
 * document the owner and the applicant sign, and shown to the owner; a refused member — a
 * stranger's IIN typed by mistake or on purpose — goes no further than the applicant's own view.
 */
export function acceptedMembers(app: ApplicationRecord): string[] {
  const decided = app.decision?.members ?? [];
  return (app.payload.members ?? []).filter((m) => decided.some((d) => d.subject === m && d.outcome === 'eligible'));
}
