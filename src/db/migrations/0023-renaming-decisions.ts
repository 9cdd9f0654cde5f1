// 004 cl.7: the joint decisions of the local representative and executive bodies that rename a
// street or renumber a building, as the State Corporation records them, and the addresses each
// changed in ЕГКН and the address register. A decision is recorded once per city and number (a
// repeat changes nothing); both tables are append-only like the access log (0005), so what a
// decision did stays readable. Cases the system opens (the passport's correction) are not filed
// through a channel: `cases.channel` gains `system`.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table renaming_decisions (
      id uuid primary key,
      city text not null,
      number text not null,
      body text not null,
      decided_on date not null,
      kind text not null check (kind in ('street', 'building')),
      -- The change as the decision states it: {from, to} of the street, or {street, from, to} of the house.
      change jsonb not null,
      recorded_at timestamptz not null,
      recorded_by char(12),
      accepted_on date not null,
      due_on date not null,
      unique (city, number)
    );
    ${appendOnlyStatements('renaming_decisions')}

    create table renamed_addresses (
      decision_id uuid not null references renaming_decisions (id),
      rka text not null,
      old_address text not null,
      new_address text not null,
      -- The correction the system opened: null when the object has no cadastral passport.
      case_id uuid references cases (id),
      primary key (decision_id, rka)
    );
    create index renamed_addresses_rka on renamed_addresses (rka);
    ${appendOnlyStatements('renamed_addresses')}

    alter table cases drop constraint cases_channel_check;
    alter table cases add constraint cases_channel_check check (channel in ('portal', 'con', 'system'));
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table cases drop constraint cases_channel_check;
    alter table cases add constraint cases_channel_check check (channel in ('portal', 'con'));
    drop table renamed_addresses;
    drop function renamed_addresses_append_only();
    drop table renaming_decisions;
    drop function renaming_decisions_append_only();
    `,
  );
}
