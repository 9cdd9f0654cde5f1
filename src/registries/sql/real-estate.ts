import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Dwelling } from '../../domain/registry-facts.ts';
import type { RealEstateRegistry } from '../ports.ts';

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
