import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { addressSearchKey, type Dwelling } from '../../domain/registry-facts.ts';
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

  private async load(rkas: string[]): Promise<Dwelling[]> {
    if (rkas.length === 0) return [];
    const [dwellings, owners] = await Promise.all([
      this.db.selectFrom('dwellings').selectAll().where('rka', 'in', rkas).orderBy('rka').execute(),
      this.db.selectFrom('dwelling_owners').selectAll().where('rka', 'in', rkas).orderBy('iin').execute(),
    ]);
    return dwellings.map((d) => ({
      rka: d.rka,
      city: d.city,
      address: d.address,
      area: Number(d.area),
      stateRental: d.state_rental,
      owners: owners
        .filter((o) => o.rka === d.rka)
        .map((o) => ({ iin: o.iin, share: `${o.share_num}/${o.share_den}` })),
    }));
  }
}

/** Address register: prefix search on the address within a city (index dwellings_address_search). */
export class SqlAddressRegistry implements AddressRegistry {
  private readonly db: Kysely<Schema>;

  constructor(db: Kysely<Schema>) {
    this.db = db;
  }

  async search(query: { city?: string; text: string; limit: number }): Promise<AddressEntry[]> {
    const prefix = addressSearchKey(query.text).replace(/[\\%_]/g, (c) => `\\${c}`);
    let q = this.db
      .selectFrom('dwellings')
      .select(['rka', 'city', 'address'])
      .where('address_key', 'like', `${prefix}%`);
    if (query.city) q = q.where('city', '=', query.city);
    // Code-point order (collate "C"), the same on every server locale and in memory.
    return q
      .orderBy(sql`address collate "C"`)
      .orderBy('rka')
      .limit(query.limit)
      .execute();
  }
}
