// What became of each outbox message at the SMS gateway (issue 13): the key the gateway drops
// repeats by (the same on every attempt, also after a crash between sending and committing, and
// unique across database restores, unlike the row id), the gateway's answer, its message id, and
// the code of the last failure — a code only, never the gateway's answer body or the phone.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table outbox add column message_key uuid not null default gen_random_uuid();
    alter table outbox add column delivery_status text
      check (delivery_status in ('accepted', 'delivered', 'failed'));
    alter table outbox add column gateway_message_id text;
    alter table outbox add column last_error_code text;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table outbox drop column last_error_code;
    alter table outbox drop column gateway_message_id;
    alter table outbox drop column delivery_status;
    alter table outbox drop column message_key;
    `,
  );
}
