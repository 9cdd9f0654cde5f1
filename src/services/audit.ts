// The audit trail: one row per state change or security event, written in the same transaction
// as the change it records, so there is never a change without its record or the reverse.
import type { Insertable } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { jsonText } from '../db/json-column.ts';
import type { State } from '../domain/lifecycle/states.ts';
import { type Actor, actorIin } from './actor.ts';
import type { Tx } from './transaction.ts';

export interface AuditEvent {
  action: string;
  applicationId?: string | null;
  certificateNumber?: string | null;
  from?: State | null;
  to?: State | null;
  /** Codes and identifiers only: the trail is read by auditors, not a place for documents. */
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: Tx, at: Date, actor: Actor, event: AuditEvent): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values(auditRow(at, actor, event))
    .execute();
}

/** The audit row of an event, for a statement that writes it with its change (create.ts). */
export function auditRow(at: Date, actor: Actor, event: AuditEvent): Insertable<Schema['audit_events']> {
  return {
    at,
    actor_kind: actor.kind,
    actor: actorIin(actor),
    action: event.action,
    application_id: event.applicationId ?? null,
    certificate_number: event.certificateNumber ?? null,
    from_state: event.from ?? null,
    to_state: event.to ?? null,
    details: jsonText(event.details ?? {}),
  };
}
