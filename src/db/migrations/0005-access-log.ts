// Issue 13: who looked at a person's data. One row per operator read of a person's data and per
// registry query made for an application, so the citizen can see it in the cabinet and an
// auditor can search it. Append-only at the database level: a trigger refuses UPDATE, DELETE
// and TRUNCATE, so not even the service's own database user can rewrite the record.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table personal_data_access (
      id bigserial primary key,
      at timestamptz not null,
      subject_iin char(12) not null,
      actor_kind text not null check (actor_kind in ('operator', 'system', 'citizen')),
      actor_iin char(12),
      actor_role text,
      office text,
      purpose text not null check (purpose in ('triage', 'hall-filing', 'decision-trace', 'application-read',
        'desk-certificate', 'registry-check', 'owner-consent', 'audit-search')),
      registry text check (registry in ('gbd-fl', 'zags', 'egkn', 'address', 'registrations', 'nobd',
        'guardianships', 'bmg')),
      application_id uuid,
      certificate_number text,
      check ((actor_kind = 'system') = (actor_iin is null))
    );
    -- The citizen's view: their entries, newest first.
    create index personal_data_access_subject on personal_data_access (subject_iin, at desc, id desc);
    -- The auditor's searches: by the operator, by the office, by the application.
    create index personal_data_access_actor on personal_data_access (actor_iin, at desc) where actor_iin is not null;
    create index personal_data_access_office on personal_data_access (office, at desc) where office is not null;
    create index personal_data_access_application on personal_data_access (application_id)
      where application_id is not null;
    create index personal_data_access_at on personal_data_access (at desc, id desc);
    ${appendOnlyStatements('personal_data_access')}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table personal_data_access;
    drop function personal_data_access_append_only();
    `,
  );
}
