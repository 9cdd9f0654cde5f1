import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { numbersForHouseAndFlat } from '../../domain/address-parts.ts';
import { parseAddressQuery, wordFound } from '../../domain/address-search.ts';
import type { AddressEntry, AddressRegistry, HouseEntry, StreetEntry } from '../ports.ts';

interface IndexedStreet {
  id: number;
  city: string;
  search_key: string;
  /** The letter words of the key: the words every address on the street is searched by. */
  words: string[];
}

/** How long the process's copy of the streets is used without counting them again. */
const INDEX_FRESH_MS = 5000;

/** Largest house or flat number a column holds; a longer number matches nothing. */
const MAX_NUMBER = 2_147_483_647;

/**
 * Address register over the streets table (migration 0013). A search finds the streets first —
 * every query word the start of a word of the street's key (place and street) or, from three
 * letters, with trigram similarity ≥ 0.5 (wordFound of src/domain/address-search.ts, over the
 * process's copy of the streets) — then, per street, the
 * houses and flats its numbers name by btree (street_id, house, flat), at most `limit` per street,
 * and keeps the first `limit` in address order. The dwellings' words are their street's, so this
 * is the same rule the in-memory registry applies to each address.
 */
export class SqlAddressRegistry implements AddressRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  /**
   * Every street's city and words, kept by the process: a few thousand rows nationally, which the
   * rule checks in microseconds here but in tens of milliseconds as SQL (trigram functions per row,
   * measured at 1M persons, docs/benchmarks.md). Streets are only ever added (by the loader), so
   * their count tells whether the copy is current.
   */
  private index: { checked: number; count: number; streets: IndexedStreet[] } | undefined;

  private async streetIndex(): Promise<IndexedStreet[]> {
    // Within a few seconds of the last check the copy is used as it is: a street added by a load
    // meanwhile is found after at most INDEX_FRESH_MS (as sessions are cached, architecture.md).
    if (this.index && performance.now() - this.index.checked < INDEX_FRESH_MS) return this.index.streets;
    const { count } = await this.db
      .selectFrom('streets')
      .select(sql<number>`count(*)::int`.as('count'))
      .executeTakeFirstOrThrow();
    if (this.index?.count !== count) {
      const rows = await this.db.selectFrom('streets').select(['id', 'city', 'search_key']).execute();
      this.index = {
        checked: 0,
        count: rows.length,
        streets: rows.map((r) => ({ ...r, words: r.search_key.split(' ').filter((w) => !/^[0-9]/.test(w)) })),
      };
    }
    this.index.checked = performance.now();
    return this.index.streets;
  }

  async search(query: { city?: string; text: string; limit: number }): Promise<AddressEntry[]> {
    const parsed = parseAddressQuery(query.text);
    if (!parsed) return [];
    // Streets share their words ("abai", "astana"): each query word meets each street word once.
    const memo = new Map<string, boolean>();
    const found = (word: string, words: readonly string[]) =>
      words.some((w) => {
        const key = `${word} ${w}`;
        let hit = memo.get(key);
        if (hit === undefined) memo.set(key, (hit = wordFound(word, [w])));
        return hit;
      });
    const streets = (await this.streetIndex()).filter(
      (street) => (!query.city || street.city === query.city) && parsed.words.every((w) => found(w, street.words)),
    );
    // Streets whose own numbers leave the same numbers for house and flat are asked together.
    const groups = new Map<string, { left: number[]; ids: number[] }>();
    for (const street of streets) {
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
    const result = await sql<AddressEntry>`
      select rka, city, address from (${sql.join(parts, sql` union all `)}) r
      order by address_prefix collate "C", house nulls first, flat nulls first, rka
      limit ${query.limit}`.execute(this.db);
    return result.rows;
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
