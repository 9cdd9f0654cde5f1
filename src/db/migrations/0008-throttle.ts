// Issue 14: throttling shared by every server process, and an idempotency store that keeps
// no secrets and expires.
// - throttle_buckets: one row per budget (an address's code requests, an IIN's login codes, the
//   SMS ceiling, …) holding its "theoretical arrival time" (GCRA, services/throttle.ts); a row
//   whose tat has passed is a full bucket and may be deleted (purge on tat).
// - idempotency_keys: an expiry to purge on. The rows kept so far are dropped: their scope was a
//   bearer token's hash (or one scope shared by every anonymous caller) and login answers among
//   them held raw bearer tokens; under the new scope none of them could be replayed anyway.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table throttle_buckets (
      key text primary key,
      tat timestamptz not null,
      strikes integer not null default 0,
      allowed boolean not null
    );
    create index throttle_buckets_tat on throttle_buckets (tat);
    delete from idempotency_keys;
    alter table idempotency_keys add column expires_at timestamptz not null;
    create index idempotency_keys_expires_at on idempotency_keys (expires_at);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index idempotency_keys_expires_at;
    alter table idempotency_keys drop column expires_at;
    drop table throttle_buckets;
    `,
  );
}
