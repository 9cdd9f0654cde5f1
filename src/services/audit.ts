// The audit trail: one row per state change or security event, written in the same transaction
// as the change it records, so there is never a change without its record or the reverse.
import { type Actor, actorIin } from './actor.ts';
import type { Tx } from './transaction.ts';

export interface AuditEvent {
  action: string;
  applicationId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Codes and identifiers only: the trail is read by auditors, not a place for documents. */
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: Tx, at: Date, actor: Actor, event: AuditEvent): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values({
      at,
      actor_kind: actor.kind,
      actor: actorIin(actor),
      action: event.action,
      application_id: event.applicationId ?? null,
      from_state: event.from ?? null,
      to_state: event.to ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
