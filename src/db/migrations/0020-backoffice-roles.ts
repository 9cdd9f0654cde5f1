// Issue 17 item 6: the State Corporation's back-office staff (004 cl.4, cl.9: the archive
// employee, the executor, the technical inspector, management) log in like ЦОН operators — a
// person with a role at an office. Operators stay the one table of staff roles; its check now
// allows these four. The case engine names whose queue a case is in by the same words
// (cases.step_role), so a back-office login's role is the queue it works.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in ('reception', 'hall', 'supervisor', 'auditor', 'analyst',
                      'archive-employee', 'executor', 'technical-inspector', 'management'));
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    delete from operators where role in ('archive-employee', 'executor', 'technical-inspector', 'management');
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in ('reception', 'hall', 'supervisor', 'auditor', 'analyst'));
    `,
  );
}
