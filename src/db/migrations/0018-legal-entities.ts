// ГБД ЮЛ, the state database of legal entities (issue 19 item 2): one row per entity with its
// BIN, names, legal form, registration, liquidation, head and legal address. Like the other
// registries it has no foreign keys to them (docs/architecture.md): the head is a person of
// ГБД ФЛ and the address an object of the address register, both separate state systems.
// The access log may now name ГБД ЮЛ as the registry a lookup went to.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table legal_entities (
      bin char(12) primary key check (bin ~ '^[0-9]{12}$'),
      name_kk text not null check (length(name_kk) between 1 and 500),
      name_ru text not null check (length(name_ru) between 1 and 500),
      legal_form text not null check (legal_form in ('llp', 'jsc', 'production-cooperative',
        'public-association', 'foundation', 'state-enterprise')),
      registered_on date not null,
      liquidated_on date check (liquidated_on is null or liquidated_on >= registered_on),
      head_iin char(12) not null check (head_iin ~ '^[0-9]{12}$'),
      address text not null check (length(address) between 1 and 500),
      address_rka char(16) check (address_rka ~ '^[0-9]{16}$')
    );
    -- Who may act for a company without a power of attorney: the entities a person heads.
    create index legal_entities_head on legal_entities (head_iin);

    alter table personal_data_access drop constraint personal_data_access_registry_check;
    alter table personal_data_access add constraint personal_data_access_registry_check
      check (registry in ('gbd-fl', 'zags', 'egkn', 'address', 'registrations', 'nobd', 'guardianships', 'bmg',
        'gbd-ul'));
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table legal_entities;
    alter table personal_data_access drop constraint personal_data_access_registry_check;
    alter table personal_data_access add constraint personal_data_access_registry_check
      check (registry in ('gbd-fl', 'zags', 'egkn', 'address', 'registrations', 'nobd', 'guardianships', 'bmg'));
    `,
  );
}
