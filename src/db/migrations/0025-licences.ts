// Issue 19: the guarantee obligation (S6) and the processing permit (S8) on the case engine.
// `licence_filings`: who a case is for and who filed it (003 ¶B1, ¶B3: a legal or natural person,
// its head, or a representative with the authority document), the statements the documents
// depend on, and for a filing at a ЦОН the written consent to use protected data, the receipt
// and the ЦОН that hands over the result. `result_custody_events`: what happened to a paper
// result at that ЦОН (¶B3: kept one month, then passed to the provider, who sends it back within
// one working day on request) — append-only like the case events (0015).
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table licence_filings (
      case_id uuid primary key references cases (id),
      party_kind text not null check (party_kind in ('natural', 'legal')),
      party_bin char(12) check (party_bin ~ '^[0-9]{12}$'),
      party_iin char(12) check (party_iin ~ '^[0-9]{12}$'),
      actor_iin char(12) not null,
      basis text not null check (basis in ('self', 'head', 'power-of-attorney')),
      power_of_attorney jsonb,
      statements jsonb not null,
      con_office text,
      written_consent_at timestamptz,
      receipt_number text unique,
      created_at timestamptz not null,
      check ((party_kind = 'legal') = (party_bin is not null)),
      check ((party_kind = 'natural') = (party_iin is not null)),
      check ((basis = 'power-of-attorney') = (power_of_attorney is not null)),
      check ((con_office is null) = (receipt_number is null))
    );
    create index licence_filings_con on licence_filings (con_office) where con_office is not null;

    create table result_custody_events (
      id bigint generated always as identity primary key,
      case_id uuid not null references cases (id),
      seq integer not null check (seq >= 1),
      event text not null check (event in ('handed-over', 'returned-to-provider', 'requested', 'sent-back')),
      on_date date not null,
      actor_iin char(12) not null,
      actor_role text not null,
      office text not null,
      late boolean not null default false,
      recorded_at timestamptz not null,
      unique (case_id, seq)
    );
    ${appendOnlyStatements('result_custody_events')}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table result_custody_events;
    drop function result_custody_events_append_only();
    drop table licence_filings;
    `,
  );
}
