// The e-service's own tables: applications and their lifecycle, consents, signatures, the
// audit trail, the outbox, notifications, authentication and idempotency. Unlike the registry
// tables these belong to one system, so they reference each other.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create sequence application_numbers;

    create table applications (
      id uuid primary key,
      number text not null unique,
      service text not null,
      state text not null,
      channel text not null check (channel in ('online', 'hall')),
      office text,
      applicant char(12) not null,
      -- Who filed it: the applicant online, an operator (by IIN) in the hall.
      filed_by char(12) not null,
      rka char(16),
      owner char(12),
      representative char(12),
      registration_id bigint,
      payload jsonb not null,
      coupon jsonb,
      decision jsonb,
      outcome text,
      reason text,
      application_date date not null,
      consent_due timestamptz,
      retry_at timestamptz,
      attempts integer not null default 0,
      version integer not null default 1,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index applications_applicant on applications (applicant, created_at desc);
    create index applications_rka on applications (rka) where rka is not null;
    create index applications_due_checks on applications (retry_at) where state = 'checks';
    create index applications_due_consent on applications (consent_due) where state = 'consent-pending';
    create index applications_office_state on applications (office, state, created_at);

    create table consents (
      application_id uuid not null references applications (id),
      owner char(12) not null,
      -- The person who answers: the owner, or the legal representative of a minor or
      -- incapable owner (I4).
      answerer char(12) not null,
      state text not null check (state in ('pending', 'given', 'declined', 'expired', 'withdrawn')),
      answered_at timestamptz,
      signature_id uuid,
      primary key (application_id, owner)
    );
    create index consents_answerer on consents (answerer, state);

    create table signatures (
      id uuid primary key,
      application_id uuid not null references applications (id),
      signer char(12) not null,
      role text not null check (role in ('applicant', 'owner', 'representative')),
      method text not null check (method in ('cms', 'otp', 'hall')),
      payload_sha256 text not null,
      cms text,
      certificate_serial text,
      signed_at timestamptz not null
    );
    create index signatures_application on signatures (application_id);

    create table audit_events (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      actor_kind text not null check (actor_kind in ('citizen', 'operator', 'system')),
      actor char(12),
      action text not null,
      application_id uuid references applications (id),
      from_state text,
      to_state text,
      details jsonb not null default '{}'
    );
    create index audit_events_application on audit_events (application_id, id);

    create table outbox (
      id bigint generated always as identity primary key,
      channel text not null check (channel in ('sms', 'cabinet')),
      recipient char(12) not null,
      template text not null,
      params jsonb not null default '{}',
      created_at timestamptz not null,
      sent_at timestamptz,
      attempts integer not null default 0,
      last_error text
    );
    create index outbox_unsent on outbox (id) where sent_at is null;

    create table notifications (
      id bigint generated always as identity primary key,
      recipient char(12) not null,
      template text not null,
      params jsonb not null default '{}',
      application_id uuid,
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index notifications_recipient on notifications (recipient, id desc);

    create table otp_challenges (
      id uuid primary key,
      iin char(12) not null,
      phone text not null,
      purpose text not null,
      code_hash text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      attempts integer not null default 0,
      consumed_at timestamptz
    );
    create index otp_challenges_iin on otp_challenges (iin, created_at);
    create index otp_challenges_phone on otp_challenges (phone, created_at);

    create table auth_challenges (
      id uuid primary key,
      nonce text not null,
      expires_at timestamptz not null,
      consumed_at timestamptz
    );

    create table sessions (
      token_sha256 text primary key,
      iin char(12) not null,
      method text not null check (method in ('cms', 'otp')),
      created_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_iin on sessions (iin);

    -- ЦОН staff: an operator is a person (IIN, logs in like anyone) with a role at an office.
    create table operators (
      iin char(12) primary key,
      role text not null check (role in ('reception', 'hall', 'supervisor', 'auditor')),
      office text not null
    );

    create table idempotency_keys (
      subject text not null,
      key text not null,
      request_sha256 text not null,
      status integer,
      body jsonb,
      created_at timestamptz not null,
      primary key (subject, key)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table idempotency_keys, operators, sessions, auth_challenges, otp_challenges, notifications,
      outbox, audit_events, signatures, consents, applications;
    drop sequence application_numbers;
    `,
  );
}
