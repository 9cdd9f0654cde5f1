import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { numbersForHouseAndFlat } from '../../domain/address-parts.ts';
import { parseAddressQuery, WORD_SIMILARITY } from '../../domain/address-search.ts';
import type { AddressEntry, AddressRegistry, HouseEntry, StreetEntry } from '../ports.ts';

/** Largest house or flat number a column holds; a longer number matches nothing. */
const MAX_NUMBER = 2_147_483_647;

/**
 * Address register over the streets table (migration 0013). A search finds the streets first —
 * every query word the start of a word of the street's key (place and street) or, from three
 * letters, with trigram similarity ≥ 0.5 (src/domain/address-search.ts) — then, per street, the
 * houses and flats its numbers name by btree (street_id, house, flat), at most `limit` per street,
 * and keeps the first `limit` in address order. The dwellings' words are their street's, so this
 * is the same rule the in-memory registry applies to each address.
 */
export class SqlAddressRegistry implements AddressRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async search(query: { city?: string; text: string; limit: number }): Promise<AddressEntry[]> {
    const parsed = parseAddressQuery(query.text);
    if (!parsed) return [];
    let streets = this.db.selectFrom('streets').select(['id', 'search_key']);
    for (const word of parsed.words) {
      // word_similarity is a cheap first sieve that every match of the rule passes (a word's start
      // shares all but its last trigram with the key); the rule itself follows.
      if (word.length >= 2)
        streets = streets.where(sql<boolean>`word_similarity(${word}, search_key) >= ${WORD_SIMILARITY}`);
      const similar = word.length >= 3 ? sql`or similarity(${word}, k.w) >= ${WORD_SIMILARITY}` : sql``;
      streets = streets.where(
        sql<boolean>`exists (select 1 from unnest(string_to_array(search_key, ' ')) as k(w)
          where k.w !~ '^[0-9]' and (starts_with(k.w, ${word}) ${similar}))`,
      );
    }
    if (query.city) streets = streets.where('city', '=', query.city);
    // Streets whose own numbers leave the same numbers for house and flat are asked together.
    const groups = new Map<string, { left: number[]; ids: number[] }>();
    for (const street of await streets.execute()) {
      const left = numbersForHouseAndFlat(parsed.numbers, street.search_key)?.map(Number);
      if (!left || left.some((n) => n > MAX_NUMBER)) continue;
      const key = left.join(' ');
      const group = groups.get(key) ?? { left, ids: [] };
      group.ids.push(street.id);
      groups.set(key, group);
    }
    if (groups.size === 0) return [];
    const perStreet = (ids: number[], where: RawBuilder<boolean>) => sql`
      select d.rka, d.city, d.address, s.address_prefix, d.house, d.flat
      from streets s cross join lateral (
        select rka, city, address, house, flat from dwellings
        where street_id = s.id and ${where}
        order by house nulls first, flat nulls first, rka limit ${query.limit}) d
      where s.id = any(${ids}::bigint[])`;
    const parts = [...groups.values()].flatMap(({ left: [first, second], ids }) =>
      first === undefined
        ? [perStreet(ids, sql<boolean>`true`)]
        : second !== undefined
          ? [perStreet(ids, sql<boolean>`house = ${first} and flat = ${second}`)]
          : // One number: the house, or a flat (of any house); two index ranges rather than one OR.
            [
              perStreet(ids, sql<boolean>`house = ${first}`),
              perStreet(ids, sql<boolean>`flat = ${first} and house is distinct from ${first}`),
            ],
    );
    // Code-point order (collate "C"), the same on every server locale and in memory.
    const found = await sql<AddressEntry>`
      select rka, city, address from (${sql.join(parts, sql` union all `)}) r
      order by address_prefix collate "C", house nulls first, flat nulls first, rka
      limit ${query.limit}`.execute(this.db);
    return found.rows;
  }

  async cities(): Promise<{ city: string; place: string }[]> {
    const rows = await sql<{ city: string; place: string }>`
      select city, coalesce(min(nullif(place, '') collate "C"), '') as place
      from streets group by city order by city`.execute(this.db);
    return rows.rows;
  }

  async streets(city: string): Promise<StreetEntry[]> {
    return this.db
      .selectFrom('streets')
      .select(['id', 'city', 'place', 'name'])
      .where('city', '=', city)
      .orderBy(sql`address_prefix collate "C"`)
      .execute();
  }

  async street(id: number): Promise<StreetEntry | null> {
    return (
      (await this.db
        .selectFrom('streets')
        .select(['id', 'city', 'place', 'name'])
        .where('id', '=', id)
        .executeTakeFirst()) ?? null
    );
  }

  async houses(street: number): Promise<HouseEntry[]> {
    const rows = await this.db
      .selectFrom('dwellings')
      .select(['house', sql<number>`count(*)::int`.as('dwellings')])
      .where('street_id', '=', street)
      .groupBy('house')
      .orderBy(sql`house nulls first`)
      .execute();
    return rows;
  }

  async dwellingsAt(street: number, house: number | null): Promise<AddressEntry[]> {
    return this.db
      .selectFrom('dwellings')
      .select(['rka', 'city', 'address'])
      .where('street_id', '=', street)
      .where((eb) => (house === null ? eb('house', 'is', null) : eb('house', '=', house)))
      .orderBy(sql`flat nulls first`)
      .orderBy('rka')
      .execute();
  }
}
