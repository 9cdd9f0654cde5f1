// Retention (issue 14, finding 9): rows that serve no purpose once their time is over are deleted
// by the worker, so that anonymous requests (a login challenge per call) cannot grow the database
// without bound and secrets and personal data are not kept longer than needed. Never purged here:
// audit_events, personal_data_access (append-only), applications, registrations, certificates,
// notifications, and outbox messages not sent yet. Deletes go in batches on indexed columns
// (migration 0009-retention) and a run is bounded, so a backlog is worked off over several rounds
// without long locks.
import { sql } from 'kysely';
import type { ServiceContext } from './context.ts';

export interface RetentionSettings {
  /** Login challenges and one-time codes: days kept after they expire. */
  challengesDays: number;
  /** Sessions: days kept after they expire (revoked ones expire on their own schedule). */
  sessionsDays: number;
  /** Idempotency keys: days kept after they were first used. */
  idempotencyDays: number;
  /** Page drafts: days kept after their last change. */
  draftsDays: number;
  /** Outbox messages already sent: days kept after sending. */
  outboxDays: number;
  /** Rows per delete statement, and statements per table per run. */
  batchSize: number;
  maxBatches: number;
}

export const DEFAULT_RETENTION: RetentionSettings = {
  challengesDays: 1,
  sessionsDays: 7,
  idempotencyDays: 1,
  draftsDays: 90,
  outboxDays: 30,
  batchSize: 1000,
  maxBatches: 10,
};

type Purged =
  | 'auth_challenges'
  | 'otp_challenges'
  | 'sessions'
  | 'idempotency_keys'
  | 'page_drafts'
  | 'outbox'
  | 'throttle_buckets';

/** Which column dates a row of each table, and which setting says how long it stays. */
const RULES: readonly { table: Purged; column: string; days: (r: RetentionSettings) => number }[] = [
  { table: 'auth_challenges', column: 'expires_at', days: (r) => r.challengesDays },
  { table: 'otp_challenges', column: 'expires_at', days: (r) => r.challengesDays },
  { table: 'sessions', column: 'expires_at', days: (r) => r.sessionsDays },
  { table: 'idempotency_keys', column: 'created_at', days: (r) => r.idempotencyDays },
  { table: 'page_drafts', column: 'updated_at', days: (r) => r.draftsDays },
  // sent_at is null until the message went out: unsent messages never match.
  { table: 'outbox', column: 'sent_at', days: (r) => r.outboxDays },
  // A throttle bucket whose theoretical arrival time has passed is full again: it holds nothing.
  { table: 'throttle_buckets', column: 'tat', days: () => 0 },
];

const DAY_MS = 86_400_000;

export type PurgeReport = Record<Purged, number>;

/** Deletes what is past its retention period by the service clock; returns the rows per table. */
export async function purgeExpired(ctx: ServiceContext): Promise<PurgeReport> {
  const settings = ctx.settings.retention;
  const now = ctx.clock.now().getTime();
  const report = {} as PurgeReport;
  for (const rule of RULES) {
    const cutoff = new Date(now - rule.days(settings) * DAY_MS);
    let total = 0;
    for (let batch = 0; batch < settings.maxBatches; batch++) {
      // ctid picks the rows of one batch whatever the table's key; each statement is its own
      // short transaction, and a row taken by a concurrent purge is simply not deleted twice.
      const result = await sql`
        delete from ${sql.table(rule.table)} where ctid = any(array(
          select ctid from ${sql.table(rule.table)} where ${sql.ref(rule.column)} < ${cutoff}
          limit ${settings.batchSize}))`.execute(ctx.database.db);
      const deleted = Number(result.numAffectedRows ?? 0n);
      total += deleted;
      if (deleted < settings.batchSize) break;
    }
    report[rule.table] = total;
  }
  return report;
}
