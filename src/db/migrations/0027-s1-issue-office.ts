// 003 ¶B5 (S1): a passport or identity card may be filed at any ЦОН, but when an extra check or a
// decision is needed it is issued only at the registered address. The staged intake keeps the
// employee's coded choice and the issuing ЦОН until the e-formular naming them is signed (the
// case then carries the issue office in its facts, the file the signed formular).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table identity_document_intakes add column extra_check text
      check (extra_check in ('identity-check', 'data-discrepancy', 'decision-needed'));
    alter table identity_document_intakes add column issue_office text;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table identity_document_intakes drop column issue_office;
    alter table identity_document_intakes drop column extra_check;
    `,
  );
}
