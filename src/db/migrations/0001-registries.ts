// The state registries' reference tables. Registries are separate state systems (ГБД ФЛ, ЗАГС,
// ЕГКН, …), so there are no foreign keys between them — only within one registry. Every lookup
// the rules make has an index here; see test/registries for the queries.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table persons (
      iin char(12) primary key check (iin ~ '^[0-9]{12}$'),
      full_name text not null check (length(full_name) between 1 and 300),
      birth_date date not null,
      sex char(1) not null check (sex in ('M', 'F')),
      death_date date check (death_date is null or death_date >= birth_date)
    );

    create table incapacities (
      iin char(12) primary key,
      since date,
      court_decision text
    );

    create table birth_acts (
      id bigint generated always as identity primary key,
      child char(12) not null unique,
      mother char(12),
      father char(12),
      registered date,
      check (child <> mother and child <> father and mother <> father)
    );
    create index birth_acts_mother on birth_acts (mother) where mother is not null;
    create index birth_acts_father on birth_acts (father) where father is not null;

    create table marriage_acts (
      id bigint generated always as identity primary key,
      spouse_a char(12) not null,
      spouse_b char(12) not null,
      registered date not null,
      dissolved date,
      check (spouse_a <> spouse_b),
      check (dissolved is null or dissolved >= registered)
    );
    create index marriage_acts_spouse_a on marriage_acts (spouse_a);
    create index marriage_acts_spouse_b on marriage_acts (spouse_b);

    create table death_acts (
      id bigint generated always as identity primary key,
      iin char(12) not null unique,
      death_date date not null
    );

    create table name_change_acts (
      id bigint generated always as identity primary key,
      iin char(12) not null,
      previous_name text not null,
      new_name text not null,
      changed_on date not null
    );
    create index name_change_acts_iin on name_change_acts (iin, changed_on);

    create table dwellings (
      rka char(16) primary key check (rka ~ '^[0-9]{16}$'),
      city text not null,
      address text not null,
      -- Lower-cased by the application (addressSearchKey): lower() in SQL depends on the
      -- server's locale and leaves Kazakh letters alone under the C locale.
      address_key text not null,
      area numeric(9, 2) not null check (area > 0),
      state_rental boolean not null default false
    );
    create index dwellings_address_search on dwellings (city, address_key text_pattern_ops);
    create index dwellings_address_key on dwellings (address_key text_pattern_ops);

    create table dwelling_owners (
      rka char(16) not null references dwellings (rka),
      iin char(12) not null,
      share_num integer not null check (share_num > 0),
      share_den integer not null check (share_den >= share_num),
      primary key (rka, iin)
    );
    create index dwelling_owners_iin on dwelling_owners (iin);

    create table registrations (
      id bigint generated always as identity primary key,
      iin char(12) not null,
      rka char(16) not null,
      kind text not null check (kind in ('permanent', 'temporary')),
      valid_from date not null,
      valid_to date,
      check (valid_to is null or valid_to >= valid_from)
    );
    create index registrations_rka on registrations (rka, valid_from);
    create index registrations_iin on registrations (iin, valid_from);
    -- At most one open-ended permanent registration per person; closed ones are history.
    create unique index registrations_one_open_permanent on registrations (iin)
      where kind = 'permanent' and valid_to is null;

    create table enrolments (
      id bigint generated always as identity primary key,
      iin char(12) not null,
      institution text not null,
      city text not null,
      form text not null check (form in ('full-time', 'part-time', 'distance')),
      source text not null check (source in ('nobd', 'epvo')),
      valid_from date not null,
      valid_to date,
      check (valid_to is null or valid_to >= valid_from)
    );
    create index enrolments_iin on enrolments (iin, valid_from);

    create table guardianships (
      id bigint generated always as identity primary key,
      ward char(12) not null,
      guardian char(12) not null,
      valid_from date not null,
      valid_to date,
      check (ward <> guardian),
      check (valid_to is null or valid_to >= valid_from)
    );
    create index guardianships_ward on guardianships (ward);
    create index guardianships_guardian on guardianships (guardian);

    create table phone_bindings (
      phone text primary key check (phone ~ '^\\+7[0-9]{10}$'),
      iin char(12) not null unique,
      bound_at date not null
    );

    -- Bookkeeping of the synthetic-population generator: which chunks are committed, so an
    -- interrupted seed resumes where it stopped.
    create table seed_runs (
      id integer primary key check (id = 1),
      seed text not null,
      persons integer not null,
      chunk_size integer not null,
      chunks_total integer not null,
      chunks_done integer not null,
      generator_version integer not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table seed_runs, phone_bindings, guardianships, enrolments, registrations, dwelling_owners,
      dwellings, name_change_acts, death_acts, marriage_acts, birth_acts, incapacities, persons;
  `,
  );
}
