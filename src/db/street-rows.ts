// A dwelling's street as the streets table holds it (migration 0013): written by the migration
// for the dwellings already there and by the loader with every new one.
import { addressInRussian } from '../domain/address-rendering.ts';
import { addressParts, streetId, streetSearchKey, streetText } from '../domain/address-parts.ts';

export const STREET_COLUMNS = ['id', 'city', 'place', 'name', 'name_ru', 'address_prefix', 'search_key'] as const;

/** A street's row, as the migration and the loader write it. */
export function streetRow(city: string, address: string) {
  const parts = addressParts(address);
  return {
    id: streetId(city, parts),
    city,
    place: parts.place,
    name: parts.street,
    name_ru: addressInRussian(parts.street),
    address_prefix: streetText(parts),
    search_key: streetSearchKey(parts),
    house: parts.house,
    flat: parts.flat,
  };
}

/** A street's columns, without the house and flat of the one address it was read from. */
type StreetColumns = Omit<ReturnType<typeof streetRow>, 'house' | 'flat'>;

/** Streets remembered before the memory is cleared: bounded, whatever the size of the load. */
const MAX_STREETS = 50_000;

/**
 * streetRow for the many addresses of a bulk load: a street's columns (its id hash, Russian name
 * and search key) depend on its city and text only, and a town's dwellings share a few streets,
 * so they are computed once per street (issue 20: a tenth of the seeder's own time).
 */
export class StreetRows {
  private readonly streets = new Map<string, StreetColumns>();

  of(city: string, address: string): ReturnType<typeof streetRow> {
    const parts = addressParts(address);
    const key = `${city}\u0000${streetText(parts)}`;
    let street = this.streets.get(key);
    if (street === undefined) {
      if (this.streets.size >= MAX_STREETS) this.streets.clear();
      const row = streetRow(city, address);
      street = {
        id: row.id,
        city: row.city,
        place: row.place,
        name: row.name,
        name_ru: row.name_ru,
        address_prefix: row.address_prefix,
        search_key: row.search_key,
      };
      this.streets.set(key, street);
    }
    return { ...street, house: parts.house, flat: parts.flat };
  }
}
