// Issue 17 item 5: the e-copies an applicant uploads for a case (004 L1 r.8), kept in the
// database with their sha256, and the inventory file of each cadastral object (004 cl.4: the
// materials "filed chronologically in one inventory file (Annex 8), never destroyed").
// A document is uploaded under the id its case will have (the filing's id): until the case is
// filed the applicant may replace it; once an inventory entry names it, its foreign key keeps it.
// No document is ever rewritten (a trigger refuses UPDATE). The inventory files and their
// entries are append-only like the access log (0005): one file per object, entries only added.
import type { Kysely } from 'kysely';
import { appendOnlyStatements } from './append-only.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table case_documents (
      id uuid primary key,
      case_id uuid not null,
      owner_iin char(12) not null,
      origin text not null check (origin in ('applicant', 'provider')),
      service text not null,
      variant text not null,
      kind text not null check (length(kind) between 1 and 100),
      media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null,
      uploaded_at timestamptz not null,
      check (octet_length(content) = size_bytes)
    );
    create index case_documents_case on case_documents (case_id, uploaded_at);
    create function case_documents_no_update() returns trigger language plpgsql as $$
    begin raise exception 'case_documents are never rewritten: % refused', tg_op using errcode = '55000'; end
    $$;
    create trigger case_documents_no_update before update on case_documents
      for each row execute function case_documents_no_update();

    create table inventory_files (
      id uuid primary key,
      object_key text not null unique check (object_key ~ '^(rka:[0-9]{16}|address:.+)$' and length(object_key) <= 308),
      opened_at timestamptz not null
    );
    ${appendOnlyStatements('inventory_files')}

    create table inventory_entries (
      id bigint generated always as identity primary key,
      file_id uuid not null references inventory_files (id),
      seq integer not null check (seq >= 1),
      case_id uuid not null references cases (id),
      entry text not null check (entry in ('filing', 'document', 'result')),
      document_id uuid references case_documents (id),
      kind text not null,
      sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
      added_at timestamptz not null,
      unique (file_id, seq),
      check ((entry = 'filing') = (document_id is null))
    );
    create index inventory_entries_case on inventory_entries (case_id);
    ${appendOnlyStatements('inventory_entries')}
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table inventory_entries;
    drop function inventory_entries_append_only();
    drop table inventory_files;
    drop function inventory_files_append_only();
    drop table case_documents;
    drop function case_documents_no_update();
    `,
  );
}
