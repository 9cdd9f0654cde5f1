// Reading a person's data on someone's behalf, recorded: the work gets registry ports that note
// whom each query was about, and every (registry, person) pair it asked about becomes an access
// log entry — also when the work fails, since the queries were made. Used by the ЦОН console's
// reads (triage, hall filing) and the desk certificate, so the API and the pages share it.
import type { Registries } from '../../registries/ports.ts';
import { type Consulted, consultedRegistries } from '../../registries/consulted.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../transaction.ts';
import { type AccessEntry, type AccessPurpose, recordAccess } from './access-log.ts';

export interface ReadContext {
  actor: Actor;
  purpose: AccessPurpose;
  applicationId?: string | null;
  certificateNumber?: string | null;
}

/** The access entries of what was consulted. */
export function entriesOf(consulted: readonly Consulted[], read: ReadContext): AccessEntry[] {
  return consulted.map((c) => ({
    subject: c.subject,
    registry: c.registry,
    actor: read.actor,
    purpose: read.purpose,
    applicationId: read.applicationId ?? null,
    certificateNumber: read.certificateNumber ?? null,
  }));
}

/** Runs `work` with recording registry ports and writes what it consulted in its own transaction. */
export async function readRecorded<T>(
  ctx: ServiceContext,
  read: ReadContext,
  work: (registries: Registries) => Promise<T>,
): Promise<T> {
  const tracked = consultedRegistries(ctx.registries);
  try {
    return await work(tracked.registries);
  } finally {
    const entries = entriesOf(tracked.consulted(), read);
    if (entries.length > 0) {
      await inTransaction(ctx.database, (tx) => recordAccess(tx, ctx.clock.now(), entries));
    }
  }
}
