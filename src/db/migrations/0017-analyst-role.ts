// Issue 21: the analyst role (akimat, maslikhat) — staff who see the norm simulator's aggregates
// and no personal data. Operators are the one table of staff roles; its check now allows it.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in ('reception', 'hall', 'supervisor', 'auditor', 'analyst'));
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    delete from operators where role = 'analyst';
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in ('reception', 'hall', 'supervisor', 'auditor'));
    `,
  );
}
