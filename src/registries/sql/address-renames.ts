// 004 cl.7 on PostgreSQL, inside the caller's transaction: a renamed street or a renumbered
// building in the address register (streets, migration 0013) and in ЕГКН's objects (dwellings:
// the address, its search key, the street and house). A street's id is computed from its city and
// text (streetId), as the loader computes it, so a renamed street is a new row its objects move to;
// the old row, left without objects, is removed so the picker and the search no longer offer it.
import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { addressParts, streetId, streetSearchKey, streetText } from '../../domain/address-parts.ts';
import { addressInRussian } from '../../domain/address-rendering.ts';
import { addressSearchKey } from '../../domain/address-search.ts';
import { renameStreetIn, renumberIn, sameName } from '../../domain/renaming.ts';
import type { AddressRenames, ChangedAddress, RegisterStreet } from '../ports.ts';

export function sqlAddressRenames(tx: Transaction<Schema>): AddressRenames {
  /** The objects of a street (or one of its houses), locked until the transaction ends. */
  const objectsOf = (street: number, house?: number) => {
    let query = tx.selectFrom('dwellings').select(['rka', 'address']).where('street_id', '=', street);
    if (house !== undefined) query = query.where('house', '=', house);
    return query.orderBy('rka').forUpdate().execute();
  };

  const moveAddresses = async (changed: readonly ChangedAddress[], street: number, house?: number) => {
    if (changed.length === 0) return;
    const rkas = changed.map((c) => c.rka);
    const addresses = changed.map((c) => c.newAddress);
    const keys = addresses.map(addressSearchKey);
    await sql`
      update dwellings d set address = v.address, address_key = v.key, street_id = ${street},
        house = coalesce(${house ?? null}::int, d.house)
      from unnest(${rkas}::text[], ${addresses}::text[], ${keys}::text[]) as v(rka, address, key)
      where d.rka = v.rka`.execute(tx);
  };

  return {
    async streetsNamed(city: string, name: string): Promise<RegisterStreet[] | null> {
      // A city's streets are a few thousand at most (streets_city_name serves the city).
      const streets = await tx
        .selectFrom('streets')
        .select(['id', 'city', 'place', 'name'])
        .where('city', '=', city)
        .execute();
      if (streets.length === 0) return null;
      return streets.filter((s) => sameName(s.name, name)).map((s) => ({ ...s, id: Number(s.id) }));
    },

    async renameStreet(street: RegisterStreet, newName: string): Promise<ChangedAddress[] | 'exists'> {
      const parts = { place: street.place, street: newName };
      const id = streetId(street.city, parts);
      const taken = await tx
        .selectFrom('streets')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('id', '=', id),
            eb.and([eb('city', '=', street.city), eb('place', '=', street.place), eb('name', '=', newName)]),
          ]),
        )
        .executeTakeFirst();
      if (taken) return 'exists';
      await tx
        .insertInto('streets')
        .values({
          id,
          city: street.city,
          place: street.place,
          name: newName,
          name_ru: addressInRussian(newName),
          address_prefix: streetText(parts),
          search_key: streetSearchKey(parts),
        })
        .execute();
      const oldPrefix = streetText({ place: street.place, street: street.name });
      const newPrefix = streetText(parts);
      const changed = (await objectsOf(street.id)).map((o) => ({
        rka: o.rka,
        oldAddress: o.address,
        newAddress: renameStreetIn(o.address, oldPrefix, newPrefix),
      }));
      await moveAddresses(changed, id);
      await tx.deleteFrom('streets').where('id', '=', street.id).execute();
      return changed;
    },

    async renumberBuilding(
      street: RegisterStreet,
      from: number,
      to: number,
    ): Promise<ChangedAddress[] | 'unknown' | 'exists'> {
      const taken = await tx
        .selectFrom('dwellings')
        .select('rka')
        .where('street_id', '=', street.id)
        .where('house', '=', to)
        .executeTakeFirst();
      if (taken) return 'exists';
      const objects = (await objectsOf(street.id, from)).filter((o) => addressParts(o.address).house === from);
      if (objects.length === 0) return 'unknown';
      const changed = objects.map((o) => ({
        rka: o.rka,
        oldAddress: o.address,
        newAddress: renumberIn(o.address, from, to),
      }));
      await moveAddresses(changed, street.id, to);
      return changed;
    },
  };
}
