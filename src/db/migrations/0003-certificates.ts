// Address certificates (docs/address-certificates.md): what was issued, to whom, on what ground,
// and the seal that signed it. The content is the signed object itself; seal certificates are
// kept for as long as certificates they signed can be verified, across key changes.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table seal_certificates (
      serial text primary key,
      pem text not null
    );

    create table address_certificates (
      number text primary key,
      kind text not null check (kind in ('current', 'history')),
      requester char(12) not null,
      subject char(12) not null,
      basis text not null check (basis in ('self', 'parent', 'spouse')),
      content jsonb not null,
      signature text not null,
      seal_serial text not null references seal_certificates (serial),
      -- The entitlement decision with its trace (C1–C5), for auditors.
      entitlement jsonb not null,
      issued_at timestamptz not null
    );
    create index address_certificates_requester on address_certificates (requester, issued_at desc);

    alter table audit_events add column certificate_number text references address_certificates (number);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table audit_events drop column certificate_number;
    drop table address_certificates;
    drop table seal_certificates;
    `,
  );
}
