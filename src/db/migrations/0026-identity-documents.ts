// Issue 18 item 1, S1 passports and identity cards (002 R1, App1): the migration police units of
// the chain log in as staff (ҚАІІб at a ЦОН, the region's КҚПБ, the MVD's КҚПД and its production
// centre АӨО РМК); the ЦОН's intake file of a case (photo, e-formular signed with the employee's
// EDS, registration coupon; later the document number and the signed receipt of hand-over); the
// registers (batches) in which cases travel between the units; and the supervisors' alerts (a
// wanted-persons hit stops a case, App1 st.6); and S2's issue journal of temporary IDs (002 R2 App1).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// The roles as 0024 left them (ЗАГС's 'civil-registrar' included), which down() restores.
const ROLES_BEFORE = `'reception', 'hall', 'supervisor', 'auditor', 'analyst',
                      'archive-employee', 'executor', 'technical-inspector', 'management',
                      'civil-registrar'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check
      check (role in (${ROLES_BEFORE}, 'qaiib', 'kqpb', 'kqpd', 'aoo-rmk'));

    -- App1 st.2 in two moves at the counter: the photo and the data first (staged), then the
    -- employee signs the e-formular that names the photo's hash; the case opens at the signature.
    create table identity_document_intakes (
      case_id uuid primary key,
      operator_iin char(12) not null,
      office text not null,
      applicant_iin char(12) not null,
      document_kind text not null check (document_kind in ('passport', 'id-card')),
      reason text not null,
      urgency text not null check (urgency in ('u1', 'u2', 'u3', 'general')),
      filed_at text not null,
      photo bytea not null,
      photo_type text not null check (photo_type in ('image/jpeg', 'image/png')),
      photo_sha256 char(64) not null,
      created_at timestamptz not null
    );

    create table identity_document_files (
      case_id uuid primary key references cases (id),
      document_kind text not null check (document_kind in ('passport', 'id-card')),
      reason text not null,
      photo bytea not null,
      photo_type text not null check (photo_type in ('image/jpeg', 'image/png')),
      photo_sha256 char(64) not null,
      formular jsonb not null,
      formular_cms text not null,
      formular_signer char(12) not null,
      coupon text not null unique,
      document_number text unique,
      receipt jsonb,
      receipt_cms text,
      handed_over_at timestamptz,
      created_at timestamptz not null,
      check ((receipt is null) = (handed_over_at is null)),
      check ((receipt is null) = (receipt_cms is null))
    );

    create table case_registers (
      id uuid primary key,
      number bigint generated always as identity unique,
      service text not null,
      urgency text not null check (urgency in ('u1', 'u2', 'u3', 'general')),
      origin_office text not null,
      step text,
      holder_role text,
      holder_office text,
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      closed_at timestamptz,
      check ((step is null) = (closed_at is not null))
    );
    -- The registers a unit holds now (its incoming work).
    create index case_registers_holder on case_registers (holder_office, holder_role) where closed_at is null;

    create table case_register_items (
      register_id uuid not null references case_registers (id),
      case_id uuid not null references cases (id),
      added_at timestamptz not null,
      removed_at timestamptz,
      removed_reason text check (removed_reason in ('wanted')),
      primary key (register_id, case_id),
      check ((removed_at is null) = (removed_reason is null))
    );
    -- A case travels in one register.
    create unique index case_register_items_case on case_register_items (case_id);

    -- 002 R2 App1: the issue journal of temporary identity cards, kept by the ҚАІІб/КҚПб.
    create table temporary_id_journal (
      number bigint generated always as identity primary key,
      case_id uuid not null unique references cases (id),
      office text not null,
      applicant_iin char(12) not null,
      drawn_up_on date not null,
      drawn_up_by char(12) not null,
      position text not null,
      issued_at timestamptz,
      issued_by char(12),
      check ((issued_at is null) = (issued_by is null))
    );
    create index temporary_id_journal_office on temporary_id_journal (office, drawn_up_on);

    -- 002 R4 cl.4, App1: S4 at the ЦОН — the ground recorded at acceptance, then the departure
    -- sheet as the service seal signed it.
    create table departure_sheets (
      case_id uuid primary key references cases (id),
      person_iin char(12) not null,
      rka char(16) not null,
      ground text not null check (ground in ('abroad', 'imprisonment', 'court-decision')),
      reference text not null,
      sheet jsonb,
      signature text,
      issued_at timestamptz,
      check ((sheet is null) = (issued_at is null)),
      check ((sheet is null) = (signature is null))
    );

    create table case_alerts (
      id bigint generated always as identity primary key,
      case_id uuid not null references cases (id),
      office text not null,
      kind text not null check (kind in ('wanted-hit')),
      details jsonb not null,
      created_at timestamptz not null,
      acknowledged_at timestamptz
    );
    create index case_alerts_open on case_alerts (office, created_at) where acknowledged_at is null;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table case_alerts;
    drop table departure_sheets;
    drop table temporary_id_journal;
    drop table case_register_items;
    drop table case_registers;
    drop table identity_document_files;
    drop table identity_document_intakes;
    delete from operators where role in ('qaiib', 'kqpb', 'kqpd', 'aoo-rmk');
    alter table operators drop constraint operators_role_check;
    alter table operators add constraint operators_role_check check (role in (${ROLES_BEFORE}));
    `,
  );
}
