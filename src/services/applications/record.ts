// An application as the service handles it, read from its row. The payload holds what the
// applicant asked for; the decision holds the rules' answer with its trace (stored with every
// application, so any refusal can be explained later exactly as it was made).
import type { ApplicationPayload } from '../../domain/application-payload.ts';
import type { ArrivalCoupon } from '../../domain/arrival-coupon.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Decision } from '../../domain/decision/types.ts';
import type { ServiceId, State } from '../../domain/lifecycle/states.ts';
import type { Schema } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

export type { ApplicationPayload, Consenter } from '../../domain/application-payload.ts';

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
    service: row.service,
    state: row.state,
    channel: row.channel,
    office: row.office,
    applicant: row.applicant,
    filedBy: row.filed_by,
    rka: row.rka,
    owner: row.owner,
    representative: row.representative,
    registrationId: row.registration_id,
    payload: row.payload,
    coupon: row.coupon,
    decision: row.decision,
    outcome: row.outcome,
    reason: row.reason,
    applicationDate: row.application_date,
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
