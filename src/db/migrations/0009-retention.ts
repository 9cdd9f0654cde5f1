// Retention (issue 14): the worker deletes rows that are no longer needed, in small batches
// chosen by the column that dates them; these indexes keep each batch (and a run with nothing to
// delete) an index range scan instead of a scan of the whole table.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create index if not exists auth_challenges_expires_at on auth_challenges (expires_at);
    create index if not exists otp_challenges_expires_at on otp_challenges (expires_at);
    create index if not exists sessions_expires_at on sessions (expires_at);
    create index if not exists idempotency_keys_created_at on idempotency_keys (created_at);
    create index if not exists page_drafts_updated_at on page_drafts (updated_at);
    create index if not exists outbox_sent_at on outbox (sent_at) where sent_at is not null;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index if exists outbox_sent_at;
    drop index if exists page_drafts_updated_at;
    drop index if exists idempotency_keys_created_at;
    drop index if exists sessions_expires_at;
    drop index if exists otp_challenges_expires_at;
    drop index if exists auth_challenges_expires_at;
    `,
  );
}
