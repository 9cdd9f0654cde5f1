// Issue 17 item 2: cases of the public services run by the engine (src/domain/cases/). One row
// per case with its state, current step and due dates, guarded by `version` (optimistic
// concurrency: two operators acting at once, one wins); and the case's events, append-only
// like the access log (0005), so the history of a case cannot be rewritten. Staff reads of a
// case are logged to the access log with the purpose `case-read` and the case's id.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table cases (
      id uuid primary key,
      number bigint generated always as identity unique,
      service text not null,
      variant text not null,
      definition_version text not null,
      state text not null check (state in ('accepted', 'in-progress', 'refusal-intended', 'objection-received',
        'result-ready', 'issued', 'refused', 'withdrawn')),
      current_step text,
      step_role text,
      applicant_iin char(12) not null,
      office text not null,
      channel text not null check (channel in ('portal', 'con')),
      filed_at timestamptz not null,
      filed_on date not null,
      accepted_on date not null,
      due_on date,
      step_due_on date,
      facts jsonb not null,
      procedure jsonb not null,
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check ((current_step is null) = (step_role is null)),
      check ((current_step is null) = (state in ('result-ready', 'issued', 'refused', 'withdrawn')))
    );
    -- A role's queue at an office, by the step's due date (then the service's).
    create index cases_queue on cases (office, step_role, step_due_on, due_on, id) where step_role is not null;
    -- The applicant's cases, newest first (the cabinet).
    create index cases_applicant on cases (applicant_iin, created_at desc);

    create table case_events (
      id bigint generated always as identity primary key,
      case_id uuid not null references cases (id),
      seq integer not null,
      at timestamptz not null,
      event text not null,
      actor_kind text not null check (actor_kind in ('staff', 'applicant', 'system')),
      actor_iin char(12),
      actor_role text,
      office text,
      from_state text,
      to_state text not null,
      step text,
      details jsonb not null,
      unique (case_id, seq),
      check ((actor_kind = 'system') = (actor_iin is null))
    );
    ${appendOnlyStatements('case_events')}

    alter table personal_data_access add column case_id uuid;
    alter table personal_data_access drop constraint personal_data_access_purpose_check;
    alter table personal_data_access add constraint personal_data_access_purpose_check check (purpose in
      ('triage', 'hall-filing', 'decision-trace', 'application-read', 'desk-certificate', 'registry-check',
       'owner-consent', 'audit-search', 'case-read'));
    create index personal_data_access_case on personal_data_access (case_id) where case_id is not null;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index personal_data_access_case;
    alter table personal_data_access drop constraint personal_data_access_purpose_check;
    alter table personal_data_access add constraint personal_data_access_purpose_check check (purpose in
      ('triage', 'hall-filing', 'decision-trace', 'application-read', 'desk-certificate', 'registry-check',
       'owner-consent', 'audit-search'));
    alter table personal_data_access drop column case_id;
    drop table case_events;
    drop function case_events_append_only();
    drop table cases;
    `,
  );
}
