import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { numbersPattern, parseAddressQuery, WORD_SIMILARITY } from '../../domain/address-search.ts';
import type { Dwelling } from '../../domain/registry-facts.ts';
import type { AddressEntry, AddressRegistry, RealEstateRegistry } from '../ports.ts';

/** ЕГКН: dwellings with their owners and shares. */
export class SqlRealEstateRegistry implements RealEstateRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async dwelling(rka: string): Promise<Dwelling | null> {
    return (await this.load([rka]))[0] ?? null;
  }

  async dwellingsOwnedBy(iin: string): Promise<Dwelling[]> {
    const rkas = await this.db.selectFrom('dwelling_owners').select('rka').where('iin', '=', iin).execute();
    return this.load(rkas.map((r) => r.rka));
  }

  // One statement for the dwellings and their owners (a dwelling without owners comes once, with
  // nulls), rather than one per table: the decision path reads a dwelling on every submission.
  private async load(rkas: string[]): Promise<Dwelling[]> {
    if (rkas.length === 0) return [];
    const rows = await this.db
      .selectFrom('dwellings as d')
      .leftJoin('dwelling_owners as o', 'o.rka', 'd.rka')
      .selectAll('d')
      .select(['o.iin as owner', 'o.share_num', 'o.share_den'])
      .where('d.rka', 'in', rkas)
      .orderBy('d.rka')
      .orderBy('o.iin')
      .execute();
    const dwellings: Dwelling[] = [];
    for (const row of rows) {
      let d = dwellings.at(-1);
      if (d?.rka !== row.rka) {
        d = {
          rka: row.rka,
          city: row.city,
          address: row.address,
          area: Number(row.area),
          stateRental: row.state_rental,
          owners: [],
        };
        dwellings.push(d);
      }
      if (row.owner !== null) d.owners.push({ iin: row.owner, share: `${row.share_num}/${row.share_den}` });
    }
    return dwellings;
  }
}

/**
 * Address register: tolerant search (src/domain/address-search.ts). Each query word of two letters
 * or more narrows through the trigram index (`word <% address_key`, pg_trgm's word similarity ≥
 * the rule's threshold, which every match of the rule reaches); the rule itself — every word found
 * as the start of a key word or, from three letters, with trigram similarity ≥ 0.5, and the
 * numbers in order — is then checked exactly as the in-memory registry checks it.
 */
export class SqlAddressRegistry implements AddressRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async search(query: { city?: string; text: string; limit: number }): Promise<AddressEntry[]> {
    const parsed = parseAddressQuery(query.text);
    if (!parsed) return [];
    // The index answers `word <% address_key` by pg_trgm's word similarity against its threshold
    // setting; set for this transaction only, to the rule's own, so no match of the rule is lost.
    return this.db.transaction().execute(async (trx) => {
      await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`.execute(trx);
      let q = trx.selectFrom('dwellings').select(['rka', 'city', 'address']);
      for (const word of parsed.words) {
        if (word.length >= 2) q = q.where(sql<boolean>`${word} <% address_key`);
        const similar = word.length >= 3 ? sql`or similarity(${word}, k.w) >= ${WORD_SIMILARITY}` : sql``;
        q = q.where(
          sql<boolean>`exists (select 1 from unnest(string_to_array(address_key, ' ')) as k(w)
            where k.w !~ '^[0-9]' and (starts_with(k.w, ${word}) ${similar}))`,
        );
      }
      const numbers = numbersPattern(parsed.numbers);
      if (numbers) q = q.where(sql<boolean>`address_key ~ ${numbers}`);
      if (query.city) q = q.where('city', '=', query.city);
      // Code-point order (collate "C"), the same on every server locale and in memory.
      return q
        .orderBy(sql`address collate "C"`)
        .orderBy('rka')
        .limit(query.limit)
        .execute();
    });
  }
}
