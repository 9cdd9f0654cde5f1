// ЕГКН's writes on PostgreSQL, inside the caller's transaction (004 cl.4: S9a enters a new
// object): the object's street in the address register (as the loader writes it, 0013), the
// object with its area and the right holders. From then on the registration rules read its area
// like any other dwelling's (P4.1, the Astana norm N1).
import type { Transaction } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { addressInRussian } from '../../domain/address-rendering.ts';
import { addressParts, streetId, streetSearchKey, streetText } from '../../domain/address-parts.ts';
import { addressSearchKey } from '../../domain/address-search.ts';
import type { Dwelling } from '../../domain/registry-facts.ts';
import type { CadastreWrites } from '../ports.ts';

export function sqlCadastreWrites(tx: Transaction<Schema>): CadastreWrites {
  return {
    async hasObject(rka: string): Promise<boolean> {
      const row = await tx.selectFrom('dwellings').select('rka').where('rka', '=', rka).executeTakeFirst();
      return row !== undefined;
    },
    async recordObject(object: Dwelling): Promise<boolean> {
      const parts = addressParts(object.address);
      const street = streetId(object.city, parts);
      await tx
        .insertInto('streets')
        .values({
          id: street,
          city: object.city,
          place: parts.place,
          name: parts.street,
          name_ru: addressInRussian(parts.street),
          address_prefix: streetText(parts),
          search_key: streetSearchKey(parts),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const inserted = await tx
        .insertInto('dwellings')
        .values({
          rka: object.rka,
          city: object.city,
          address: object.address,
          address_key: addressSearchKey(object.address),
          area: object.area,
          state_rental: object.stateRental,
          street_id: street,
          house: parts.house,
          flat: parts.flat,
        })
        .onConflict((oc) => oc.column('rka').doNothing())
        .returning('rka')
        .executeTakeFirst();
      if (!inserted) return false;
      await tx
        .insertInto('dwelling_owners')
        .values(
          object.owners.map((o) => {
            const [num, den] = o.share.split('/').map(Number);
            return { rka: object.rka, iin: o.iin, share_num: num!, share_den: den! };
          }),
        )
        .execute();
      return true;
    },
  };
}
