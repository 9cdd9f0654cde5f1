// Issue 18 (S7, S1): ЗАГС's record of restored civil-status acts, and КҚПД's wanted-persons
// database. The restorations are append-only like the access log (0005): a restored act is a
// legal fact with its basis, and a correction is a new record, never an edit.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table civil_act_restorations (
      id bigint generated always as identity primary key,
      act_type text not null check (act_type in ('birth', 'marriage')),
      act_id bigint not null,
      person char(12) not null,
      other_person char(12),
      act jsonb not null,
      basis text not null check (length(basis) between 1 and 500),
      case_reference text not null check (length(case_reference) between 1 and 100),
      restored_by char(12) not null,
      office text not null,
      restored_at timestamptz not null,
      restored_on date not null,
      check ((act_type = 'marriage') = (other_person is not null))
    );
    create index civil_act_restorations_person on civil_act_restorations (person);
    create index civil_act_restorations_other on civil_act_restorations (other_person) where other_person is not null;
    ${appendOnlyStatements('civil_act_restorations')}

    create table wanted_persons (
      id bigint generated always as identity primary key,
      iin char(12) not null,
      wanted_from date not null,
      wanted_to date,
      initiator text not null check (length(initiator) between 1 and 200),
      search_reference text not null check (length(search_reference) between 1 and 100),
      check (wanted_to is null or wanted_to >= wanted_from)
    );
    create index wanted_persons_iin on wanted_persons (iin, wanted_from);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table wanted_persons;
    drop table civil_act_restorations;
    drop function civil_act_restorations_append_only();
    `,
  );
}
