// Address certificates handed out at a ЦОН desk (issue 13, C9 of docs/address-certificates.md):
// the identity document the person present showed (type and number) and the office, stored
// with the certificate; a guardian becomes a basis beside self, parent and spouse. A certificate
// obtained online has none of the three; one issued at a desk has all of them.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table address_certificates drop constraint address_certificates_basis_check;
    alter table address_certificates add constraint address_certificates_basis_check
      check (basis in ('self', 'parent', 'spouse', 'guardian'));
    alter table address_certificates
      add column desk_document_type text
        check (desk_document_type in ('id-card', 'passport', 'birth-certificate', 'residence-permit')),
      add column desk_document_number text,
      add column desk_office text;
    alter table address_certificates add constraint address_certificates_desk_identity check (
      (desk_document_type is null and desk_document_number is null and desk_office is null)
      or (desk_document_type is not null and desk_document_number is not null and desk_office is not null)
    );
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table address_certificates drop constraint address_certificates_desk_identity;
    alter table address_certificates
      drop column desk_document_type,
      drop column desk_document_number,
      drop column desk_office;
    alter table address_certificates drop constraint address_certificates_basis_check;
    alter table address_certificates add constraint address_certificates_basis_check
      check (basis in ('self', 'parent', 'spouse'));
    `,
  );
}
