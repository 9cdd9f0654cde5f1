// Address search that finds (issue 22): the address key becomes the folded search key of
// src/domain/address-search.ts (Cyrillic and Latin spellings, street-type words dropped, numbers
// split off) and is trigram-indexed (pg_trgm, GIN), replacing the prefix-only btree indexes.
// Existing rows are re-keyed here in batches; the loader writes the new key from now on.
import { type Kysely, sql } from 'kysely';
import { addressSearchKey } from '../../domain/address-search.ts';
import { runStatements } from './run-statements.ts';

const BATCH = 5000;

async function rekey(db: Kysely<unknown>, key: (address: string) => string): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (
      await sql<{ rka: string; address: string }>`
        select rka, address from dwellings where rka > ${after} order by rka limit ${BATCH}`.execute(db)
    ).rows;
    if (rows.length === 0) return;
    await sql`
      update dwellings d set address_key = v.key
      from unnest(${rows.map((r) => r.rka)}::text[], ${rows.map((r) => key(r.address))}::text[]) as v(rka, key)
      where d.rka = v.rka`.execute(db);
    after = rows.at(-1)!.rka;
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create extension if not exists pg_trgm;
    drop index if exists dwellings_address_search;
    drop index if exists dwellings_address_key;
    `,
  );
  await rekey(db, addressSearchKey);
  await runStatements(
    db,
    `
    create index dwellings_address_trgm on dwellings using gin (address_key gin_trgm_ops);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `drop index if exists dwellings_address_trgm;`);
  await rekey(db, (address) => address.trim().replace(/\s+/g, ' ').toLowerCase());
  await runStatements(
    db,
    `
    create index dwellings_address_search on dwellings (city, address_key text_pattern_ops);
    create index dwellings_address_key on dwellings (address_key text_pattern_ops);
    `,
  );
}
