// Issue 18 item 4 (S7, 003 ¶B2): the ЗАГС employee who restores a civil-status act on an S7 case
// logs in like the back-office staff — a person with a role at an office — and works the
// `restore` step's queue (cases.step_role 'civil-registrar'). Operators stay the one table of staff
// roles; its check now allows this one too.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in ('reception', 'hall', 'supervisor', 'auditor', 'analyst',
                      'archive-employee', 'executor', 'technical-inspector', 'management',
                      'civil-registrar'));
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    delete from operators where role = 'civil-registrar';
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in ('reception', 'hall', 'supervisor', 'auditor', 'analyst',
                      'archive-employee', 'executor', 'technical-inspector', 'management'));
    `,
  );
}
