// pilot.md §0, issue 22 item 4: a ruleset's period extended, or the ruleset replaced, by a named
// legal act, recorded by an administrator as effective-dated data. Append-only like the access
// log (0005): a correction is a new record, so a stored decision's citation never changes under it.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table ruleset_successions (
      id bigserial primary key,
      ruleset text not null,
      valid_to date,
      replaced_by text,
      act_reference text not null check (length(act_reference) between 1 and 500),
      act_date date not null,
      recorded_at timestamptz not null,
      recorded_on date not null,
      check ((valid_to is null) <> (replaced_by is null))
    );
    create index ruleset_successions_ruleset on ruleset_successions (ruleset, recorded_at);
    ${appendOnlyStatements('ruleset_successions')}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table ruleset_successions;
    drop function ruleset_successions_append_only();
    `,
  );
}
