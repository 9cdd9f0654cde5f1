// Answers a citizen gives on the pages before an application exists (one question per page).
// They are kept by person and flow, not by session, so a session that expires mid-flow loses
// nothing: after logging in again the person continues where they stopped (issue 6). The
// application id is chosen when the draft starts, so a second submit of the same draft finds
// the application the first one created instead of filing another.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table page_drafts (
      iin char(12) not null,
      flow text not null,
      application_id uuid not null,
      answers jsonb not null,
      updated_at timestamptz not null,
      primary key (iin, flow)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `drop table page_drafts;`);
}
