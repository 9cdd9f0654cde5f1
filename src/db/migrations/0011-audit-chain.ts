// Issue 16, item 4: a tamper-evident audit trail. Each audit record carries its place in one
// global chain (chain_seq), the hash of the record before it (prev_hash) and its own hash:
// sha256(prev_hash || canonical text of the record). The chain is written by a trigger, so every
// writer — recordAudit, the single-statement insert of create.ts, a hand-written INSERT — is
// chained and none can forget to; `tirkeu audit verify` recomputes it in TypeScript
// (services/audit-chain.ts) from the stored fields.
//
// Concurrency: one head row (audit_chain) holds the last seq and hash. The trigger locks it
// (SELECT … FOR UPDATE) until the transaction ends, so writers take their place one after the
// other and two records can never claim the same predecessor; under READ COMMITTED the lock
// returns the newest head, under REPEATABLE READ a concurrent update fails with 40001 and
// inTransaction retries. docs/reliability.md argues the choice and gives its measured cost.
//
// Records written before this migration are chained here, in id order, from the genesis hash
// (32 zero bytes), so `verify` passes on an upgraded database.
import { type Kysely, sql } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    -- No writer may slip a record in while the existing ones are chained.
    lock table audit_events in exclusive mode;
    alter table audit_events add column chain_seq bigint, add column prev_hash bytea, add column hash bytea;
    create table audit_chain (
      singleton boolean primary key default true check (singleton),
      seq bigint not null,
      head bytea not null
    );
    insert into audit_chain (seq, head) values (0, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    `,
  );
  // The canonical text of a record is a JSON array of its fields as PostgreSQL renders jsonb
  // (deterministic: one rendering per value), the time as microseconds since the epoch so that
  // no time-zone setting changes it. services/audit-chain.ts builds the same text.
  await sql`
    create function audit_event_digest(seq bigint, prev bytea, e audit_events) returns bytea
    language sql immutable as $$
      select sha256(prev || convert_to(jsonb_build_array(
        seq, (extract(epoch from e.at) * 1000000)::bigint, e.actor_kind, e.actor::text, e.action,
        e.application_id::text, e.certificate_number, e.from_state, e.to_state, e.details)::text, 'UTF8'))
    $$`.execute(db);
  await sql`
    do $$
    declare
      r record;
      n bigint := 0;
      prev bytea := '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    begin
      for r in select id from audit_events order by id loop
        n := n + 1;
        update audit_events e set chain_seq = n, prev_hash = prev, hash = audit_event_digest(n, prev, e)
          where e.id = r.id returning e.hash into prev;
      end loop;
      update audit_chain set seq = n, head = prev;
    end
    $$`.execute(db);
  await sql`
    create function audit_events_chain() returns trigger language plpgsql as $$
    declare
      last audit_chain%rowtype;
    begin
      select * into last from audit_chain for update;
      new.chain_seq := last.seq + 1;
      new.prev_hash := last.head;
      new.hash := audit_event_digest(new.chain_seq, new.prev_hash, new);
      update audit_chain set seq = new.chain_seq, head = new.hash;
      return new;
    end
    $$`.execute(db);
  // Defence in depth, as for personal_data_access (0005): the service's own user cannot rewrite
  // or remove a record; whoever bypasses this (a superuser) is caught by the chain.
  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only: % refused', tg_op using errcode = '55000';
    end
    $$`.execute(db);
  await runStatements(
    db,
    `
    alter table audit_events alter column chain_seq set not null, alter column prev_hash set not null,
      alter column hash set not null;
    create unique index audit_events_chain_seq on audit_events (chain_seq);
    create trigger audit_events_chain before insert on audit_events
      for each row execute function audit_events_chain();
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only();
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop trigger audit_events_no_truncate on audit_events;
    drop trigger audit_events_no_update on audit_events;
    drop trigger audit_events_chain on audit_events;
    drop function audit_events_append_only();
    drop function audit_events_chain();
    drop function audit_event_digest(bigint, bytea, audit_events);
    drop table audit_chain;
    alter table audit_events drop column chain_seq, drop column prev_hash, drop column hash;
    `,
  );
}
