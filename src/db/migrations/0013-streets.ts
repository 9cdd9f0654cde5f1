// Streets of the address register (issue 22, finding 2): the step-by-step picker (city → street →
// house → flat) lists them, and the address search finds streets first (a small table) and then
// houses and flats by btree, instead of trigram-scanning every dwelling. Each dwelling points to
// its street and carries its house and flat numbers (src/domain/address-parts.ts). Existing
// dwellings are split here in batches; the loader (src/db/registry-loader.ts) writes streets with
// the dwellings from now on, and street_id is required, so no address exists without its street.
import { type Kysely, sql } from 'kysely';
import { streetRow } from '../street-rows.ts';
import { runStatements } from './run-statements.ts';

const BATCH = 5000;

async function splitAddresses(db: Kysely<unknown>): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (
      await sql<{ rka: string; city: string; address: string }>`
        select rka, city, address from dwellings where rka > ${after} order by rka limit ${BATCH}`.execute(db)
    ).rows;
    if (rows.length === 0) return;
    const split = rows.map((r) => streetRow(r.city, r.address));
    const streets = [...new Map(split.map((s) => [s.id, s])).values()].sort((a, b) => a.id - b.id);
    await sql`
      insert into streets (id, city, place, name, name_ru, address_prefix, search_key)
      select * from unnest(${streets.map((s) => s.id)}::bigint[], ${streets.map((s) => s.city)}::text[],
        ${streets.map((s) => s.place)}::text[], ${streets.map((s) => s.name)}::text[],
        ${streets.map((s) => s.name_ru)}::text[], ${streets.map((s) => s.address_prefix)}::text[],
        ${streets.map((s) => s.search_key)}::text[])
      on conflict (id) do nothing`.execute(db);
    await sql`
      update dwellings d set street_id = v.street_id, house = v.house, flat = v.flat
      from unnest(${rows.map((r) => r.rka)}::text[], ${split.map((s) => s.id)}::bigint[],
        ${split.map((s) => s.house)}::int[], ${split.map((s) => s.flat)}::int[]) as v(rka, street_id, house, flat)
      where d.rka = v.rka`.execute(db);
    after = rows.at(-1)!.rka;
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table streets (
      -- streetId(city, place, name): known to the loader without asking the database.
      id bigint primary key,
      city text not null,
      -- As registered, in Kazakh: the place before the street ("Астана қ.") and the street.
      place text not null,
      name text not null,
      name_ru text not null,
      -- place, name: how every address on the street begins; the order of addresses.
      address_prefix text not null,
      -- addressSearchKey(address_prefix): the letter words every address on it is searched by.
      search_key text not null,
      unique (city, place, name)
    );
    create index streets_city_name on streets (city, name);
    alter table dwellings add column street_id bigint references streets (id),
      add column house integer check (house >= 0), add column flat integer check (flat >= 0);
    `,
  );
  await splitAddresses(db);
  await runStatements(
    db,
    `
    alter table dwellings alter column street_id set not null;
    create index dwellings_street_house on dwellings (street_id, house nulls first, flat nulls first, rka);
    create index dwellings_street_flat on dwellings (street_id, flat);
    drop index if exists dwellings_address_trgm;
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table dwellings drop column street_id, drop column house, drop column flat;
    drop table streets;
    create index dwellings_address_trgm on dwellings using gin (address_key gin_trgm_ops);
    `,
  );
}
